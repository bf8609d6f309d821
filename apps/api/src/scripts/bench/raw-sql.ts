import { INCIDENT_STATES, type DistrictPolicy, type Scope } from '@xiaohu/domain';
import type { SignedInActor } from '../../shared/auth/actor';

// What every raw operation of the benchmark's baseline shares: the request it gets, positional parameters,
// the domain's scope as SQL, and the API's connection shape. Pure code only: no Apollo, no TypeORM.

/** One statement at a time; in a transaction, on its connection. */
export interface RawSql {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
}

export interface RawRequest {
  sql: RawSql;
  /** Runs `work` in one transaction on one connection (reads by id write their audit row in it). */
  transaction<T>(work: (sql: RawSql) => Promise<T>): Promise<T>;
  actor: SignedInActor;
  policy: DistrictPolicy;
  now: Date;
  /** How far a case list counts (the API's CASE_COUNT_LIMIT). */
  caseCountLimit: number;
  /** Appends one row to the audit chain, like the API's recordAudit (reads by id are audited). */
  audit(sql: RawSql, entry: RawAuditEntry): Promise<void>;
}

export interface RawAuditEntry {
  action: string;
  outcome: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown> | null;
}

type Variables = Record<string, unknown>;
/** The `data` member of the answer; the server wraps it as `{ data }`. */
export type RawOperation = (request: RawRequest, variables: Variables) => Promise<unknown>;

// The API's cursor (shared/graphql/connection.ts), written out: that module loads type-graphql.
export const encodeCursor = (key: readonly string[]) =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const OPEN_STATES = INCIDENT_STATES.filter((state) => state !== 'CLOSED');

/** Positional parameters, collected while the SQL text is written. */
export class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** ORG-1, ORG-3: the domain's scope as a condition on an institution's id and kind columns. */
export function scopeCondition(scope: Scope, params: Parameters, id: string, kind: string): string {
  switch (scope.type) {
    case 'ALL':
      return 'TRUE';
    case 'KINDS':
      return scope.kinds.length === 0 ? 'FALSE' : `${kind} = ANY(${params.add(scope.kinds)}::text[])`;
    case 'INSTITUTION':
      return `${id} = ${params.add(scope.institutionId)}::uuid`;
  }
}

export const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function connection<T>(
  rows: T[],
  size: number,
  cursorOf: (row: T) => string,
  node: (row: T) => unknown,
): {
  edges: { cursor: string; node: unknown }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
} {
  const edges = rows.slice(0, size).map((row) => ({ cursor: cursorOf(row), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

export const count = async (sql: RawSql, text: string, values: unknown[]) =>
  Number((await sql.query<{ n: string }>(text, values))[0].n);
