import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'PRV-6: a new intake 年级/届.' })
export class RecordIntakeInput {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Name, e.g. 2026级; unique in the institution.' })
  name: string;

  @Field({ description: 'Enrolment day, YYYY-MM-DD.' })
  enrolledOn: string;
}

@InputType({ description: 'PRV-6: a new class of an intake.' })
export class RecordClassInput {
  @Field(() => ID, { description: 'The intake.' })
  intakeId: string;

  @Field({ description: 'Name, e.g. 2026级(3)班; unique in the institution.' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'The head teacher, from the staff register.' })
  headTeacherStaffId?: string | null;
}

@InputType({ description: 'PRV-8: a class’s head teacher 班主任 (null: none).' })
export class AssignHeadTeacherInput {
  @Field(() => ID, { description: 'The class.' })
  classId: string;

  @Field(() => ID, { nullable: true, description: 'The head teacher, from the staff register; null clears.' })
  headTeacherStaffId?: string | null;
}

@InputType({ description: 'A class that left (graduated, merged): kept for its records.' })
export class CloseClassInput {
  @Field(() => ID, { description: 'The class.' })
  classId: string;
}
