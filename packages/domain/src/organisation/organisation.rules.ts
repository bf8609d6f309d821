import type { DistrictPolicy } from '../policy/policy';
import {
  INSTITUTION_KINDS,
  type Actor,
  type DutyCode,
  type InstitutionKind,
  type InstitutionRef,
  type Reason,
  type Responsibility,
  type RuleId,
  type SupervisingSection,
  type UnitCode,
} from './organisation.types';

/** ORG-1: the section that supervises a kind of institution, and why. */
export function supervisingSection(
  kind: InstitutionKind,
  policy: DistrictPolicy,
): { unit: SupervisingSection; ruleId: 'ORG-1'; clause: string; isDistrictDefault: boolean } {
  switch (kind) {
    case 'KINDERGARTEN':
      return { unit: 'PRESCHOOL', ruleId: 'ORG-1', clause: '三', isDistrictDefault: false };
    case 'PRIMARY':
    case 'SECONDARY':
      return { unit: 'BASIC', ruleId: 'ORG-1', clause: '三', isDistrictDefault: false };
    case 'VOCATIONAL_SCHOOL':
    case 'TRAINING_INSTITUTION':
      return { unit: 'VOCATIONAL', ruleId: 'ORG-1', clause: '三', isDistrictDefault: false };
    case 'SPECIAL_EDUCATION':
      // The plan names no section for special-education schools: a district setting.
      return {
        unit: policy.specialEducationSupervisor,
        ruleId: 'ORG-1',
        clause: '三',
        isDistrictDefault: true,
      };
  }
}

interface DutyDefinition {
  duty: DutyCode;
  ruleId: RuleId;
  clause: string;
  units: (kind: InstitutionKind, policy: DistrictPolicy) => UnitCode[];
}

const everyKind =
  (...units: UnitCode[]) =>
  (): UnitCode[] =>
    units;
const onlyKinds =
  (kinds: InstitutionKind[], ...units: UnitCode[]) =>
  (kind: InstitutionKind): UnitCode[] =>
    kinds.includes(kind) ? units : [];
const bySupervisor = (kind: InstitutionKind, policy: DistrictPolicy): UnitCode[] => [
  supervisingSection(kind, policy).unit,
];

// Section 三 of the plan, one row per duty. Everything that routes work or scopes a view
// derives from this table (ORG-2).
const DUTIES: readonly DutyDefinition[] = [
  { duty: 'COORDINATION', ruleId: 'ORG-2', clause: '三', units: everyKind('LEAD') },
  { duty: 'DAILY_COORDINATION', ruleId: 'ORG-2', clause: '二', units: everyKind('OFFICE') },
  { duty: 'LEGAL_EDUCATION', ruleId: 'PRV-5', clause: '三', units: everyKind('POLICY') },
  {
    duty: 'NEW_INSTITUTION_STAFF_VETTING',
    ruleId: 'VET-4',
    clause: '三',
    units: onlyKinds(['KINDERGARTEN', 'TRAINING_INSTITUTION'], 'POLICY'),
  },
  { duty: 'POLICE_LIAISON', ruleId: 'ORG-2', clause: '三', units: everyKind('SAFETY') },
  { duty: 'INCIDENT_REPORT_RECEIPT', ruleId: 'REP-8', clause: '三', units: everyKind('SAFETY') },
  { duty: 'LETTERS_AND_VISITS', ruleId: 'REP-8', clause: '三', units: everyKind('SAFETY') },
  { duty: 'THREE_PROTECTIONS', ruleId: 'PRV-1', clause: '三', units: everyKind('SAFETY') },
  { duty: 'ANTI_SEXUAL_ABUSE_EDUCATION', ruleId: 'ORG-1', clause: '三', units: bySupervisor },
  {
    duty: 'IN_SERVICE_STAFF_CHECKS',
    ruleId: 'VET-9',
    clause: '三',
    units: (kind) =>
      kind === 'KINDERGARTEN' ? ['PRESCHOOL'] : kind === 'TRAINING_INSTITUTION' ? ['VOCATIONAL'] : [],
  },
  {
    duty: 'ONE_TO_ONE_VIDEO_MONITORING',
    ruleId: 'PRV-2',
    clause: '三',
    units: onlyKinds(['TRAINING_INSTITUTION'], 'VOCATIONAL'),
  },
  { duty: 'MENTAL_HEALTH_EDUCATION', ruleId: 'PRV-7', clause: '三', units: everyKind('HEALTH') },
  { duty: 'HYGIENE_PUBLICITY', ruleId: 'ORG-2', clause: '三', units: everyKind('HEALTH') },
  { duty: 'NEW_TEACHER_ENTRY_CHECK', ruleId: 'VET-2', clause: '三', units: everyKind('PERSONNEL') },
  // VET-3: PERSONNEL guides (oversees) the institution's own pre-start check; it is no gate.
  { duty: 'TEMPORARY_HIRE_CHECK', ruleId: 'VET-3', clause: '三', units: everyKind('PERSONNEL') },
  { duty: 'TEACHER_ETHICS', ruleId: 'ORG-2', clause: '三', units: everyKind('PERSONNEL') },
  {
    duty: 'NO1_RECOMMENDATION_INSPECTION',
    ruleId: 'ACC-1',
    clause: '三',
    units: everyKind('INSPECT'),
  },
  { duty: 'SUPERVISION', ruleId: 'ORG-1', clause: '三', units: bySupervisor },
];

