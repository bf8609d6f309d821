/** The six kinds of institution the plan addresses (its salutation and 一). */
export const INSTITUTION_KINDS = [
  'PRIMARY',
  'SECONDARY',
  'KINDERGARTEN',
  'VOCATIONAL_SCHOOL',
  'TRAINING_INSTITUTION',
  'SPECIAL_EDUCATION',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** Committee units of section 三, by their stable codes. */
export const UNIT_CODES = [
  'LEAD',
  'OFFICE',
  'POLICY',
  'SAFETY',
  'PRESCHOOL',
  'BASIC',
  'VOCATIONAL',
  'HEALTH',
  'PERSONNEL',
  'INSPECT',
] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

/** The sections that supervise institutions by kind (ORG-1). */
export const SUPERVISING_SECTIONS = ['BASIC', 'PRESCHOOL', 'VOCATIONAL'] as const;
export type SupervisingSection = (typeof SUPERVISING_SECTIONS)[number];

/** A rule ID of DOMAIN.md, e.g. 'ORG-1'. */
export type RuleId = `${'ORG' | 'VET' | 'REP' | 'PRV' | 'ACC'}-${number}`;

/** Where a decision comes from: the rule and the plan's clause (section mark). */
export interface Reason {
  ruleId: RuleId;
  clause: string;
}

/** Duties that section 三 assigns to units. */
export const DUTY_CODES = [
  'COORDINATION',
  'DAILY_COORDINATION',
  'LEGAL_EDUCATION',
  'NEW_INSTITUTION_STAFF_VETTING',
  'POLICE_LIAISON',
  'INCIDENT_REPORT_RECEIPT',
  'LETTERS_AND_VISITS',
  'THREE_PROTECTIONS',
  'ANTI_SEXUAL_ABUSE_EDUCATION',
  'IN_SERVICE_STAFF_CHECKS',
  'ONE_TO_ONE_VIDEO_MONITORING',
  'MENTAL_HEALTH_EDUCATION',
  'HYGIENE_PUBLICITY',
  'NEW_TEACHER_ENTRY_CHECK',
  'TEMPORARY_HIRE_CHECK',
  'TEACHER_ETHICS',
  'NO1_RECOMMENDATION_INSPECTION',
  'SUPERVISION',
] as const;
export type DutyCode = (typeof DUTY_CODES)[number];

/** One unit responsible for a duty at a kind of institution, and why. */
export interface Responsibility extends Reason {
  unit: UnitCode;
}

/** A committee member or institution staff member, as far as scope is concerned. */
export type Actor = { type: 'COMMITTEE'; unit: UnitCode } | { type: 'INSTITUTION'; institutionId: string };

/** What the scope rule needs to know about an institution. */
export interface InstitutionRef {
  id: string;
  kind: InstitutionKind;
}
