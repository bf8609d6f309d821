import type {
  HazardStatus,
  BreachCode,
  IncidentCategory,
  IndicatorUnit,
  InstitutionKind,
  PeriodKind,
  Rag,
  SupervisingSection,
} from '@xiaohu/domain';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';
import { BreachCodeEnum, IncidentCategoryEnum } from '../incidents/incident.enums';
import { Institution } from '../institutions/institution.type';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';
import { DueCheckKindEnum, type DueCheckKind } from '../staff/staff.enums';
import { HazardStatusEnum } from '../inspections/inspections.enums';
import { PeriodKindEnum } from './oversight.inputs';

export const RagEnum = enumObject(['RED', 'AMBER', 'GREEN', 'NONE'] as const satisfies readonly Rag[]);
registerEnumType(RagEnum, { name: 'Rag', description: 'Red, amber or green; NONE when there is no figure.' });

export const IndicatorUnitEnum = enumObject([
  'COUNT',
  'MINUTES',
  'PERCENT',
] as const satisfies readonly IndicatorUnit[]);
registerEnumType(IndicatorUnitEnum, { name: 'IndicatorUnit', description: 'What a figure counts.' });

export const DRILL_LISTS = [
  'CASES',
  'DUE_CHECKS',
  'STAFF',
  'MISCONDUCT',
  'HAZARDS',
  'CAMPAIGNS',
  'PLACES',
  'SURROUNDINGS',
  'PREVENTION_GAPS',
  'NONE',
] as const;
export const DrillListEnum = enumObject(DRILL_LISTS);
registerEnumType(DrillListEnum, { name: 'DrillList', description: 'The list behind a figure.' });

@ObjectType({
  description:
    'The list behind a figure and its own conditions; the dashboard’s filters (and the period, when the figure is periodic) apply too.',
})
export class IndicatorDrill {
  @Field(() => DrillListEnum, { description: 'Which list.' })
  list: (typeof DRILL_LISTS)[number];

  @Field(() => String, {
    nullable: true,
    description: 'Cases: OPEN or CLOSED; surroundings: OPEN.',
  })
  state: 'OPEN' | 'CLOSED' | null;

  @Field(() => String, { nullable: true, description: 'Cases: a BreachCode, or ANY.' })
  breach: BreachCode | 'ANY' | null;

  @Field({ description: 'Cases: past the police deadline; due checks: overdue.' })
  overdue: boolean;

  @Field(() => DueCheckKindEnum, { nullable: true, description: 'Due checks: which kind.' })
  dueKind: DueCheckKind | null;

  @Field(() => [HazardStatusEnum], { description: 'Hazards: the statuses the list shows (empty otherwise).' })
  hazardStatuses: HazardStatus[];
}

@ObjectType({ description: 'One figure of the dashboard (issue 10), judged red, amber or green.' })
export class OversightIndicator {
  @Field({ description: 'Stable id from the domain’s indicator registry, e.g. OPEN_CASES.' })
  id: string;

  @Field(() => [String], { description: 'The rules behind it (DOMAIN.md).' })
  ruleIds: string[];

  @Field(() => IndicatorUnitEnum, { description: 'Count, minutes or percent.' })
  unit: IndicatorUnit;

  @Field(() => Float, { nullable: true, description: 'The figure; null when there is none to give.' })
  value: number | null;

  @Field(() => RagEnum, { description: 'Red, amber or green under the district’s thresholds.' })
  rag: Rag;

  @Field({ description: 'Counted over the period (cases recorded in it); otherwise a reading now.' })
  isPeriodic: boolean;

  @Field(() => IndicatorDrill, { description: 'The list to open with the figure.' })
  drill: IndicatorDrill;
}

@ObjectType({ description: 'The [start, end) of the chosen period.' })
export class OversightPeriod {
  @Field(() => PeriodKindEnum, { description: 'Which period.' })
  kind: PeriodKind;

  @Field({ description: 'First instant (included).' })
  start: Date;

  @Field({ description: 'End instant (excluded).' })
  end: Date;
}

@ObjectType({ description: 'Cases recorded in a calendar month (Asia/Shanghai), by category.' })
export class MonthlyCategoryCount {
  @Field({ description: 'YYYY-MM.' })
  month: string;

  @Field(() => IncidentCategoryEnum, { description: 'The category.' })
  category: IncidentCategory;

  @Field(() => Int, { description: 'Cases.' })
  count: number;
}

@ObjectType({ description: 'REP-3: police reports whose time from first knowledge fell in [from, to).' })
export class TimeToPoliceBucket {
  @Field(() => Float, { description: 'Minutes, included.' })
  fromMinutes: number;

