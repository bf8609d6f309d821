import type { InstitutionKind, StaffRole, UnitCode } from '@xiaohu/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import { InstitutionKindEnum, UnitCodeEnum } from '../organisation/organisation.enums';
import { DueCheckKindEnum, StaffRoleEnum, type DueCheckKind } from './staff.enums';

@ObjectType({
  description: 'A re-check (VET-9) or reminder interview (VET-10) due for an active staff member.',
})
export class DueCheck {
  @Field(() => DueCheckKindEnum, { description: 'RECHECK or REMINDER_INTERVIEW.' })
  kind: DueCheckKind;

  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field({ description: 'The staff member’s name.' })
  staffName: string;

  @Field({ description: 'The masked ID number.' })
  idNumberMasked: string;

  @Field(() => StaffRoleEnum, { description: 'Role.' })
  role: StaffRole;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'The institution’s name.' })
  institutionName: string;

  @Field(() => Date, { nullable: true, description: 'The last one, if any.' })
  lastAt: Date | null;

  @Field(() => Date, { description: 'When the next is due.' })
  dueAt: Date;

  @Field({ description: 'Whether it is overdue now.' })
  isOverdue: boolean;

  @Field({ description: 'VET-9 or VET-10.' })
  ruleId: string;

  @Field(() => [UnitCodeEnum], { description: 'The sections that supervise it.' })
  supervisedBy: UnitCode[];
}

@ObjectType({ description: 'Due re-checks and interviews, soonest first, one keyset page.' })
export class DueCheckList {
  @Field(() => [DueCheck], { description: 'At most `first` items, by due date.' })
  items: DueCheck[];

  @Field(() => Int, { description: 'How many match the filter.' })
  totalCount: number;

  @Field(() => Int, { description: 'How many of those are overdue.' })
  overdueCount: number;

  @Field(() => PageInfo, { description: 'Whether more follow; pass endCursor as `after` for the next page.' })
  pageInfo: PageInfo;
}

@InputType({ description: 'Narrows the due list; all given conditions must hold.' })
export class DueCheckFilter {
  @Field(() => ID, { nullable: true, description: 'One institution.' })
  institutionId?: string | null;

  @Field(() => UnitCodeEnum, { nullable: true, description: 'Institutions this section supervises (ORG-1).' })
  section?: UnitCode | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Only institutions of this kind.' })
  institutionKind?: InstitutionKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only institutions in this street or town 镇街 (exact name, 1 to 40 characters).',
  })
  street?: string | null;

  @Field(() => DueCheckKindEnum, { nullable: true, description: 'Only this kind.' })
  kind?: DueCheckKind | null;

  @Field(() => Boolean, { nullable: true, description: 'True: overdue only; false: not overdue only.' })
  isOverdue?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Due before this instant.' })
  dueBefore?: Date | null;
}
