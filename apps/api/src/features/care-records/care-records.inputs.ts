import type { LegalVicePrincipalUnit, PlanLessonTopic } from '@xiaohu/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LegalVicePrincipalUnitEnum, PlanLessonTopicEnum } from './care-records.enums';

@InputType({ description: 'PRV-5: an appointment of a vice-principal for legal affairs 法治副校长.' })
export class RecordLegalVicePrincipalInput {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => LegalVicePrincipalUnitEnum, { description: 'Police, procuratorate, court or justice bureau.' })
  unit: LegalVicePrincipalUnit;

  @Field({ description: 'The unit’s own name, e.g. 九龙坡区公安分局杨家坪派出所.' })
  organisation: string;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  phone?: string | null;

  @Field({ description: 'The term’s first day, YYYY-MM-DD.' })
  termStart: string;

  @Field({ description: 'The term’s last day, YYYY-MM-DD (included).' })
  termEnd: string;
}

@InputType({ description: 'PRV-6: the sexual-abuse-prevention course delivered to classes of an intake.' })
export class RecordCourseDeliveryInput {
  @Field(() => ID, { description: 'The intake.' })
  intakeId: string;

  @Field(() => [ID], { description: 'The classes of the intake that had it (at least one).' })
  classIds: string[];

  @Field({ description: 'The day it was delivered, YYYY-MM-DD; not in the future.' })
  deliveredOn: string;

  @Field(() => ID, { description: 'The teacher, from the institution’s staff register.' })
  teacherStaffId: string;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType({ description: 'PRV-7: mental-health or puberty lessons of one class in the term’s plan.' })
export class RecordTeachingPlanInput {
  @Field(() => ID, { description: 'The class.' })
  classId: string;

  @Field(() => PlanLessonTopicEnum, { description: 'Mental health or puberty.' })
  topic: PlanLessonTopic;

  @Field(() => Int, { description: 'Lessons, 1 to 60.' })
  lessons: number;

  @Field({ description: 'A day of the term the lessons are planned in, YYYY-MM-DD.' })
  plannedOn: string;
}

@InputType({ description: 'PRV-7: the counselling room 心理辅导室 and hotline (replaces the last record).' })
export class RecordCounsellingInput {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'A counselling room exists.' })
  hasCounsellingRoom: boolean;

  @Field(() => String, { nullable: true, description: 'Where the room is (required with a room).' })
  roomLocation?: string | null;

  @Field(() => String, { nullable: true, description: 'The hotline number.' })
  hotline?: string | null;
}
