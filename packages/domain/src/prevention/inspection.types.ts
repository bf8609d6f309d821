import type { InstitutionKind, RuleId } from '../organisation/organisation.types';
import type { HazardStatus } from './prevention.types';

/** PRV-1: the groups of a district checklist: 三防 (people, physical, technical), then the plan's places. */
export const INSPECTION_ITEM_GROUPS = [
  'PEOPLE_PROTECTION',
  'PHYSICAL_PROTECTION',
  'TECHNICAL_PROTECTION',
  'BLIND_SPOTS',
  'ONE_TO_ONE_ROOMS',
  'DORMITORIES',
  'SURROUNDINGS',
  'RECORDS',
] as const;
export type InspectionItemGroup = (typeof INSPECTION_ITEM_GROUPS)[number];

/** PRV-1: every checklist item is passed, failed (a hazard) or not applicable here. */
export const INSPECTION_RESULTS = ['PASSED', 'FAILED', 'NOT_APPLICABLE'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** ORG-3: the institution's own self-inspection; PRV-1: inspectors on site, announced or not. */
export const INSPECTION_KINDS = ['SELF', 'ON_SITE', 'UNANNOUNCED'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** One item of a checklist template, with the rule it checks and its text in Chinese first. */
export interface InspectionTemplateItem {
  /** Stable within the template, e.g. 'PHYS-02'. */
  code: string;
  group: InspectionItemGroup;
  ruleId: RuleId;
  textZh: string;
  textEn: string;
  /** The kinds of institution it applies to; empty: every kind. */
  kinds: readonly InstitutionKind[];
}

export interface InspectionTemplate {
  code: string;
  nameZh: string;
  nameEn: string;
  items: readonly InspectionTemplateItem[];
}

/** Where a hazard stands in its rectification 整改 (PRV-1), beside its status from `hazardStatus`. */
export const HAZARD_STAGES = ['AWAITING_RECTIFICATION', 'AWAITING_VERIFICATION', 'CLOSED'] as const;
export type HazardStage = (typeof HAZARD_STAGES)[number];

/** What the rectification rules need to know about a stored hazard. */
export interface HazardFacts {
  foundAt: Date;
  ownerStaffId: string | null;
  dueAt: Date | null;
  /** The latest rectification recorded, if any, and where its verification stands. */
  latestRectification: { recordedAt: Date; verification: 'PENDING' | 'VERIFIED' | 'SENT_BACK' } | null;
}

/** PRV-1: an overdue hazard's alerts. The owner and the head at the due date, the section later. */
export const HAZARD_ALERT_KINDS = ['HAZARD_OVERDUE', 'HAZARD_ESCALATION'] as const;
export type HazardAlertKind = (typeof HAZARD_ALERT_KINDS)[number];

export type HazardAlertRecipient = 'OWNER' | 'HEAD' | 'SUPERVISING_SECTION';

export interface HazardAlert {
  kind: HazardAlertKind;
  at: Date;
  recipients: HazardAlertRecipient[];
  ruleIds: RuleId[];
}

/** PRV-1: every status `hazardStatus` answers, for filters and enums. */
export const HAZARD_STATUSES = [
  'INCOMPLETE',
  'OPEN',
  'OVERDUE',
  'RECTIFIED',
  'RECTIFIED_LATE',
] as const satisfies readonly HazardStatus[];
