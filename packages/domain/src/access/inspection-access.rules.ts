import type { InstitutionKind } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { canTakeHazardAction } from '../prevention/hazard-rectification.rules';
import type { HazardFacts, InspectionKind } from '../prevention/inspection.types';
import { isHeadOf, isLeadership, isMemberOfAny, permit } from './access.rules';
import { committeePreventionScope, DISTRICT_INSPECTORS, isInspectorOf } from './inspectors.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

/** PRV-1: the committee reads the district's checklist templates; 安稳办, 督导室 and the administrator edit them. */
export function inspectionTemplatesAccess(actor: AccessActor): { canView: Permit; canEdit: Permit } {
  const isCommittee = actor.role === 'SECTION_MEMBER' || isLeadership(actor);
  return {
    canView: permit(isCommittee, 'PRV-1'),
    canEdit: permit(actor.role === 'ADMIN' || isMemberOfAny(actor, DISTRICT_INSPECTORS), 'PRV-1'),
  };
}

/** Which campaigns an actor reads: all, those covering one institution, or none. */
export type CampaignScope = { type: 'ALL' } | { type: 'INSTITUTION'; institutionId: string } | null;

export interface InspectionCampaignsAccess {
  scope: CampaignScope;
  /** PRV-1: open a campaign 排查 (安稳办, 督导室). */
  canOpen: Permit;
}

/** PRV-1, ORG-3: committee members and leadership read campaigns; a head those covering her institution. */
export function inspectionCampaignsAccess(actor: AccessActor): InspectionCampaignsAccess {
  const scope: CampaignScope =
    actor.role === 'SECTION_MEMBER' || isLeadership(actor)
      ? { type: 'ALL' }
      : actor.role === 'HEAD' && actor.institutionId
        ? { type: 'INSTITUTION', institutionId: actor.institutionId }
        : null;
  return { scope, canOpen: permit(isMemberOfAny(actor, DISTRICT_INSPECTORS), 'PRV-1') };
}

/**
 * PRV-1, ORG-3: who starts an inspection of this kind at an institution. A self-inspection is the head's,
 * in a campaign covering her institution; an on-site or unannounced one an inspector's.
 */
export function canStartInspection(
  kind: InspectionKind,
  institution: InstitutionFacts,
  isCoveredByCampaign: boolean,
  actor: AccessActor,
  policy: DistrictPolicy,
): Permit {
  return kind === 'SELF'
    ? permit(isHeadOf(actor, institution.id) && isCoveredByCampaign, 'ORG-3')
    : permit(isInspectorOf(actor, institution, policy), 'PRV-1');
}

export interface InspectionFacts {
  institution: InstitutionFacts;
  kind: InspectionKind;
  isSubmitted: boolean;
}

export interface InspectionAccess {
  canView: Permit;
  can: { recordItem: Permit; submit: Permit };
}

/** PRV-1, ORG-3: the head, the institution's inspectors and leadership read an inspection; its kind says who records it. */
export function inspectionAccess(
  facts: InspectionFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): InspectionAccess {
  const isHead = isHeadOf(actor, facts.institution.id);
  const isInspector = isInspectorOf(actor, facts.institution, policy);
  const isRecorder = facts.kind === 'SELF' ? isHead : isInspector;
  const ruleId = facts.kind === 'SELF' ? 'ORG-3' : 'PRV-1';
  const canRecord = isRecorder && !facts.isSubmitted;
  return {
    canView: permit(isHead || isInspector || isLeadership(actor), 'PRV-1'),
    can: { recordItem: permit(canRecord, ruleId), submit: permit(canRecord, ruleId) },
  };
}

export interface HazardAccessFacts extends HazardFacts {
  institution: InstitutionFacts;
}

export interface HazardAccess {
  canView: Permit;
  can: { assign: Permit; recordRectification: Permit; verify: Permit };
}

/**
 * PRV-1: the head, the institution's inspectors, leadership and the hazard's owner read it; the head or an
 * inspector assigns it; the owner or the head records the rectification; an inspector verifies or sends it back.
 */
export function hazardAccess(
  facts: HazardAccessFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): HazardAccess {
  const isHead = isHeadOf(actor, facts.institution.id);
  const isInspector = isInspectorOf(actor, facts.institution, policy);
  const isOwner = actor.staffId !== null && actor.staffId === facts.ownerStaffId;
  return {
    canView: permit(isHead || isInspector || isOwner || isLeadership(actor), 'PRV-1'),
    can: {
      assign: permit((isHead || isInspector) && canTakeHazardAction(facts, 'ASSIGN'), 'PRV-1'),
      recordRectification: permit(
        (isOwner || isHead) && canTakeHazardAction(facts, 'RECORD_RECTIFICATION'),
        'PRV-1',
      ),
      verify: permit(isInspector && canTakeHazardAction(facts, 'VERIFY'), 'PRV-1'),
    },
  };
}

/**
 * PRV-1: the data the hazard list's SQL filter is written from: the institutions whose hazards the actor
 * reads (every one, some kinds, one, or none), and the staff record whose hazards it reads as their owner.
 */
export interface HazardListFilter {
  institutions:
    | { type: 'ALL' }
    | { type: 'KINDS'; kinds: InstitutionKind[] }
    | { type: 'INSTITUTION'; institutionId: string }
    | null;
  ownerStaffId: string | null;
}

export function hazardListFilter(actor: AccessActor, policy: DistrictPolicy): HazardListFilter {
  const institutions: HazardListFilter['institutions'] =
    committeePreventionScope(actor, policy) ??
    (actor.role === 'HEAD' && actor.institutionId
      ? { type: 'INSTITUTION', institutionId: actor.institutionId }
      : null);
  return { institutions, ownerStaffId: actor.staffId };
}
