import {
  careRecordsAccess,
  preventionGapsFromRecords,
  type AccessActor,
  type DistrictPolicy,
  type InstitutionKind,
  type PreventionGapCode,
} from '@xiaohu/domain';
import { loadCareRecords, type RunSql } from './care-records-loader';

/** One institution's gaps, counted by kind (never a subject). */
export interface InstitutionGapCounts {
  institutionId: string;
  total: number;
  byCode: Partial<Record<PreventionGapCode, number>>;
  /** Each counted kind's rule, as the domain gave it. */
  ruleOf: Partial<Record<PreventionGapCode, string>>;
}

/** The dashboard's gap figures over institutions; null where the viewer counts no institution's gaps. */
export interface GapTotals {
  total: number | null;
  welfareTalksOverdue: number | null;
  bullyingStepsOverdue: number | null;
}

/**
 * PRV-2, PRV-5 to PRV-10, ACC-1: the gaps of the given institutions that the viewer may count
 * (careRecordsAccess.canViewGapCounts), found from their records at `now`. Plain code over `run`: the API
 * and the bench's raw baseline count alike. One statement per table whatever the number of institutions.
 */
export async function countGaps(
  run: RunSql,
  institutions: { id: string; kind: InstitutionKind }[],
  actor: AccessActor,
  now: Date,
  policy: DistrictPolicy,
): Promise<InstitutionGapCounts[]> {
  const readable = institutions.filter((i) => careRecordsAccess(i, actor, policy).canViewGapCounts.allowed);
  const loaded = await loadCareRecords(run, readable, policy);
  return loaded.map(({ institutionId, records }) => {
    const byCode: Partial<Record<PreventionGapCode, number>> = {};
    const ruleOf: Partial<Record<PreventionGapCode, string>> = {};
    const gaps = preventionGapsFromRecords(records, now, policy);
    for (const gap of gaps) {
      byCode[gap.code] = (byCode[gap.code] ?? 0) + 1;
      ruleOf[gap.code] = gap.ruleId;
    }
    return { institutionId, total: gaps.length, byCode, ruleOf };
  });
}

/**
 * The dashboard's three figures from the per-institution counts of `institutionCount` institutions in the
 * filters; null when the viewer may count none of them (like a list the viewer does not read).
 */
export function gapTotalsOf(counts: InstitutionGapCounts[], institutionCount: number): GapTotals {
  if (institutionCount > 0 && counts.length === 0)
    return { total: null, welfareTalksOverdue: null, bullyingStepsOverdue: null };
  const sum = (pick: (c: InstitutionGapCounts) => number) => counts.reduce((total, c) => total + pick(c), 0);
  return {
    total: sum((c) => c.total),
    welfareTalksOverdue: sum((c) => c.byCode.WELFARE_TALK_OVERDUE ?? 0),
    bullyingStepsOverdue: sum((c) => c.byCode.BULLYING_STEP_OVERDUE ?? 0),
  };
}
