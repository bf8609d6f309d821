import { caseListFilter, INCIDENT_STATES, type DistrictPolicy, type Scope } from '@xiaohu/domain';
import type { SignedInActor } from '../../shared/auth/actor';
import { scopeOfActor, toAccessActor } from '../../shared/auth/actor';

// The raw baseline of `npm run bench` (issue 15): for every benchmarked operation, the SQL a careful
// person would write by hand for the same rows, the same scope filter and the same JSON as the API
// answers to the bench's selection (bench-operations.ts). This file is the one place to change when the
// schema changes; the bench's smoke test (bench.integration.test.ts) fails when an answer drifts.
//
// Only pure code is imported: the domain's scope, case-list filter and rules (so the baseline filters by the
// same rule, written here as SQL). No Apollo, no type-graphql, no TypeORM.

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
const encodeCursor = (key: readonly string[]) =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPEN_STATES = INCIDENT_STATES.filter((state) => state !== 'CLOSED');

/** Positional parameters, collected while the SQL text is written. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** ORG-1, ORG-3: the domain's scope as a condition on an institution's id and kind columns. */
function scopeCondition(scope: Scope, params: Parameters, id: string, kind: string): string {
  switch (scope.type) {
    case 'ALL':
      return 'TRUE';
    case 'KINDS':
      return scope.kinds.length === 0 ? 'FALSE' : `${kind} = ANY(${params.add(scope.kinds)}::text[])`;
    case 'INSTITUTION':
      return `${id} = ${params.add(scope.institutionId)}::uuid`;
  }
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

function connection<T>(
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

const count = async (sql: RawSql, text: string, values: unknown[]) =>
  Number((await sql.query<{ n: string }>(text, values))[0].n);

// ---------------------------------------------------------------------------------------------------
// institutions, institution(id)

interface InstitutionRow {
  id: string;
  name: string;
  kind: string;
  address: string;
  head_name: string | null;
}

const institutionNode = (row: InstitutionRow) => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  address: row.address,
  headName: row.head_name,
});

const institutions: RawOperation = async ({ sql, actor, policy }, variables) => {
  const size = Number(variables.first);
  const params = new Parameters();
  const where = scopeCondition(scopeOfActor(actor, policy), params, 'id', 'kind');
  const rows = await sql.query<InstitutionRow>(
    `SELECT id, name, kind, address, head_name FROM institution WHERE ${where}
     ORDER BY name, id LIMIT ${size + 1}`,
    params.values,
  );
  const totalCount = await count(sql, `SELECT count(*) AS n FROM institution WHERE ${where}`, params.values);
  return {
    institutions: {
      totalCount,
      ...connection(rows, size, (r) => encodeCursor([r.name, r.id]), institutionNode),
    },
  };
};

const institution: RawOperation = ({ transaction, actor, policy, audit }, variables) => {
  const id = String(variables.id);
  return transaction(async (sql) => {
    const params = new Parameters();
    const idParam = params.add(UUID.test(id) ? id : null);
    const where = scopeCondition(scopeOfActor(actor, policy), params, 'id', 'kind');
    const [row] = await sql.query<InstitutionRow>(
      `SELECT id, name, kind, address, head_name FROM institution WHERE id = ${idParam}::uuid AND ${where}`,
      params.values,
    );
    await audit(sql, {
      action: 'institution.read',
      targetType: 'institution',
      targetId: id.slice(0, 64),
      outcome: row ? 'OK' : 'NOT_FOUND',
      details: null,
    });
    return { institution: row ? institutionNode(row) : null };
  });
};

// ---------------------------------------------------------------------------------------------------
// cases, case(id)

/**
 * REP-7, REP-11, ORG-1: the domain's caseListFilter as SQL on `i` (incident) and `inst` (institution).
 * `part` FULL gives the need-to-know part alone (the audit of case(id) says which part admitted it).
 */
function caseVisible(request: RawRequest, params: Parameters, part: 'ANY' | 'FULL' = 'ANY'): string {
  const filter = caseListFilter(toAccessActor(request.actor), request.policy);
  if (filter.isEmpty) return 'FALSE';
  const clauses = [`i.suspect_account_id IS DISTINCT FROM ${params.add(filter.suspect.accountId)}::uuid`];
  if (filter.suspect.staffId !== null)
    clauses.push(`i.suspect_staff_id IS DISTINCT FROM ${params.add(filter.suspect.staffId)}::uuid`);
  const head = params.add(filter.conflictedHeadAccountId);
  clauses.push(
    `(i.head_account_id = ${head}::uuid AND (i.has_head_declared_conflict OR i.suspect_account_id = i.head_account_id)) IS NOT TRUE`,
  );
  const needToKnow =
    filter.needToKnow.type === 'ANY'
      ? 'TRUE'
      : `(i.reporter_account_id = ${params.add(filter.needToKnow.accountId)}::uuid OR i.head_account_id = $${params.values.length}::uuid)`;
  const summary =
    part === 'ANY' && filter.summaryScope
      ? ` OR (NOT (i.category = ANY(${params.add(filter.confidentialCategories)}::text[]) OR i.is_marked_confidential) AND ${scopeCondition(filter.summaryScope, params, 'i.institution_id', 'inst.kind')})`
      : '';
  clauses.push(`(${needToKnow}${summary})`);
  return clauses.join(' AND ');
}

