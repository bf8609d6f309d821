import { INDICATORS, rag, type DistrictPolicy, type InstitutionKind } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { toInstitution } from '../institutions/institution.type';
import type { InstitutionOrder } from './oversight.inputs';
import { STAFF_COLUMNS, type StaffKindRow } from './oversight-figures';
import { preventionColumnsByInstitution, preventionListsOf } from './prevention-figures';
import {
  MINUTES_TO_POLICE,
  bind,
  inline,
  institutionConditions,
  misconductConditions,
  caseConditions,
  timeParameters,
  visibleCases,
  type OversightQuery,
  type Parameters,
} from './oversight-scope';
import type { OversightCell, OversightTable } from './oversight.type';

/** The table's columns: indicator ids, each with the SQL column that holds it. */
export const TABLE_COLUMNS = [
  ['OPEN_CASES', 'open_cases'],
  ['POLICE_DEADLINE_PASSED', 'deadline_passed'],
  ['BREACHES', 'breaches'],
  ['TIME_TO_POLICE_MEDIAN', 'median'],
  ['VETTING_COVERAGE', 'coverage'],
  ['OVERDUE_RECHECKS', 'overdue_rechecks'],
  ['OVERDUE_INTERVIEWS', 'overdue_interviews'],
  ['OPEN_MISCONDUCT', 'open_misconduct'],
  ['HAZARDS_OVERDUE', 'hazards_overdue'],
] as const;

interface TableRow {
  id: string;
  name: string;
  kind: InstitutionKind;
  address: string;
  head_name: string | null;
  street: string | null;
  total: number;
  [column: string]: unknown;
}

// Worst first: the most cases, the longest time, the lowest coverage; then by name.
function orderOf(order: InstitutionOrder): string {
  if (order === 'NAME') return 't.name ASC, t.id ASC';
  const column = TABLE_COLUMNS.find(([id]) => id === order)![1];
  const direction = order === 'VETTING_COVERAGE' ? 'ASC' : 'DESC';
  return `t.${column} ${direction} NULLS LAST, t.name ASC, t.id ASC`;
}

/**
 * The institution × indicators table: one statement, each part a GROUP BY over the same rows the lists
 * count (cases by whereCaseVisible, staff and misconduct in scope), joined to the institutions in scope
 * and filters, sorted and paged in the database.
 */
