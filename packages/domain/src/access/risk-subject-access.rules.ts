import type { InstitutionKind, RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { riskReportRouting } from '../prevention/prevention.rules';
import type { RiskRouting, RiskSubject } from '../prevention/prevention.types';
import { isHeadOf, isLeadership, isMemberOfAny, permit } from './access.rules';
import { committeePreventionScope, inspectsAny, isInspectorOf } from './inspectors.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

/** PRV-3: where a risk site or person stands: recorded, referred, followed up, closed. */
export const RISK_SUBJECT_STATUSES = ['OPEN', 'REFERRED', 'FOLLOWED_UP', 'CLOSED'] as const;
export type RiskSubjectStatus = (typeof RISK_SUBJECT_STATUSES)[number];

/** PRV-3: why a risk subject is closed. Only a mistake closes one that was never followed up. */
export const RISK_CLOSING_REASONS = [
  'RISK_REMOVED',
  'UNDER_CONTROL',
  'DUPLICATE',
  'RECORDED_IN_ERROR',
] as const;
export type RiskClosingReason = (typeof RISK_CLOSING_REASONS)[number];

/** PRV-3: what one follow-up found. */
export const RISK_FOLLOW_UP_OUTCOMES = ['UNCHANGED', 'IMPROVED', 'WORSENED', 'RISK_REMOVED'] as const;
export type RiskFollowUpOutcome = (typeof RISK_FOLLOW_UP_OUTCOMES)[number];

/** What the surroundings policy needs to know about one risk site or person. */
export interface RiskSubjectFacts {
  institution: InstitutionFacts;
  subject: RiskSubject;
  status: RiskSubjectStatus;
}

/** Which institutions' risk subjects an actor reads: all, some kinds (a supervising section), one, or none. */
export type RiskSubjectScope =
  | { type: 'ALL' }
  | { type: 'KINDS'; kinds: InstitutionKind[] }
  | { type: 'INSTITUTION'; institutionId: string }
  | null;

export interface RiskSubjectsAccess {
  /** Which risk subjects the actor reads at all (the list's SQL is written from it). */
  scope: RiskSubjectScope;
  /** Does the actor read risk persons' personal data in that scope (need-to-know, PRV-3)? */
  readsPersonalData: boolean;
  /** PRV-3: may the actor record a risk subject at some institution (the head, 安稳办)? */
  canRecord: Permit;
}

export type RiskSubjectAction = 'recordFollowUp' | 'close';

export interface RiskSubjectAccess {
  canView: Permit;
  parts: {
    /** A risk person's name, ID number, address, description, location and follow-up notes (need-to-know). */
    personalData: Permit;
  };
  can: Record<RiskSubjectAction, Permit>;
  /** PRV-3: a follow-up of a subject not yet referred must carry the referral. */
  needsReferral: boolean;
  /** The reasons the subject may be closed with now. */
  closingReasons: RiskClosingReason[];
  routing: RiskRouting;
}

/** The need-to-know group of a risk person beyond the institution's head: 安稳办 and leadership. */
const isCommitteeNeedToKnow = (actor: AccessActor): boolean =>
  isMemberOfAny(actor, ['SAFETY']) || isLeadership(actor);

/** ORG-1, PRV-3: the institution's head, its inspectors (安稳办, 督导室, the supervising section) and leadership. */
function readsSitesOf(actor: AccessActor, institution: InstitutionFacts, policy: DistrictPolicy): boolean {
  return isHeadOf(actor, institution.id) || isLeadership(actor) || isInspectorOf(actor, institution, policy);
}

/** PRV-3: the head records the risks around her institution; 安稳办 around any. */
export function recordsRiskSubjectsAt(actor: AccessActor, institutionId: string): boolean {
  return isHeadOf(actor, institutionId) || isMemberOfAny(actor, ['SAFETY']);
}

/** PRV-3, ORG-1: whose risk subjects an actor reads, whether with persons' data, and whether she records. */
export function riskSubjectsAccess(actor: AccessActor, policy: DistrictPolicy): RiskSubjectsAccess {
  const isHead = actor.role === 'HEAD' && actor.institutionId !== null;
  const scope: RiskSubjectScope =
    committeePreventionScope(actor, policy) ??
    (isHead ? { type: 'INSTITUTION', institutionId: actor.institutionId as string } : null);
  return {
    scope,
    readsPersonalData: isHead || isCommitteeNeedToKnow(actor),
    canRecord: permit(isHead || isMemberOfAny(actor, ['SAFETY']), 'PRV-3'),
  };
}

/** Does the actor reach surroundings at all (the nav entry, without a district policy at hand)? */
export function readsSurroundings(actor: AccessActor): boolean {
  return isLeadership(actor) || inspectsAny(actor) || (actor.role === 'HEAD' && actor.institutionId !== null);
}

/** PRV-3: the closing reasons a subject in this status may be closed with. */
export function allowedRiskClosingReasons(status: RiskSubjectStatus): RiskClosingReason[] {
  switch (status) {
    case 'CLOSED':
      return [];
    case 'FOLLOWED_UP':
      return [...RISK_CLOSING_REASONS];
    case 'OPEN':
    case 'REFERRED':
      // A risk is settled only by following it up; before that only a mistake closes it.
      return ['DUPLICATE', 'RECORDED_IN_ERROR'];
  }
}

/**
 * PRV-3, ORG-1: who reads one risk site or person, which parts, and what may be done next. A person's
 * personal data is need-to-know like a case file (the head, 安稳办, leadership); the other inspectors
 * see that there is one, its type and status.
 */
export function riskSubjectAccess(
  facts: RiskSubjectFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): RiskSubjectAccess {
  const canView = readsSitesOf(actor, facts.institution, policy);
  const isPerson = facts.subject.type === 'RISK_PERSON';
  const needToKnow = canView && (isHeadOf(actor, facts.institution.id) || isCommitteeNeedToKnow(actor));
  const isOpen = facts.status !== 'CLOSED';
  const records = canView && recordsRiskSubjectsAt(actor, facts.institution.id);
  return {
    canView: permit(canView, 'ORG-1'),
    parts: { personalData: permit(isPerson && needToKnow, 'PRV-3') },
    can: {
      recordFollowUp: permit(records && isOpen, 'PRV-3'),
      close: permit(records && isOpen, 'PRV-3'),
    },
    needsReferral: facts.status === 'OPEN',
    closingReasons: allowedRiskClosingReasons(facts.status),
    routing: riskReportRouting(facts.subject),
  };
}

/** PRV-3: a referral to the township or street office and the local police station, as far as recorded. */
export interface RiskReferral {
  townshipOffice: string | null;
  townshipReferredAt: Date | null;
  policeStation: string | null;
  policeReferredAt: Date | null;
}

/** PRV-3: the recipients `riskReportRouting` names that the referral does not reach (name and date). */
export function missingReferralRecipients(
  subject: RiskSubject,
  referral: RiskReferral,
): RiskRouting['recipients'] {
  return riskReportRouting(subject).recipients.filter((recipient) =>
    recipient === 'TOWNSHIP_OR_STREET_OFFICE'
      ? !referral.townshipOffice || !referral.townshipReferredAt
      : !referral.policeStation || !referral.policeReferredAt,
  );
}

export type RiskSubjectEvent = 'REFER' | 'FOLLOW_UP' | 'CLOSE';

export type RiskTransitionRefusal =
  'NOT_FROM_STATUS' | 'REFERRAL_INCOMPLETE' | 'CLOSING_REASON_REQUIRED' | 'CLOSING_REASON_NOT_ALLOWED';

export type RiskTransitionDecision =
  | { allowed: true; to: RiskSubjectStatus; ruleId: RuleId }
  | { allowed: false; code: RiskTransitionRefusal; ruleId: RuleId };

/** One move of the lifecycle. */
export interface RiskSubjectTransition {
  from: readonly RiskSubjectStatus[];
  event: RiskSubjectEvent;
  to: RiskSubjectStatus;
}

/** The lifecycle as data: open → referred → followed up → closed (PRV-3). */
export const RISK_SUBJECT_TRANSITIONS: readonly RiskSubjectTransition[] = [
  { from: ['OPEN'], event: 'REFER', to: 'REFERRED' },
  { from: ['REFERRED', 'FOLLOWED_UP'], event: 'FOLLOW_UP', to: 'FOLLOWED_UP' },
  { from: ['OPEN', 'REFERRED', 'FOLLOWED_UP'], event: 'CLOSE', to: 'CLOSED' },
];

/** What a move of the lifecycle looks at. */
export interface RiskTransitionFacts {
  subject: RiskSubject;
  /** REFER: the referral as it would stand. */
  referral?: RiskReferral;
  /** CLOSE: the reason given. */
  closingReason?: RiskClosingReason | null;
}

/** PRV-3: may a subject in this status take this step, and where does it go? */
export function decideRiskTransition(
  from: RiskSubjectStatus,
  event: RiskSubjectEvent,
  facts: RiskTransitionFacts,
): RiskTransitionDecision {
  const refuse = (code: RiskTransitionRefusal): RiskTransitionDecision => ({
    allowed: false,
    code,
    ruleId: 'PRV-3',
  });
  const move = RISK_SUBJECT_TRANSITIONS.find((t) => t.event === event && t.from.includes(from));
  if (!move) return refuse('NOT_FROM_STATUS');
  if (event === 'REFER') {
    const referral = facts.referral ?? {
      townshipOffice: null,
      townshipReferredAt: null,
      policeStation: null,
      policeReferredAt: null,
    };
    if (missingReferralRecipients(facts.subject, referral).length > 0) return refuse('REFERRAL_INCOMPLETE');
  }
  if (event === 'CLOSE') {
    if (!facts.closingReason) return refuse('CLOSING_REASON_REQUIRED');
    if (!allowedRiskClosingReasons(from).includes(facts.closingReason)) {
      return refuse('CLOSING_REASON_NOT_ALLOWED');
    }
  }
  return { allowed: true, to: move.to, ruleId: 'PRV-3' };
}
