import { INSTITUTION_KINDS, type UnitCode } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { routeTip } from '../reporting/incident-workflow.rules';
import type { IncidentCategory, TipRouting } from '../reporting/reporting.types';
import { decideTipTransition, isTipConversationOpen, type TipStatus } from '../reporting/tip-line.rules';
import { isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';
import { isDesignatedCaseOfficer } from './case-access.rules';

/** What the tip policy needs to know about one tip. */
export interface TipFacts {
  category: IncidentCategory;
  /** The school chosen from the list; null when the reporter typed a name. */
  institution: InstitutionFacts | null;
  status: TipStatus;
}

export type TipAction = 'answer' | 'close' | 'convert';

export interface TipAccess {
  canView: Permit;
  /** One of the tip's handlers (its recipients), whatever its status: the lifecycle decides the rest. */
  canHandle: Permit;
  can: Record<TipAction, Permit>;
  routing: TipRouting;
}

/** Which tips an actor's inbox lists (the list's SQL is written from it). */
export interface TipsAccess {
  readsTips: boolean;
  /** REP-7: sexual-abuse leads are for the designated officers and leadership only. */
  readsConfidential: boolean;
}

/** REP-9, REP-8: the units that take tips (letters and visits) for any kind of institution. */
function tipRecipientsOfAnyKind(policy: DistrictPolicy): UnitCode[] {
  const units = INSTITUTION_KINDS.flatMap(
    (kind) => routeTip({ channel: 'ONLINE', from: 'ANONYMOUS', category: 'OTHER' }, kind, policy).recipients,
  );
  return [...new Set(units)];
}

/** REP-9, REP-8, REP-7: where a tip goes: by the school's kind, or every kind's recipients when typed. */
export function tipRouting(
  facts: Pick<TipFacts, 'category' | 'institution'>,
  policy: DistrictPolicy,
): TipRouting {
  const tip = { channel: 'ONLINE', from: 'ANONYMOUS', category: facts.category } as const;
  if (facts.institution) return routeTip(tip, facts.institution.kind, policy);
  return { ...routeTip(tip, 'PRIMARY', policy), recipients: tipRecipientsOfAnyKind(policy) };
}

/** REP-9, REP-7: whose inbox holds tips, and whether the confidential ones too. */
export function tipsAccess(actor: AccessActor, policy: DistrictPolicy): TipsAccess {
  const isRecipient = isMemberOfAny(actor, tipRecipientsOfAnyKind(policy));
  return {
    readsTips: isRecipient || isLeadership(actor),
    readsConfidential: isDesignatedCaseOfficer(actor) || isLeadership(actor),
  };
}

/**
 * REP-9, REP-8, REP-7: who reads one tip and what they may do. The recipients of its routing answer,
 * close and turn it into a case; a confidential lead only its designated officers; leadership reads.
 */
export function tipAccess(facts: TipFacts, actor: AccessActor, policy: DistrictPolicy): TipAccess {
  const routing = tipRouting(facts, policy);
  const isRecipient =
    isMemberOfAny(actor, routing.recipients) && (!routing.isConfidential || isDesignatedCaseOfficer(actor));
  const canView = isRecipient || isLeadership(actor);
  const ruleId = routing.isConfidential ? 'REP-7' : 'REP-8';
  return {
    canView: permit(canView, ruleId),
    canHandle: permit(isRecipient, ruleId),
    can: {
      answer: permit(isRecipient && isTipConversationOpen(facts.status), 'REP-9'),
      close: permit(isRecipient && decideTipTransition(facts.status, 'CLOSE').allowed, 'REP-9'),
      convert: permit(isRecipient && decideTipTransition(facts.status, 'CONVERT').allowed, 'REP-8'),
    },
    routing,
  };
}