export async function institutionTable(
  manager: EntityManager,
  q: OversightQuery,
  page: { orderBy: InstitutionOrder; offset: number; first: number },
): Promise<OversightTable & { staffByKind: StaffKindRow[] | null }> {
  const parameters: Parameters = {
    ...timeParameters(q),
    ovLimit: page.first,
    ovOffset: page.offset,
  };
  const institutions = institutionConditions(q, 'i', parameters);
  const c = caseConditions(q);
  const cases = visibleCases(manager, q)
    .select('incident.institution_id', 'institution_id')
    .addSelect(`count(*) FILTER (WHERE ${c.isOpen})::int`, 'open_cases')
    .addSelect(`count(*) FILTER (WHERE ${c.deadlinePassed})::int`, 'deadline_passed')
    .addSelect(`count(*) FILTER (WHERE ${c.inPeriod} AND ${c.hasBreach})::int`, 'breaches')
    .addSelect(
      `(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${MINUTES_TO_POLICE}) FILTER (WHERE ${c.inPeriod} AND incident.police_reported_at IS NOT NULL))::float8`,
      'median',
    )
    .andWhere(`(${c.inPeriod} OR ${c.isOpen} OR ${c.deadlinePassed})`)
    .setParameters(c.parameters)
    .groupBy('incident.institution_id');
  const misconduct = misconductConditions(q, parameters);
  // PRV-1: a viewer who does not read the hazard list gets no hazard column (null, as on the cards).
  const hazards = preventionListsOf(q).hazards;
  const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
  const [sql, values] = bind(
    manager,
    `WITH inst AS (SELECT i.id, i.name, i.kind, i.address, i.head_name, i.street FROM institution i ${where(institutions)}),
     c AS (${inline(cases, parameters)}),
     s AS (SELECT staff.institution_id, ${STAFF_COLUMNS} FROM staff_member staff
           WHERE staff.status = 'ACTIVE' AND staff.institution_id IN (SELECT id FROM inst) GROUP BY staff.institution_id),
     m AS (SELECT mc.institution_id, count(*)::int AS open FROM misconduct_case mc
           JOIN staff_member ms ON ms.id = mc.staff_id JOIN institution mi ON mi.id = mc.institution_id
           ${where(misconduct)} GROUP BY mc.institution_id),
     h AS (${preventionColumnsByInstitution()}),
     t AS (SELECT inst.*, coalesce(c.open_cases, 0) AS open_cases, coalesce(c.deadline_passed, 0) AS deadline_passed,
             coalesce(c.breaches, 0) AS breaches, c.median,
             (CASE WHEN s.active > 0 THEN 100.0 * s.current / s.active END)::float8 AS coverage,
             coalesce(s.overdue_rechecks, 0) AS overdue_rechecks, coalesce(s.overdue_interviews, 0) AS overdue_interviews,
             coalesce(m.open, 0) AS open_misconduct,
             ${hazards ? 'coalesce(h.hazards_overdue, 0)' : 'NULL::int'} AS hazards_overdue
           FROM inst LEFT JOIN c ON c.institution_id = inst.id LEFT JOIN s ON s.institution_id = inst.id
           LEFT JOIN m ON m.institution_id = inst.id LEFT JOIN h ON h.institution_id = inst.id)
     SELECT t.*, (count(*) OVER ())::int AS total,
       -- The staff figures by kind from the same rows (an InitPlan, run once): no second pass over the staff.
       (SELECT json_agg(k ORDER BY k.kind) FROM (SELECT inst.kind, sum(s.active)::int AS active,
          sum(s.current)::int AS current, sum(s.overdue_rechecks)::int AS overdue_rechecks,
          sum(s.overdue_interviews)::int AS overdue_interviews
          FROM s JOIN inst ON inst.id = s.institution_id GROUP BY inst.kind) k) AS staff_by_kind
     FROM t ORDER BY ${orderOf(page.orderBy)}
     LIMIT :ovLimit OFFSET :ovOffset`,
    parameters,
  );
  const rows: TableRow[] = await manager.query(sql, values);
  return {
    staffByKind: rows.length ? ((rows[0].staff_by_kind as StaffKindRow[] | null) ?? []) : null,
    totalCount: rows[0]?.total ?? (page.offset > 0 ? await countInstitutions(manager, q) : 0),
    rows: rows.map((row) => ({
      institution: toInstitution(
        {
          id: row.id,
          name: row.name,
          kind: row.kind,
          address: row.address,
          headName: row.head_name,
          street: row.street,
        },
        q.policy,
      ),
      cells: cellsOf(row, q.policy),
    })),
  };
}

function cellsOf(row: Record<string, unknown>, policy: DistrictPolicy): OversightCell[] {
  return TABLE_COLUMNS.map(([id, column]) => {
    const value = row[column] === null || row[column] === undefined ? null : Number(row[column]);
    return { id, value, rag: rag(INDICATORS.find(id, policy)!.thresholds, value) };
  });
}

// A page past the end still says how many there are.
async function countInstitutions(manager: EntityManager, q: OversightQuery): Promise<number> {
  const parameters: Parameters = {};
  const conditions = institutionConditions(q, 'i', parameters);
  const [sql, values] = bind(
    manager,
    `SELECT count(*)::int AS count FROM institution i ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`,
    parameters,
  );
  const rows: { count: number }[] = await manager.query(sql, values);
  return rows[0]?.count ?? 0;
}
