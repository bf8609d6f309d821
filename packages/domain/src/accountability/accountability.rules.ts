import type { RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { refuse, succeed, type Result } from '../shared/result';
import { fromZoned } from '../shared/zoned-time';
import type {
  AccountabilityCase,
  AssessmentInput,
  AssessmentOutcome,
  AssessmentPeriod,
  CaseExclusionReason,
  ReviewedVeto,
  SanctionFinding,
  SanctionOption,
  VetoGround,
  VetoReview,
  VetoVerdict,
} from './accountability.types';

const midnight = (year: number, month: number, policy: DistrictPolicy): Date =>
  fromZoned({ year, month, day: 1, hour: 0, minute: 0, second: 0 }, policy.timeZone);

/** A calendar year in the district's zone: 1 January 00:00 to the next, Asia/Shanghai by default. */
export function calendarYearPeriod(year: number, policy: DistrictPolicy): AssessmentPeriod {
  return { id: `${year}`, start: midnight(year, 1, policy), end: midnight(year + 1, 1, policy) };
}

/** A school year starting in `startYear` at policy.schoolYearStartMonth, in the district's zone. */
export function schoolYearPeriod(startYear: number, policy: DistrictPolicy): AssessmentPeriod {
  const month = policy.schoolYearStartMonth;
  return {
    id: `${startYear}-${startYear + 1}`,
    start: midnight(startYear, month, policy),
    end: midnight(startYear + 1, month, policy),
  };
}

const isInPeriod = (instant: Date, period: AssessmentPeriod): boolean =>
  instant.getTime() >= period.start.getTime() && instant.getTime() < period.end.getTime();

type Failure = { failure: VetoGround['failure']; ruleIds: RuleId[] };

function failuresOf(c: AccountabilityCase): Failure[] {
  // ACC-3's failures count only over a staff member's serious ethics violation; ACC-4 breaches always.
  const handling = c.isSeriousStaffEthicsViolation ? c.failures : [];
  return [
    ...handling.map((failure): Failure => ({ failure, ruleIds: ['ACC-3'] })),
    ...c.breaches.map((failure): Failure => ({ failure, ruleIds: ['ACC-4', 'ACC-3', 'REP-4'] })),
  ];
}

function groundsOf(c: AccountabilityCase): VetoGround[] {
  return failuresOf(c).flatMap(({ failure, ruleIds }) =>
    c.impacts.map((impact): VetoGround => ({
      caseId: c.id,
      failure,
      impact,
      // REP-5: a delay that led to serious consequences is investigated as well.
      ruleIds:
        failure === 'LATE_REPORT' && impact === 'SERIOUS_CONSEQUENCES' ? [...ruleIds, 'REP-5'] : ruleIds,
      clause: '五(三)',
    })),
  );
}

function exclusionOf(
  c: AccountabilityCase,
  institutionId: string,
  period: AssessmentPeriod,
): CaseExclusionReason | null {
  if (c.institutionId !== institutionId) return 'OTHER_INSTITUTION';
  if (!isInPeriod(c.foundAt, period)) return 'OUTSIDE_PERIOD';
  if (failuresOf(c).length === 0) return 'NO_HANDLING_FAILURE';
  if (c.impacts.length === 0) return 'NO_IMPACT';
  return null;
}

/**
 * ACC-3, ACC-4, ACC-5: the one-vote veto of an institution for a period, with every ground.
 * Never a veto without both a handling failure and an impact; a case counts in the period it was found.
 */
export function evaluateVeto(
  institution: { id: string },
  period: AssessmentPeriod,
  cases: readonly AccountabilityCase[],
  // The veto has no district setting today; the argument keeps every rule's signature alike.
  _policy: DistrictPolicy,
): VetoVerdict {
  const excluded: VetoVerdict['excluded'] = [];
  const grounds: VetoGround[] = [];
  for (const c of cases) {
    const reason = exclusionOf(c, institution.id, period);
    if (reason) excluded.push({ caseId: c.id, reason });
    else grounds.push(...groundsOf(c));
  }
  const isVetoed = grounds.length > 0;
  return {
    institutionId: institution.id,
    periodId: period.id,
    isVetoed,
    grounds,
    leadershipResponsible: isVetoed,
    excluded,
    ruleIds: isVetoed ? [...new Set(grounds.flatMap((g) => g.ruleIds))] : ['ACC-3'],
  };
}

/** ACC-5: a leader confirms or rejects a computed verdict, always with a written reason. */
export function reviewVeto(
  verdict: VetoVerdict,
  review: VetoReview,
): Result<ReviewedVeto, 'REASON_REQUIRED' | 'NOTHING_TO_REVIEW'> {
  if (!verdict.isVetoed) {
    return refuse('NOTHING_TO_REVIEW', 'ACC-5', 'Only a computed veto is confirmed or rejected.');
  }
  if (review.reason.trim().length === 0) {
    return refuse('REASON_REQUIRED', 'ACC-5', 'Confirming or rejecting a veto needs a written reason.');
  }
  return succeed({ verdict, review, isVetoed: review.decision === 'CONFIRM' });
}

/** ACC-2: the sanctions the findings allow, from the mildest (警示, 约谈, 通报). */
export function sanctionOptions(findings: readonly SanctionFinding[]): SanctionOption[] {
  const reason = { ruleId: 'ACC-2', clause: '五(三)' } as const;
  if (findings.length === 0) return [];
  const options: SanctionOption[] = [{ sanction: 'WARNING', ...reason }];
  if (findings.includes('INEFFECTIVE_WORK') || findings.includes('BAD_INFLUENCE')) {
    options.push({ sanction: 'INTERVIEW', ...reason });
  }
  if (findings.includes('BAD_INFLUENCE')) options.push({ sanction: 'CIRCULAR', ...reason });
  return options;
}

/** ACC-1, ACC-3: school protection is part of the assessment; a veto bars awards whatever the score. */
export function assessmentOutcome(input: AssessmentInput): AssessmentOutcome {
  const ruleIds: RuleId[] = input.verdict.isVetoed ? ['ACC-1', 'ACC-3'] : ['ACC-1'];
  return {
    score: input.score,
    isEligibleForAwards: !input.verdict.isVetoed,
    findings: input.schoolProtectionFindings,
    ruleIds,
  };
}
