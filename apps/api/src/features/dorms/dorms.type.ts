import type { DormRefusal, StaffRole } from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import { StaffRoleEnum } from '../staff/staff.enums';
import type { DormDecision, DormPurpose } from './dorm-entry.entity';
import { DormDecisionEnum, DormPurposeEnum, DormRefusalEnum } from './dorms.enums';

@ObjectType({ description: 'PRV-4: one attempt at a dormitory door: an entry, or a refused attempt.' })
export class DormEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => ID, { description: 'The person, from the staff register.' })
  staffMemberId: string;

  @Field({ description: 'Their name.' })
  staffName: string;

  @Field(() => StaffRoleEnum, { description: 'Their role on the register.' })
  staffRole: StaffRole;

  @Field(() => DormPurposeEnum, { description: 'Why they came.' })
  purpose: DormPurpose;

  @Field(() => String, { nullable: true, description: 'A note on the purpose.' })
  purposeNote: string | null;

  @Field(() => DormDecisionEnum, { description: 'Entered or refused.' })
  decision: DormDecision;

  @Field(() => DormRefusalEnum, { nullable: true, description: 'Why refused, when refused.' })
  refusal: DormRefusal | null;

  @Field({ description: 'A head teacher’s dorm check: the registration PRV-4 requires.' })
  isRegistrationRequired: boolean;

  @Field(() => Date, { description: 'When they came to the door.' })
  enteredAt: Date;

  @Field(() => Date, { nullable: true, description: 'When they left, once recorded.' })
  exitedAt: Date | null;

  @Field({ description: 'Within the district’s night window (isNightEntry).' })
  isNight: boolean;

  @Field({ description: 'Who recorded it at the door.' })
  recordedByName: string;

  @Field({ description: 'Whether the viewer may record the exit now.' })
  canRecordExit: boolean;
}

@ObjectType({ description: 'A page of dorm entries, newest first.' })
export class DormEntryConnection {
  @Field(() => [DormEntry], { description: 'The page.' })
  items: DormEntry[];

  @Field(() => Int, { description: 'All entries matching the filter.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Keyset paging.' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'A person of the register, as the door page offers them.' })
export class DormDoorPerson {
  @Field(() => ID, { description: 'Staff member id.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => StaffRoleEnum, { description: 'Register role.' })
  role: StaffRole;

  @Field({ description: 'Post, e.g. 三年级二班班主任.' })
  post: string;
}

@ObjectType({ description: 'PRV-4: the dormitory door of the viewer’s institution.' })
export class DormDoor {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field({ description: 'Whether it boards (has dormitories).' })
  isBoarding: boolean;

  @Field({ description: 'Whether the viewer may record entries here (dormAccess).' })
  canRecordEntry: boolean;

  @Field(() => Int, { description: 'Night window start, minutes after local midnight.' })
  nightStartMinute: number;

  @Field(() => Int, { description: 'Night window end, minutes after local midnight.' })
  nightEndMinute: number;

  @Field(() => [DormEntry], { description: 'People inside now (entered, exit not recorded), oldest first.' })
  inside: DormEntry[];
}
