import type { InstitutionKind, PeriodKind, SupervisingSection } from '@xiaohu/domain';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';

export const PERIOD_KINDS = [
  'MONTH',
  'TERM',
  'SCHOOL_YEAR',
  'CUSTOM',
] as const satisfies readonly PeriodKind[];
export const PeriodKindEnum = enumObject(PERIOD_KINDS);
registerEnumType(PeriodKindEnum, {
  name: 'PeriodKind',
  description: 'The dashboard’s period: 本月, 本学期 (half a school year), 本学年, or 自定义 (from, to).',
});

export const INSTITUTION_ORDERS = [
  'NAME',
  'OPEN_CASES',
  'POLICE_DEADLINE_PASSED',
  'BREACHES',
  'TIME_TO_POLICE_MEDIAN',
  'VETTING_COVERAGE',
  'OVERDUE_RECHECKS',
  'OVERDUE_INTERVIEWS',
  'OPEN_MISCONDUCT',
  'HAZARDS_OVERDUE',
] as const;
export type InstitutionOrder = (typeof INSTITUTION_ORDERS)[number];
export const InstitutionOrderEnum = enumObject(INSTITUTION_ORDERS);
registerEnumType(InstitutionOrderEnum, {
  name: 'OversightInstitutionOrder',
  description: 'The column the institution table is sorted by (the worst first, then by name).',
});

@InputType({ description: 'The dashboard’s period and filters; all given conditions must hold.' })
export class OversightFilter {
  @Field(() => PeriodKindEnum, { defaultValue: 'MONTH', description: 'The period; default this month.' })
  period: PeriodKind;

  @Field(() => String, { nullable: true, description: 'CUSTOM: first day, YYYY-MM-DD in Asia/Shanghai.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'CUSTOM: last day (included), YYYY-MM-DD.' })
  to?: string | null;

  @Field(() => SupervisingSectionEnum, {
    nullable: true,
    description: 'Only the institutions this section supervises (ORG-1).',
  })
  section?: SupervisingSection | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Only institutions of this kind.' })
  institutionKind?: InstitutionKind | null;

  @Field(() => String, { nullable: true, description: 'Only institutions in this street or town 镇街.' })
  street?: string | null;
}

@InputType({ description: 'A page of the institution table.' })
export class OversightTablePage {
  @Field(() => InstitutionOrderEnum, { defaultValue: 'POLICE_DEADLINE_PASSED', description: 'Sort column.' })
  orderBy: InstitutionOrder;

  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip.' })
  offset: number;

  @Field(() => Int, { defaultValue: 20, description: 'Rows, 1 to 100.' })
  first: number;
}