interface CaseRow {
  id: string;
  institution_id: string;
  institution_name: string;
  category: string;
  state: string;
  recorded_at: Date;
  is_child_in_danger: boolean;
  cursor_at: string;
}

const CASE_COLUMNS = `i.id, i.institution_id, inst.name AS institution_name, i.category, i.state, i.recorded_at,
  i.is_child_in_danger, to_char(i.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

const caseNode = (row: CaseRow) => ({
  id: row.id,
  institutionId: row.institution_id,
  institutionName: row.institution_name,
  category: row.category,
  state: row.state,
  recordedAt: row.recorded_at.toISOString(),
  isChildInDanger: row.is_child_in_danger,
});

interface CaseFilterVariables {
  states?: string[];
  hasBreach?: boolean;
  institutionId?: string;
  status?: string;
}

function caseFilterConditions(filter: CaseFilterVariables, params: Parameters, now: Date): string[] {
  const conditions: string[] = [];
  if (filter.institutionId)
    conditions.push(
      `i.institution_id = ${params.add(UUID.test(filter.institutionId) ? filter.institutionId : null)}::uuid`,
    );
  if (filter.states?.length) conditions.push(`i.state = ANY(${params.add(filter.states)}::text[])`);
  if (filter.hasBreach !== undefined && filter.hasBreach !== null)
    conditions.push(filter.hasBreach ? 'i.has_breach' : 'NOT i.has_breach');
  // The stored reporting state (stored-reporting.ts): AWAITING past its police deadline reads IN_BREACH.
  if (filter.status) {
    const at = params.add(now);
    const sql: Record<string, string> = {
      COMPLIANT: `i.reporting_status = 'COMPLIANT'`,
      AWAITING_POLICE_REPORT: `(i.reporting_status = 'AWAITING_POLICE_REPORT' AND (i.police_report_due_at IS NULL OR i.police_report_due_at >= ${at}))`,
      IN_BREACH: `(i.reporting_status = 'IN_BREACH' OR (i.reporting_status = 'AWAITING_POLICE_REPORT' AND i.police_report_due_at < ${at}))`,
    };
    conditions.push(sql[filter.status] ?? 'FALSE');
  }
  return conditions;
}

const cases: RawOperation = async (request, variables) => {
  const size = Number(variables.first);
  const filter = (variables.filter ?? {}) as CaseFilterVariables;
  const params = new Parameters();
  const where = [...caseFilterConditions(filter, params, request.now), caseVisible(request, params)].join(
    ' AND ',
  );
  const from = 'FROM incident i JOIN institution inst ON inst.id = i.institution_id';
  const rows = await request.sql.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} ${from} WHERE ${where} ORDER BY i.recorded_at DESC, i.id DESC LIMIT ${size + 1}`,
    params.values,
  );
  // Counted up to the API's limit (CASE_COUNT_LIMIT, 10,000 unless set), as the API counts.
  const limit = request.caseCountLimit;
  const counted = await count(
    request.sql,
    `SELECT count(*) AS n FROM (SELECT 1 ${from} WHERE ${where} LIMIT ${limit + 1}) matching`,
    params.values,
  );
  return {
    cases: {
      totalCount: Math.min(counted, limit),
      isTotalCountCapped: counted > limit,
      ...connection(rows, size, (r) => encodeCursor([r.cursor_at, r.id]), caseNode),
    },
  };
};

const caseById: RawOperation = (request, variables) => {
  const id = String(variables.id);
  return request.transaction(async (sql) => {
    const params = new Parameters();
    const idParam = params.add(UUID.test(id) ? id : null);
    const visible = caseVisible(request, params);
    const full = caseVisible(request, params, 'FULL');
    const confidential = params.add(
      caseListFilter(toAccessActor(request.actor), request.policy).confidentialCategories,
    );
    const [row] = await sql.query<CaseRow & { is_full: boolean; is_confidential: boolean }>(
      `SELECT ${CASE_COLUMNS}, (${full}) AS is_full,
         (i.category = ANY(${confidential}::text[]) OR i.is_marked_confidential) AS is_confidential
       FROM incident i JOIN institution inst ON inst.id = i.institution_id
       WHERE i.id = ${idParam}::uuid AND ${visible}`,
      params.values,
    );
    await request.audit(sql, {
      action: 'incident.read',
      outcome: row ? 'OK' : 'NOT_FOUND',
      targetType: 'incident',
      targetId: id.slice(0, 64),
      details: row ? { access: row.is_full ? 'FULL' : 'SUMMARY', isConfidential: row.is_confidential } : null,
    });
    return { case: row ? caseNode(row) : null };
  });
};

