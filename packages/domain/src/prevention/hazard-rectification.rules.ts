import type { InstitutionKind } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import type { IncidentCategory } from '../reporting/reporting.types';
import type {
  HazardAlert,
  HazardFacts,
  HazardStage,
  InspectionItemGroup,
  InspectionTemplateItem,
} from './inspection.types';
import { INSPECTION_ITEM_GROUPS } from './inspection.types';
import { hazardStatus } from './prevention.rules';
import type { HazardAssessment } from './prevention.types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** PRV-1: a hazard is rectified when a rectification is verified; it counts from when it was recorded. */
export function rectifiedAtOf(facts: HazardFacts): Date | null {
  const latest = facts.latestRectification;
  return latest?.verification === 'VERIFIED' ? latest.recordedAt : null;
}

/** PRV-1: where the rectification 整改 stands: to do, done and awaiting the inspector, or closed. */
export function hazardStage(facts: HazardFacts): HazardStage {
  switch (facts.latestRectification?.verification) {
    case 'VERIFIED':
      return 'CLOSED';
    case 'PENDING':
      return 'AWAITING_VERIFICATION';
    default:
      return 'AWAITING_RECTIFICATION';
  }
}

/** PRV-1: the status (`hazardStatus`) and stage of a stored hazard. */
export function hazardProgress(
  facts: HazardFacts,
  now: Date,
): HazardAssessment & { stage: HazardStage; rectifiedAt: Date | null } {
  const rectifiedAt = rectifiedAtOf(facts);
  const assessment = hazardStatus(
    {
      foundAt: facts.foundAt,
      ownerId: facts.ownerStaffId ?? undefined,
      dueAt: facts.dueAt ?? undefined,
      rectifiedAt: rectifiedAt ?? undefined,
    },
    now,
  );
  return { ...assessment, stage: hazardStage(facts), rectifiedAt };
}

export const HAZARD_ACTIONS = ['ASSIGN', 'RECORD_RECTIFICATION', 'VERIFY', 'SEND_BACK'] as const;
export type HazardAction = (typeof HAZARD_ACTIONS)[number];

/** PRV-1: the rectification workflow as data: in which stages each action may be taken. */
export const HAZARD_TRANSITIONS: Readonly<Record<HazardAction, readonly HazardStage[]>> = Object.freeze({
  ASSIGN: ['AWAITING_RECTIFICATION', 'AWAITING_VERIFICATION'],
  RECORD_RECTIFICATION: ['AWAITING_RECTIFICATION'],
  VERIFY: ['AWAITING_VERIFICATION'],
  SEND_BACK: ['AWAITING_VERIFICATION'],
});

/** PRV-1: may this action be taken at the hazard's stage? */
export function canTakeHazardAction(facts: HazardFacts, action: HazardAction): boolean {
  return HAZARD_TRANSITIONS[action].includes(hazardStage(facts));
}

/**
 * PRV-1: an overdue hazard alerts its owner and the head at the due date, and the supervising section
 * `hazardEscalationDays` later (a district setting).
 */
export function hazardAlertPlan(dueAt: Date, policy: DistrictPolicy): HazardAlert[] {
  return [
    { kind: 'HAZARD_OVERDUE', at: dueAt, recipients: ['OWNER', 'HEAD'], ruleIds: ['PRV-1'] },
    {
      kind: 'HAZARD_ESCALATION',
      at: new Date(dueAt.getTime() + policy.hazardEscalationDays * DAY_MS),
      recipients: ['SUPERVISING_SECTION'],
      ruleIds: ['PRV-1', 'ORG-1'],
    },
  ];
}

/**
 * PRV-1: an alert is skipped once the hazard is rectified, or while a rectification recorded by the
 * due date awaits the inspector (the owner acted in time; a send-back makes it count again).
 */
export function isHazardAlertSkipped(facts: HazardFacts): boolean {
  const latest = facts.latestRectification;
  if (!latest || latest.verification === 'SENT_BACK') return false;
  if (latest.verification === 'VERIFIED') return true;
  return facts.dueAt !== null && latest.recordedAt.getTime() <= facts.dueAt.getTime();
}

/** PRV-1: the template's items that apply to a kind of institution. */
export function applicableItems<T extends Pick<InspectionTemplateItem, 'kinds'>>(
  items: readonly T[],
  kind: InstitutionKind,
): T[] {
  return items.filter((i) => i.kinds.length === 0 || i.kinds.includes(kind));
}

// Where each kind of case happens or is prevented: the items an unannounced inspection after it checks.
const GROUPS_BY_CATEGORY: Readonly<Record<IncidentCategory, readonly InspectionItemGroup[]>> = {
  SEXUAL_ASSAULT: [
    'ONE_TO_ONE_ROOMS',
    'BLIND_SPOTS',
    'DORMITORIES',
    'TECHNICAL_PROTECTION',
    'PEOPLE_PROTECTION',
  ],
  MOLESTATION: [
    'ONE_TO_ONE_ROOMS',
    'BLIND_SPOTS',
    'DORMITORIES',
    'TECHNICAL_PROTECTION',
    'PEOPLE_PROTECTION',
  ],
  ABUSE: ['ONE_TO_ONE_ROOMS', 'BLIND_SPOTS', 'DORMITORIES', 'PEOPLE_PROTECTION'],
  BULLYING_VIOLENCE: ['BLIND_SPOTS', 'TECHNICAL_PROTECTION', 'DORMITORIES', 'RECORDS'],
  OTHER: INSPECTION_ITEM_GROUPS,
};

/** PRV-1, REP-6: the checklist groups a case of this category touches (an unannounced inspection's items). */
export function itemGroupsForCategory(category: IncidentCategory): readonly InspectionItemGroup[] {
  return GROUPS_BY_CATEGORY[category];
}
