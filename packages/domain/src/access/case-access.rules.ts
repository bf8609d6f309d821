import { responsibleUnits, scopeIncludes, scopeOf, type Scope } from '../organisation/organisation.rules';
import type { Reason, RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { canTransition } from '../reporting/incident-workflow.rules';
import { isConfidentialByDefault } from '../reporting/reporting-escalation.rules';
import {
  CLOSING_REASONS,
  INCIDENT_CATEGORIES,
  type ClosingReason,
  type IncidentCategory,
  type IncidentState,
  type SuspectType,
  type TransitionErrorCode,
} from '../reporting/reporting.types';
import { isHeadOf, isInScope, isLeadership, isMemberOfAny, permit, scopeActorOf } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

/** What the case policy needs to know about a case (incident). */
export interface CaseFacts {
  institution: InstitutionFacts;
  category: IncidentCategory;
  suspectType: SuspectType;
  isMarkedConfidential: boolean;
  /** The staff member who received the disclosure and recorded it (or SAFETY, for a case learned elsewhere). */
  reporterAccountId: string;
  /** The institution's head when the case was recorded. */
  headAccountId: string | null;
  /** The suspect, as an account and/or a staff record, when known. */
  suspect: { accountId: string | null; staffId: string | null };
  hasHeadDeclaredConflict: boolean;
  state: IncidentState;
  isAcknowledged: boolean;
  isPoliceReported: boolean;
}

/** FULL: the whole case; SUMMARY: the case without the child (REP-7); NONE: as if it did not exist. */
export type CaseAccessLevel = 'FULL' | 'SUMMARY' | 'NONE';

/** The parts of a case that are need-to-know (REP-7). */
export interface CaseParts {
  /** The child's name and class. */
  childIdentity: boolean;
  /** The child's own words. */
  childStatement: boolean;
  /** REP-10 welfare notes. */
  welfareNotes: boolean;
  /** The free-text description of the suspect and notes of external sources. */
  caseNotes: boolean;
}

export const CASE_ACTIONS = [
  'acknowledge',
  'completeEmergencyStep',
  'recordPoliceReport',
  'recordExternalSource',
  'close',
  'recordWelfareNote',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** One closing reason and whether the workflow would take it now (REP-4). */
export interface ClosingReasonOption {
  reason: ClosingReason;
  allowed: boolean;
  ruleId: RuleId;
  refusal: TransitionErrorCode | null;
}

/** The case policy's whole answer for one actor and one case. */
export interface CaseAccess {
  level: CaseAccessLevel;
  reason: Reason;
  parts: CaseParts;
  can: Record<CaseAction, Permit>;
  closingReasons: ClosingReasonOption[];
  isActorSuspect: boolean;
  isHeadInConflict: boolean;
}

const REP7: Reason = { ruleId: 'REP-7', clause: '四(五)' };
const REP11: Reason = { ruleId: 'REP-11', clause: '-' };

/** REP-7: confidential by category default (sexual abuse) or because someone marked it so. */
export function isCaseConfidential(facts: Pick<CaseFacts, 'category' | 'isMarkedConfidential'>): boolean {
  return isConfidentialByDefault(facts.category) || facts.isMarkedConfidential;
}

/** REP-11: the actor is the suspect, by account or by the linked staff record. */
export function isCaseSuspect(facts: CaseFacts, actor: AccessActor): boolean {
  const { accountId, staffId } = facts.suspect;
  return (
    (accountId !== null && accountId === actor.accountId) ||
    (staffId !== null && actor.staffId !== null && staffId === actor.staffId)
  );
}

/** REP-11: the head is the suspect or has declared (or been found to have) a conflict. */
export function isCaseHeadInConflict(facts: CaseFacts): boolean {
  return (
    facts.hasHeadDeclaredConflict ||
    (facts.suspect.accountId !== null && facts.suspect.accountId === facts.headAccountId)
  );
}

/** REP-7: a SAFETY member designated for confidential cases. */
export function isDesignatedCaseOfficer(actor: AccessActor): boolean {
  return isMemberOfAny(actor, ['SAFETY']) && actor.isDesignatedCaseOfficer;
}

/** REP-8: the actor's unit receives the incident reports of institutions of this kind (ORG-2). */
export function receivesIncidentReports(
  actor: AccessActor,
  institution: InstitutionFacts,
  policy: DistrictPolicy,
): boolean {
  const units = responsibleUnits('INCIDENT_REPORT_RECEIPT', institution.kind, policy).map((r) => r.unit);
  return isMemberOfAny(actor, units);
}

function levelOf(facts: CaseFacts, actor: AccessActor, policy: DistrictPolicy): [CaseAccessLevel, Reason] {
  if (actor.role === 'ADMIN') return ['NONE', { ruleId: 'ORG-3', clause: '五(一)' }];
  if (isCaseSuspect(facts, actor)) return ['NONE', REP11];
  const isHead = facts.headAccountId === actor.accountId;
  if (isHead && isCaseHeadInConflict(facts)) return ['NONE', REP11];
  const isNeedToKnow =
    isHead ||
    facts.reporterAccountId === actor.accountId ||
    isDesignatedCaseOfficer(actor) ||
    isLeadership(actor);
  if (isNeedToKnow) return ['FULL', REP7];
  // For sexual-abuse categories even the case's existence is need-to-know.
  if (isCaseConfidential(facts)) return ['NONE', REP7];
  // Committee units see the cases of the institutions they supervise, without the child.
  if (actor.role === 'SECTION_MEMBER' && isInScope(actor, facts.institution, policy)) {
    return ['SUMMARY', { ruleId: 'ORG-1', clause: '三' }];
  }
  // A teacher sees the cases he or she reported, not the whole school's.
  return ['NONE', REP7];
}

/** REP-4: every closing reason with the workflow's answer for this case now. */
export function closingReasonOptions(facts: CaseFacts, policy: DistrictPolicy): ClosingReasonOption[] {
  return CLOSING_REASONS.map((reason) => {
    const decision = canTransition(
      facts.state,
      'CLOSED',
      { category: facts.category, suspectType: facts.suspectType, closingReason: reason },
      policy,
    );
    return decision.allowed
      ? { reason, allowed: true, ruleId: 'REP-4', refusal: null }
      : { reason, allowed: false, ruleId: decision.ruleId, refusal: decision.code };
  });
}

/**
 * REP-7, REP-11, REP-8, ORG-1: may this actor see this case, which parts of it, and what may be done
 * next. The API asks this and nothing else; the list filter is written from `caseListFilter`.
 */
export function caseAccess(facts: CaseFacts, actor: AccessActor, policy: DistrictPolicy): CaseAccess {
  const [level, reason] = levelOf(facts, actor, policy);
  const isFull = level === 'FULL';
  const isOpen = facts.state !== 'CLOSED';
  const isHead = isFull && isHeadOf(actor, facts.institution.id) && facts.headAccountId === actor.accountId;
  // A designated SAFETY officer works the case beside the head, and instead of a conflicted head.
  const isManager =
    isHead ||
    (isFull && isDesignatedCaseOfficer(actor) && receivesIncidentReports(actor, facts.institution, policy));
  const isReporter = isFull && facts.reporterAccountId === actor.accountId;
  const isActing = isManager || isReporter;
  const closingReasons = isManager && isOpen ? closingReasonOptions(facts, policy) : [];
  return {
    level,
    reason,
    parts: { childIdentity: isFull, childStatement: isFull, welfareNotes: isFull, caseNotes: isFull },
    can: {
      acknowledge: permit(isHead && isOpen && !facts.isAcknowledged, 'REP-2'),
      completeEmergencyStep: permit(isManager && isOpen && facts.suspectType === 'STAFF', 'REP-6'),
      recordPoliceReport: permit(isActing && isOpen && !facts.isPoliceReported, 'REP-3'),
      recordExternalSource: permit(
        level !== 'NONE' && receivesIncidentReports(actor, facts.institution, policy),
        'REP-8',
      ),
      close: permit(isManager && isOpen, 'REP-4'),
      recordWelfareNote: permit(isActing, 'REP-10'),
    },
    closingReasons,
    isActorSuspect: isCaseSuspect(facts, actor),
    isHeadInConflict: isCaseHeadInConflict(facts),
  };
}

/**
 * `caseAccess(...).level !== 'NONE'` for every case at once, as data a query can be written from:
 * a case is listed when it passes both exclusions and either the need-to-know test or the summary scope.
 */
export interface CaseListFilter {
  /** No case at all (an administrator). */
  isEmpty: boolean;
  /** REP-11: never a case whose suspect is this account or this staff record. */
  suspect: { accountId: string; staffId: string | null };
  /** REP-11: never a case of which this account is the head while the head is in conflict. */
  conflictedHeadAccountId: string;
  /** REP-7: ANY for designated officers and leadership; otherwise the cases the actor reported or heads. */
  needToKnow: { type: 'ANY' } | { type: 'REPORTER_OR_HEAD'; accountId: string };
  /** ORG-1: non-confidential cases of these institutions, without the child; null for none. */
  summaryScope: Scope | null;
  /** REP-7: the categories confidential by default (a case marked confidential is too). */
  confidentialCategories: IncidentCategory[];
}

/** REP-7, REP-11, ORG-1: the list filter of `caseAccess`, for one actor. */
export function caseListFilter(actor: AccessActor, policy: DistrictPolicy): CaseListFilter {
  const scopeActor = scopeActorOf(actor);
  return {
    isEmpty: actor.role === 'ADMIN',
    suspect: { accountId: actor.accountId, staffId: actor.staffId },
    conflictedHeadAccountId: actor.accountId,
    needToKnow:
      isDesignatedCaseOfficer(actor) || isLeadership(actor)
        ? { type: 'ANY' }
        : { type: 'REPORTER_OR_HEAD', accountId: actor.accountId },
    summaryScope: actor.role === 'SECTION_MEMBER' && scopeActor ? scopeOf(scopeActor, policy) : null,
    confidentialCategories: INCIDENT_CATEGORIES.filter(isConfidentialByDefault),
  };
}

/** The filter evaluated on one case: what the SQL written from it must answer (see the property tests). */
export function matchesCaseListFilter(filter: CaseListFilter, facts: CaseFacts): boolean {
  if (filter.isEmpty) return false;
  const { accountId, staffId } = filter.suspect;
  if (facts.suspect.accountId === accountId) return false;
  if (staffId !== null && facts.suspect.staffId === staffId) return false;
  if (facts.headAccountId === filter.conflictedHeadAccountId && isCaseHeadInConflict(facts)) return false;
  const needToKnow =
    filter.needToKnow.type === 'ANY' ||
    facts.reporterAccountId === filter.needToKnow.accountId ||
    facts.headAccountId === filter.needToKnow.accountId;
  const isConfidential = filter.confidentialCategories.includes(facts.category) || facts.isMarkedConfidential;
  const summary =
    filter.summaryScope !== null && !isConfidential && scopeIncludes(filter.summaryScope, facts.institution);
  return needToKnow || summary;
}