// ---------------------------------------------------------------------------------------------------
// staff, staffMember(id)

interface StaffRow {
  id: string;
  name: string;
  id_number_masked: string;
  role: string;
  status: string;
  post: string;
  employment_type: string;
  has_student_access: boolean;
  started_at: Date | null;
}

const STAFF_COLUMNS =
  's.id, s.name, s.id_number_masked, s.role, s.status, s.post, s.employment_type, s.has_student_access, s.started_at';

const staffNode = (row: StaffRow) => ({
  id: row.id,
  name: row.name,
  idNumberMasked: row.id_number_masked,
  role: row.role,
  status: row.status,
  post: row.post,
  employmentType: row.employment_type,
  hasStudentAccess: row.has_student_access,
  startedAt: iso(row.started_at),
});

/** Staff in the actor's scope: an institution's own needs no join (its (institution_id, name, id) index). */
function staffFrom(request: RawRequest, params: Parameters): { from: string; where: string } {
  const scope = scopeOfActor(request.actor, request.policy);
  if (scope.type === 'INSTITUTION')
    return {
      from: 'FROM staff_member s',
      where: `s.institution_id = ${params.add(scope.institutionId)}::uuid`,
    };
  return {
    from: 'FROM staff_member s JOIN institution inst ON inst.id = s.institution_id',
    where: scopeCondition(scope, params, 'inst.id', 'inst.kind'),
  };
}

/**
 * `staff(filter: { search })` by name, on the GIN index over each name's bigrams (staff_name_bigrams):
 * the bigrams contain the query's, LIKE confirms the substring; one character is a prefix search.
 */
function staffSearchCondition(search: string, params: Parameters): string {
  const escape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  if ([...search].length === 1) {
    const prefixes = [...new Set([search, search.toLowerCase(), search.toUpperCase()])];
    return `(${prefixes.map((prefix) => `s.name LIKE ${params.add(`${escape(prefix)}%`)}`).join(' OR ')})`;
  }
  return `(s.name_bigrams @> staff_name_bigrams(${params.add(search)}) AND lower(s.name) LIKE lower(${params.add(`%${escape(search)}%`)}))`;
}

const staff: RawOperation = async (request, variables) => {
  const size = Number(variables.first);
  const search = String((variables.filter as { search?: string } | undefined)?.search ?? '').replace(
    /\s+/g,
    '',
  );
  const params = new Parameters();
  const { from, where: scoped } = staffFrom(request, params);
  // Full and masked ID numbers are matched by hash in the API; the bench searches names only.
  const where = search ? `${scoped} AND ${staffSearchCondition(search, params)}` : scoped;
  const rows = await request.sql.query<StaffRow>(
    `SELECT ${STAFF_COLUMNS} ${from} WHERE ${where} ORDER BY s.name, s.id LIMIT ${size + 1}`,
    params.values,
  );
  const totalCount = await count(request.sql, `SELECT count(*) AS n ${from} WHERE ${where}`, params.values);
  return { staff: { totalCount, ...connection(rows, size, (r) => encodeCursor([r.name, r.id]), staffNode) } };
};

const staffMember: RawOperation = (request, variables) => {
  const id = String(variables.id);
  return request.transaction(async (sql) => {
    const params = new Parameters();
    const { from, where } = staffFrom(request, params);
    const [row] = await sql.query<StaffRow>(
      `SELECT ${STAFF_COLUMNS} ${from} WHERE ${where} AND s.id = ${params.add(UUID.test(id) ? id : null)}::uuid`,
      params.values,
    );
    await request.audit(sql, {
      action: 'staff.read',
      targetType: 'staff',
      targetId: id.slice(0, 64),
      outcome: row ? 'OK' : 'NOT_FOUND',
      details: null,
    });
    return { staffMember: row ? staffNode(row) : null };
  });
};

// ---------------------------------------------------------------------------------------------------
// dueChecks

/**
 * `dueChecks` (VET-9, VET-10), without a filter, on the stored due dates (staff_member.recheck_due_at,
 * interview_due_at, kept by the domain's inServiceDueDates): each kind's first `first` on its index, merged
 * and cut at `first` (ties by staff id), and both kinds counted in one statement.
 */
