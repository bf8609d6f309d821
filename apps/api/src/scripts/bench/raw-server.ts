import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DEFAULT_POLICY, type DistrictPolicy, type UnitCode } from '@xiaohu/domain';
import { Pool, type PoolClient } from 'pg';
import type { Role } from '../../features/accounts/role';
import { appendToChain } from '../../shared/audit/audit-log';
import type { SignedInActor } from '../../shared/auth/actor';
import { parseCookie } from 'cookie';
import { sessionTokenOf } from '../../shared/auth/session-cookie';
import type { DataCipher } from '../../shared/crypto/data-cipher';
import { largeSeqScans, seqScannedTables } from './bench-stats';
import { RAW_OPERATIONS, type RawAuditEntry, type RawRequest, type RawSql } from './raw-queries';

// The raw baseline of `npm run bench` (issue 15): plain node:http and pg, no Apollo, no TypeORM. It answers
// POST /graphql for the bench's operations (by operationName) with the same JSON as the API, after the
// same session check in one statement. POST /explain answers the same request with the EXPLAIN (ANALYZE,
// BUFFERS) of every SELECT it ran instead. Run as a child process by bench.ts, or in-process by its test.

export interface RawServerOptions {
  pool: Pool;
  policy?: DistrictPolicy;
  /** Hashes audit rows into the chain (the data key's), like the API. */
  cipher: Pick<DataCipher, 'hash'>;
  now?: () => Date;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** How far a case list counts (the API's CASE_COUNT_LIMIT). */
  caseCountLimit: number;
  /** A table with at least this many rows (planner's estimate) must not be read by a Seq Scan. */
  largeTableRows?: number;
}

interface SessionRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  unit_code: string | null;
  institution_id: string | null;
  staff_member_id: string | null;
  is_disabled: boolean;
  session_id: string;
  created_at: Date;
  last_seen_at: Date;
  is_officer: boolean;
}

/** The session check, one statement: the account behind an open session and whether it is a case officer. */
export const SESSION_SQL = `SELECT a.id, a.username, a.display_name, a.role, a.unit_code, a.institution_id,
  a.staff_member_id, a.is_disabled, s.id AS session_id, s.created_at, s.last_seen_at,
  (a.role = 'SECTION_MEMBER' AND EXISTS (SELECT 1 FROM case_officer c WHERE c.account_id = a.id)) AS is_officer
FROM session s JOIN account a ON a.id = s.account_id
WHERE s.token_hash = $1 AND s.ended_at IS NULL`;

interface Explained {
  sql: string;
  plan: string;
  largeSeqScans: { table: string; estimatedRows: number }[];
}

export function createRawServer(options: RawServerOptions): Server {
  const policy = options.policy ?? DEFAULT_POLICY;
  const now = options.now ?? (() => new Date());
  const largeTableRows = options.largeTableRows ?? 10_000;

  async function explain(client: PoolClient, text: string, values: unknown[]): Promise<Explained> {
    const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    const plan = result.rows.map((row) => row['QUERY PLAN']).join('\n');
    const tables = seqScannedTables(plan);
    const sizes = tables.length
      ? await client.query<{ relname: string; reltuples: number }>(
          `SELECT relname, reltuples::float8 AS reltuples FROM pg_class WHERE relkind = 'r' AND relname = ANY($1)`,
          [tables],
        )
      : { rows: [] };
    const rows = new Map(sizes.rows.map((row) => [row.relname, Number(row.reltuples)]));
    return { sql: text, plan, largeSeqScans: largeSeqScans(plan, rows, largeTableRows) };
  }

  /** Statements on one client; when `plans` is given, each SELECT is also explained (and run twice). */
  function onClient(client: PoolClient, plans: Explained[] | null): RawSql {
    return {
      async query<R extends object>(text: string, values: unknown[] = []) {
        const result = await client.query<R>(text, values);
        if (plans && /^\s*SELECT/i.test(text) && !/FOR UPDATE/i.test(text))
          plans.push(await explain(client, text, values));
        return result.rows;
      },
    };
  }

  function audit(sql: RawSql, actor: SignedInActor, at: Date, entry: RawAuditEntry): Promise<void> {
    // The API's own two statements (appendToChain): lock the chain's head, append, move the head.
    return appendToChain((text, values) => sql.query(text, values), actor, at, entry, options.cipher);
  }

  async function signedIn(client: PoolClient, cookie: string | undefined, plans: Explained[] | null) {
    const token = cookie ? sessionTokenOf(parseCookie(cookie)) : null;
    if (!token) return null;
    const [session] = await onClient(client, plans).query<SessionRow>(SESSION_SQL, [
      createHash('sha256').update(token, 'utf8').digest('hex'),
    ]);
    if (!session || session.is_disabled) return null;
    const at = now().getTime();
    if (at - session.created_at.getTime() >= options.sessionAbsoluteHours * 3_600_000) return null;
    if (at - session.last_seen_at.getTime() >= options.sessionIdleMinutes * 60_000) return null;
    return {
      accountId: session.id,
      sessionId: session.session_id,
      username: session.username,
      displayName: session.display_name,
      role: session.role,
      unitCode: session.unit_code as UnitCode | null,
      institutionId: session.institution_id,
      staffId: session.staff_member_id,
      isDesignatedCaseOfficer: session.is_officer,
    } satisfies SignedInActor;
  }

  async function answer(body: string, cookie: string | undefined, isExplain: boolean) {
    const { operationName, variables } = JSON.parse(body) as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    const operation = operationName ? RAW_OPERATIONS[operationName] : undefined;
    if (!operation)
      return { status: 400, json: { errors: [{ message: `No raw operation ${operationName}` }] } };
    const plans: Explained[] | null = isExplain ? [] : null;
    const client = await options.pool.connect();
    try {
      const actor = await signedIn(client, cookie, plans);
      if (!actor) return { status: 200, json: { errors: [{ message: 'UNAUTHENTICATED' }], data: null } };
      const at = now();
      const request: RawRequest = {
        sql: onClient(client, plans),
        actor,
        policy,
        now: at,
        caseCountLimit: options.caseCountLimit,
        audit: (sql, entry) => audit(sql, actor, at, entry),
        async transaction(work) {
          await client.query('BEGIN');
          try {
            const result = await work(onClient(client, plans));
            await client.query('COMMIT');
            return result;
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        },
      };
      const data = await operation(request, variables ?? {});
      return { status: 200, json: plans ? { plans } : { data } };
    } finally {
      client.release();
    }
  }

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const isKnownPath = req.url === '/graphql' || req.url === '/explain';
      const reply = (status: number, json: unknown) => {
        const text = JSON.stringify(json);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(text);
      };
      if (req.method !== 'POST' || !isKnownPath) return reply(404, { errors: [{ message: 'Not found' }] });
      answer(Buffer.concat(chunks).toString('utf8'), req.headers.cookie, req.url === '/explain').then(
        ({ status, json }) => reply(status, json),
        (error: unknown) =>
          reply(500, { errors: [{ message: error instanceof Error ? error.message : 'error' }] }),
      );
    });
  });
}
