import { scopeOfActor } from '../../shared/auth/actor';
import {
  connection,
  count,
  encodeCursor,
  iso,
  Parameters,
  scopeCondition,
  UUID,
  type RawOperation,
  type RawRequest,
} from './raw-sql';

// The raw baseline's staff register: staff, staffMember(id) and dueChecks (bench raw-queries.ts).

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

export const staff: RawOperation = async (request, variables) => {
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

export const staffMember: RawOperation = (request, variables) => {
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
export const dueChecks: RawOperation = async (request, variables) => {
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
