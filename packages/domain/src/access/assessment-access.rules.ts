import type { DistrictPolicy } from '../policy/policy';
import { isHeadOf, isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

/** Who sees which assessment rows: every institution's, one institution's, or none. */
export type AssessmentScope = { type: 'ALL' } | { type: 'INSTITUTION'; institutionId: string } | null;

export interface AssessmentPeriodsAccess {
  /** Which institutions' rows the actor reads; null: no assessment at all. */
  scope: AssessmentScope;
  /** ACC-1: open an assessment period (督导室). */
  canOpenPeriod: Permit;
  /** ACC-1: export the assessment table (督导室, leadership). */
  canExport: Permit;
}

/** What the flow needs to know about one institution's assessment in a period. */
export interface AssessmentFacts {
  institution: InstitutionFacts;
  /** ACC-5: the computed verdict is a veto. */
  isVetoComputed: boolean;
  /** When the computed veto was first put on record (the statement window opens then). */
  vetoComputedAt: Date | null;
  hasStatement: boolean;
  isReviewed: boolean;
  /** ACC-2: `sanctionOptions` offers at least one sanction. */
  hasSanctionOptions: boolean;
}

export type AssessmentAction =
  'recordFinding' | 'submitStatement' | 'reviewVeto' | 'recordSanction' | 'downloadCircular';

export interface AssessmentAccess {
  canView: Permit;
  can: Record<AssessmentAction, Permit>;
  /** ACC-5: the statement window [opensAt, closesAt), once a veto is computed. */
  statementWindow: { opensAt: Date; closesAt: Date } | null;
}

const isInspectorate = (actor: AccessActor): boolean => isMemberOfAny(actor, ['INSPECT']);

/**
 * ACC-1, ACC-5, ORG-3: the assessment is 督导室's inspection (三: INSPECT) and leadership's review
 * (LEAD); a head reads her own institution's row and answers for it. Other offices and sections do not
 * read it: 安稳办 handles the cases themselves under the case policy, the assessment judges institutions.
 */
export function assessmentPeriodsAccess(actor: AccessActor): AssessmentPeriodsAccess {
  const isCommitteeReader = isInspectorate(actor) || isLeadership(actor);
  const scope: AssessmentScope = isCommitteeReader
    ? { type: 'ALL' }
    : actor.role === 'HEAD' && actor.institutionId
      ? { type: 'INSTITUTION', institutionId: actor.institutionId }
      : null;
  return {
    scope,
    canOpenPeriod: permit(isInspectorate(actor), 'ACC-1'),
    canExport: permit(isCommitteeReader, 'ACC-1'),
  };
}

/** ACC-5: the statement window opens when the veto is computed and lasts `vetoStatementDays`. */
export function statementWindow(
  vetoComputedAt: Date | null,
  policy: DistrictPolicy,
): { opensAt: Date; closesAt: Date } | null {
  if (!vetoComputedAt) return null;
  const closesAt = new Date(vetoComputedAt.getTime() + policy.vetoStatementDays * 24 * 60 * 60 * 1000);
  return { opensAt: vetoComputedAt, closesAt };
}

/**
 * ACC-1, ACC-2, ACC-5: who reads one institution's assessment and who may act on it next. The head may
 * submit a statement 申辩 for her institution only, within the window, while the veto is unreviewed; a
 * leader decides only once the statement is in or the window has closed, so that the statement is read
 * before deciding; findings stop once the veto is reviewed, so the decision stays the one on record.
 */
export function assessmentAccess(
  facts: AssessmentFacts,
  actor: AccessActor,
  now: Date,
  policy: DistrictPolicy,
): AssessmentAccess {
  const { scope } = assessmentPeriodsAccess(actor);
  const isHead = isHeadOf(actor, facts.institution.id);
  const isCommitteeReader = scope?.type === 'ALL';
  const canView = isCommitteeReader || isHead;
  const window = facts.isVetoComputed ? statementWindow(facts.vetoComputedAt, policy) : null;
  const isWindowOpen = window !== null && now.getTime() < window.closesAt.getTime();
  const isUnreviewedVeto = facts.isVetoComputed && !facts.isReviewed;
  const isLeader = isLeadership(actor);
  return {
    canView: permit(canView, isHead ? 'ORG-3' : 'ACC-1'),
    statementWindow: window,
    can: {
      recordFinding: permit(isInspectorate(actor) && !facts.isReviewed, 'ACC-1'),
      submitStatement: permit(isHead && isUnreviewedVeto && !facts.hasStatement && isWindowOpen, 'ACC-5'),
      reviewVeto: permit(isLeader && isUnreviewedVeto && (facts.hasStatement || !isWindowOpen), 'ACC-5'),
      recordSanction: permit(isLeader && facts.hasSanctionOptions, 'ACC-2'),
      downloadCircular: permit(isCommitteeReader, 'ACC-2'),
    },
  };
}