  @Field(() => Float, { nullable: true, description: 'Minutes, excluded; null for the last bucket.' })
  toMinutes: number | null;

  @Field(() => Int, { description: 'Cases.' })
  count: number;

  @Field({ description: 'The whole bucket lies within the police deadline.' })
  isWithinDeadline: boolean;
}

@ObjectType({ description: 'REP-4: cases with a breach of one kind, for one supervising section.' })
export class SectionBreachCount {
  @Field(() => SupervisingSectionEnum, { description: 'The section (ORG-1).' })
  section: SupervisingSection;

  @Field(() => BreachCodeEnum, { description: 'The breach.' })
  breach: BreachCode;

  @Field(() => Int, { description: 'Cases.' })
  count: number;
}

@ObjectType({
  description: 'VET-1, VET-9, VET-10: active staff whose checks are current, by institution kind.',
})
export class KindCoverage {
  @Field(() => InstitutionKindEnum, { description: 'The kind.' })
  kind: InstitutionKind;

  @Field(() => Int, { description: 'Active staff.' })
  activeStaff: number;

  @Field(() => Int, { description: 'Of them, with no re-check or interview overdue.' })
  currentStaff: number;

  @Field(() => Float, { nullable: true, description: 'Percent; null without active staff.' })
  coverage: number | null;

  @Field(() => RagEnum, { description: 'Under VETTING_COVERAGE’s thresholds.' })
  rag: Rag;
}

@ObjectType({ description: 'One figure of one institution.' })
export class OversightCell {
  @Field({ description: 'The indicator’s id.' })
  id: string;

  @Field(() => Float, { nullable: true, description: 'The figure.' })
  value: number | null;

  @Field(() => RagEnum, { description: 'Red, amber or green.' })
  rag: Rag;
}

@ObjectType({ description: 'One row of the institution table.' })
export class OversightInstitutionRow {
  @Field(() => Institution, { description: 'The institution.' })
  institution: Institution;

  @Field(() => [OversightCell], { description: 'Its figures, in the table’s column order.' })
  cells: OversightCell[];
}

@ObjectType({ description: 'A page of the institution × indicators table.' })
export class OversightTable {
  @Field(() => [OversightInstitutionRow], { description: 'The page.' })
  rows: OversightInstitutionRow[];

  @Field(() => Int, { description: 'Institutions matching the filters.' })
  totalCount: number;
}

@ObjectType({ description: 'The oversight dashboard 监管总览 over the viewer’s scope.' })
export class Oversight {
  @Field(() => OversightPeriod, { description: 'The period the periodic figures count.' })
  period: OversightPeriod;

  @Field(() => [OversightIndicator], { description: 'The indicators, in the registry’s order.' })
  indicators: OversightIndicator[];

  @Field(() => [MonthlyCategoryCount], { description: 'Cases recorded per month and category.' })
  trend: MonthlyCategoryCount[];

  @Field(() => [TimeToPoliceBucket], { description: 'Time to the police report, against the deadline.' })
  timeToPolice: TimeToPoliceBucket[];

  @Field(() => Float, { description: 'REP-3: the police deadline, minutes.' })
  policeDeadlineMinutes: number;

  @Field(() => [SectionBreachCount], { description: 'Cases with a breach, by section and kind.' })
  breachesBySection: SectionBreachCount[];

  @Field(() => [KindCoverage], { description: 'Vetting coverage by institution kind.' })
  coverageByKind: KindCoverage[];

  @Field(() => OversightTable, { description: 'The institution × indicators table, one page.' })
  table: OversightTable;
}

@ObjectType({ description: 'One calendar month of an institution’s card.' })
export class InstitutionMonth {
  @Field({ description: 'YYYY-MM (Asia/Shanghai).' })
  month: string;

  @Field({ description: 'First instant of the month.' })
  start: Date;

  @Field({ description: 'First instant of the next month.' })
  end: Date;

  @Field(() => Int, { description: 'Cases recorded in the month.' })
  casesRecorded: number;

  @Field(() => [OversightCell], { description: 'The periodic indicators over the month.' })
  cells: OversightCell[];
}

@ObjectType({
  description: 'The institution card 校园保护档案: the dashboard’s indicators for one institution.',
})
export class InstitutionRecord {
  @Field(() => Institution, { description: 'The institution.' })
  institution: Institution;

  @Field(() => [OversightIndicator], { description: 'Now, and over the current school year.' })
  indicators: OversightIndicator[];

  @Field(() => OversightPeriod, { description: 'The school year the periodic indicators count.' })
  period: OversightPeriod;

  @Field(() => [InstitutionMonth], { description: 'The last twelve months, oldest first.' })
  months: InstitutionMonth[];
}