const dueChecks: RawOperation = async (request, variables) => {
  const limit = Number(variables.first);
  const params = new Parameters();
  const scope = scopeCondition(scopeOfActor(request.actor, request.policy), params, 'inst.id', 'inst.kind');
  const from = `FROM staff_member s JOIN institution inst ON inst.id = s.institution_id WHERE ${scope} AND s.status = 'ACTIVE'`;
  const kind = (name: string, column: string) =>
    `(SELECT '${name}' AS kind, s.id, s.name, inst.name AS institution_name, ${column} AS due_at
      ${from} AND ${column} IS NOT NULL ORDER BY ${column}, s.id LIMIT ${limit})`;
  const rows = await request.sql.query<{
    kind: string;
    id: string;
    name: string;
    institution_name: string;
    due_at: Date;
  }>(
    `SELECT * FROM (${kind('RECHECK', 's.recheck_due_at')} UNION ALL ${kind('REMINDER_INTERVIEW', 's.interview_due_at')}) due
     ORDER BY due_at, id LIMIT ${limit}`,
    params.values,
  );
  const at = params.add(request.now);
  // Each kind counted on its own partial index (status ACTIVE, due date set).
  const counted = (column: string) =>
    `SELECT count(*) AS total, count(*) FILTER (WHERE ${column} < ${at}) AS overdue ${from} AND ${column} IS NOT NULL`;
  const [counts] = await request.sql.query<{ total: number; overdue: number }>(
    `SELECT (r.total + i.total)::int AS total, (r.overdue + i.overdue)::int AS overdue
     FROM (${counted('s.recheck_due_at')}) r, (${counted('s.interview_due_at')}) i`,
    params.values,
  );
  return {
    dueChecks: {
      totalCount: counts.total,
      overdueCount: counts.overdue,
      items: rows.map((row) => ({
        kind: row.kind,
        staffId: row.id,
        staffName: row.name,
        institutionName: row.institution_name,
        dueAt: row.due_at.toISOString(),
        isOverdue: request.now.getTime() > row.due_at.getTime(),
      })),
    },
  };
};

// ---------------------------------------------------------------------------------------------------
// myNotifications, auditEvents, me

const myNotifications: RawOperation = async ({ sql, actor }, variables) => {
  const size = Number(variables.first);
  const rows = await sql.query<{
    id: string;
    kind: string;
    case_id: string | null;
    title: string;
    created_at: Date;
    read_at: Date | null;
  }>(
    `SELECT id, kind, case_id, title, created_at, read_at FROM notification WHERE account_id = $1
     ORDER BY created_at DESC, id DESC LIMIT ${size + 1}`,
    [actor.accountId],
  );
  const unreadCount = await count(
    sql,
    'SELECT count(*) AS n FROM notification WHERE account_id = $1 AND read_at IS NULL',
    [actor.accountId],
  );
  return {
    myNotifications: {
      unreadCount,
      ...connection(
        rows,
        size,
        (r) => encodeCursor([r.created_at.toISOString(), r.id]),
        (r) => ({
          id: r.id,
          kind: r.kind,
          caseId: r.case_id,
          title: r.title,
          createdAt: r.created_at.toISOString(),
          readAt: iso(r.read_at),
        }),
      ),
    },
  };
};

const auditEvents: RawOperation = async ({ sql }, variables) => {
  const size = Number(variables.first);
  const rows = await sql.query<{
    id: string;
    occurred_at: Date;
    actor_username: string | null;
    action: string;
    target_type: string | null;
    target_id: string | null;
    outcome: string;
  }>(
    `SELECT id::text AS id, occurred_at, actor_username, action, target_type, target_id, outcome
     FROM audit_event ORDER BY audit_event.id DESC LIMIT ${size + 1}`,
  );
  return {
    auditEvents: connection(
      rows,
      size,
      (r) => encodeCursor([r.id]),
      (r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        actorUsername: r.actor_username,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        outcome: r.outcome,
      }),
    ),
  };
};

// The session check already loaded the account: `me` needs no statement of its own.
const me: RawOperation = ({ actor }) =>
  Promise.resolve({
    me: {
      id: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      role: actor.role,
      unit: actor.unitCode,
    },
  });

/** Each benchmarked operation's raw answer, by the GraphQL operation name the bench sends. */
export const RAW_OPERATIONS: Readonly<Record<string, RawOperation>> = {
  BenchInstitutions: institutions,
  BenchInstitution: institution,
  BenchCases: cases,
  BenchCase: caseById,
  BenchStaff: staff,
  BenchStaffMember: staffMember,
  BenchDueChecks: dueChecks,
  BenchNotifications: myNotifications,
  BenchAuditEvents: auditEvents,
  BenchMe: me,
};

export { OPEN_STATES };
