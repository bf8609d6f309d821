import { INDICATORS, fromZoned, rag, type DistrictPolicy } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { MINUTES_TO_POLICE, caseConditions, visibleCases, type OversightQuery } from './oversight-scope';
import type { InstitutionMonth, OversightCell } from './oversight.type';

interface MonthRow {
  month: string;
  recorded: number;
  breaches: number;
  median: number | null;
  reported: number;
  within: number;
}

const cell = (id: string, value: number | null, policy: DistrictPolicy): OversightCell => ({
  id,
  value,
  rag: rag(INDICATORS.find(id, policy)!.thresholds, value),
});

/** The card's months: one GROUP BY month over the institution's visible cases of the range. */
export async function institutionMonths(
  manager: EntityManager,
  q: OversightQuery,
  months: string[],
): Promise<InstitutionMonth[]> {
  const c = caseConditions(q);
  const reported = `${c.inPeriod} AND incident.police_reported_at IS NOT NULL`;
  const rows = await visibleCases(manager, q)
    .select(`to_char(incident.recorded_at AT TIME ZONE :ovZone, 'YYYY-MM')`, 'month')
    .addSelect('count(*)::int', 'recorded')
    .addSelect(`count(*) FILTER (WHERE ${c.hasBreach})::int`, 'breaches')
    .addSelect(
      `(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${MINUTES_TO_POLICE}) FILTER (WHERE ${reported}))::float8`,
      'median',
    )
    .addSelect(`count(*) FILTER (WHERE ${reported})::int`, 'reported')
    .addSelect(`count(*) FILTER (WHERE ${reported} AND ${MINUTES_TO_POLICE} <= :ovDeadline)::int`, 'within')
    .andWhere(c.inPeriod)
    .setParameters({
      ...c.parameters,
      ovZone: q.policy.timeZone,
      ovDeadline: q.policy.policeReportMinutes,
    })
    .groupBy('month')
    .getRawMany<MonthRow>();
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const zone = q.policy.timeZone;
  const startOf = (month: string) => {
    const [year, m] = month.split('-').map(Number);
    return fromZoned({ year, month: m, day: 1, hour: 0, minute: 0, second: 0 }, zone);
  };
  return months.map((month, index) => {
    const row = byMonth.get(month);
    return {
      month,
      start: startOf(month),
      end: index + 1 < months.length ? startOf(months[index + 1]) : q.range.end,
      casesRecorded: row?.recorded ?? 0,
      cells: [
        cell('BREACHES', row?.breaches ?? 0, q.policy),
        cell('TIME_TO_POLICE_MEDIAN', row?.median ?? null, q.policy),
        cell(
          'TIME_TO_POLICE_WITHIN_DEADLINE',
          row && row.reported > 0 ? (100 * row.within) / row.reported : null,
          q.policy,
        ),
      ],
    };
  });
}
