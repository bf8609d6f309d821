import { caseListFilter } from '@xiaohu/domain';
import { scopeOfActor, toAccessActor } from '../../shared/auth/actor';
import {
  connection,
  count,
  encodeCursor,
  OPEN_STATES,
  Parameters,
  scopeCondition,
  UUID,
  type RawOperation,
} from './raw-sql';
import { dueChecks, staff, staffMember } from './raw-staff-queries';
import { caseVisible } from './raw-case-visible';
import { oversight } from './raw-oversight-queries';
import { auditEvents, me, myNotifications } from './raw-viewer-queries';

// The raw baseline of `npm run bench` (issue 15): for every benchmarked operation, the SQL a careful
// person would write by hand for the same rows, the same scope filter and the same JSON as the API
// answers to the bench's selection (bench-operations.ts). This file and raw-staff-queries.ts, raw-viewer-queries.ts are the place to change when the
// schema changes; the bench's smoke test (bench.integration.test.ts) fails when an answer drifts.
//
// Only pure code is imported: the domain's scope, case-list filter and rules (so the baseline filters by the
// same rule, written here as SQL). No Apollo, no type-graphql, no TypeORM.

export type { RawAuditEntry, RawOperation, RawRequest, RawSql } from './raw-sql';

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
      ...connection(rows, size, (r) => encodeCursor(['RECORDED_AT_DESC', r.cursor_at, r.id]), caseNode),
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
  BenchOversight: oversight,
};

export { OPEN_STATES };