/** ORG-2: the units responsible for a duty at a kind of institution, each with rule and clause. */
export function responsibleUnits(
  duty: DutyCode,
  kind: InstitutionKind,
  policy: DistrictPolicy,
): Responsibility[] {
  const definition = DUTIES.find((d) => d.duty === duty);
  if (!definition) return [];
  return definition
    .units(kind, policy)
    .map((unit) => ({ unit, ruleId: definition.ruleId, clause: definition.clause }));
}

/** One cell of the responsibility matrix 职责分工. */
export interface MatrixCell {
  duty: DutyCode;
  kind: InstitutionKind;
  responsibilities: Responsibility[];
}

/** ORG-2: the whole responsibility matrix, duties × institution kinds. */
export function responsibilityMatrix(policy: DistrictPolicy): MatrixCell[] {
  return DUTIES.flatMap((d) =>
    INSTITUTION_KINDS.map((kind) => ({
      duty: d.duty,
      kind,
      responsibilities: responsibleUnits(d.duty, kind, policy),
    })),
  );
}

/** ORG-2: the duties that apply to one kind of institution, with their responsible units. */
export function dutiesFor(kind: InstitutionKind, policy: DistrictPolicy): MatrixCell[] {
  return responsibilityMatrix(policy).filter(
    (cell) => cell.kind === kind && cell.responsibilities.length > 0,
  );
}

/** Units that act on every kind of institution (ORG-1, the last sentence). */
const DISTRICT_WIDE_UNITS: readonly UnitCode[] = [
  'LEAD',
  'OFFICE',
  'POLICY',
  'SAFETY',
  'HEALTH',
  'PERSONNEL',
  'INSPECT',
];

/** Which institutions an actor may see, in a form a query can filter on. */
export type Scope =
  | { type: 'ALL'; reason: Reason }
  | { type: 'KINDS'; kinds: InstitutionKind[]; reason: Reason }
  | { type: 'INSTITUTION'; institutionId: string; reason: Reason };

/** ORG-1, ORG-3: an actor's scope. Staff see their own institution; sections the kinds they supervise. */
export function scopeOf(actor: Actor, policy: DistrictPolicy): Scope {
  if (actor.type === 'INSTITUTION') {
    return {
      type: 'INSTITUTION',
      institutionId: actor.institutionId,
      reason: { ruleId: 'ORG-3', clause: '五(一)' },
    };
  }
  if (DISTRICT_WIDE_UNITS.includes(actor.unit)) {
    return { type: 'ALL', reason: { ruleId: 'ORG-1', clause: '三' } };
  }
  const kinds = INSTITUTION_KINDS.filter((k) => supervisingSection(k, policy).unit === actor.unit);
  return { type: 'KINDS', kinds, reason: { ruleId: 'ORG-1', clause: '三' } };
}

/** ORG-1: does this scope include this institution? */
export function scopeIncludes(scope: Scope, institution: InstitutionRef): boolean {
  switch (scope.type) {
    case 'ALL':
      return true;
    case 'KINDS':
      return scope.kinds.includes(institution.kind);
    case 'INSTITUTION':
      return scope.institutionId === institution.id;
  }
}

/** ORG-1: may this actor see this institution? Derived from `scopeOf`, so the two never disagree. */
export function canSee(
  actor: Actor,
  institution: InstitutionRef,
  policy: DistrictPolicy,
): { visible: boolean; reason: Reason } {
  const scope = scopeOf(actor, policy);
  return { visible: scopeIncludes(scope, institution), reason: scope.reason };
}
