import type { Reason, RuleId } from '../organisation/organisation.types';
import type { BreachCode } from '../reporting/reporting.types';

/** ACC-3: how an institution failed in handling staff's serious ethics violations. */
export const HANDLING_FAILURES = [
  'INEFFECTIVE_SUPERVISION',
  'REFUSED_DISCIPLINE',
  'DELAYED_DISCIPLINE',
  'SHIRKED_OR_CONCEALED',
] as const;
export type HandlingFailure = (typeof HANDLING_FAILURES)[number];

/** ACC-3: 不良影响 bad influence, 严重后果 serious consequences. */
export const IMPACTS = ['BAD_INFLUENCE', 'SERIOUS_CONSEQUENCES'] as const;
export type Impact = (typeof IMPACTS)[number];

/** A period of assessment 评优评先: [start, end) as instants. */
export interface AssessmentPeriod {
  id: string;
  start: Date;
  end: Date;
}

/** One case as accountability sees it. */
export interface AccountabilityCase {
  id: string;
  institutionId: string;
  /** When the case was found; the period containing this instant is the one it counts in. */
  foundAt: Date;
  /** The case concerns a staff member's serious ethics violation (ACC-3's premise). */
  isSeriousStaffEthicsViolation: boolean;
  failures: HandlingFailure[];
  /** REP-4 breaches recorded on the case (ACC-4). */
  breaches: BreachCode[];
  impacts: Impact[];
}

/** One ground of a veto: a case, a failure, an impact, and the rules. */
export interface VetoGround {
  caseId: string;
  failure: HandlingFailure | BreachCode;
  impact: Impact;
  ruleIds: RuleId[];
  clause: string;
}

export type CaseExclusionReason =
  'OTHER_INSTITUTION' | 'OUTSIDE_PERIOD' | 'NO_HANDLING_FAILURE' | 'NO_IMPACT';

/** ACC-5: the computed verdict. A leader confirms or rejects it; it is never typed in. */
export interface VetoVerdict {
  institutionId: string;
  periodId: string;
  isVetoed: boolean;
  /** Every ground (empty when not vetoed). */
  grounds: VetoGround[];
  /** ACC-3: the institution's leaders bear leadership responsibility. */
  leadershipResponsible: boolean;
  /** Cases looked at and why they did not ground a veto. */
  excluded: { caseId: string; reason: CaseExclusionReason }[];
  ruleIds: RuleId[];
}

/** ACC-2: what the district found about an institution's work. */
export type SanctionFinding = 'NOT_TAKEN_SERIOUSLY' | 'INEFFECTIVE_WORK' | 'BAD_INFLUENCE';

/** ACC-2: 警示 warning, 约谈 interview, 通报 circular, from the mildest. */
export type Sanction = 'WARNING' | 'INTERVIEW' | 'CIRCULAR';

export interface SanctionOption extends Reason {
  sanction: Sanction;
}

/** ACC-5: a leader's review of a verdict. */
export interface VetoReview {
  decision: 'CONFIRM' | 'REJECT';
  reason: string;
  reviewerId: string;
  reviewedAt: Date;
}

export interface ReviewedVeto {
  verdict: VetoVerdict;
  review: VetoReview;
  /** What stands after the review. */
  isVetoed: boolean;
}

/** ACC-1: what goes into an institution's assessment. */
export interface AssessmentInput {
  /** The institution's other scores, as the assessment computes them. */
  score: number;
  verdict: VetoVerdict;
  /** Open school-protection findings (from inspections and self-inspection), each with its rule. */
  schoolProtectionFindings: Reason[];
}

export interface AssessmentOutcome {
  score: number;
  isEligibleForAwards: boolean;
  findings: Reason[];
  ruleIds: RuleId[];
}
