import { Field, ID, ObjectType } from 'type-graphql';
import { StaffChoice } from '../care-records/care-records.type';

@ObjectType({ description: 'PRV-6 to PRV-8: a class 班级 and its head teacher 班主任.' })
export class SchoolClass {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name, unique in the institution, e.g. 2026级(1)班.' })
  name: string;

  @Field(() => ID, { description: 'Its intake.' })
  intakeId: string;

  @Field(() => ID, { nullable: true, description: 'The head teacher, from the staff register.' })
  headTeacherStaffId: string | null;

  @Field(() => String, { nullable: true, description: 'The head teacher’s name.' })
  headTeacherName: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it closed (graduated, merged); null while taught.',
  })
  closedAt: Date | null;
}

@ObjectType({ description: 'PRV-6: an intake 年级/届 and its classes.' })
export class Intake {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name, e.g. 2026级.' })
  name: string;

  @Field(() => Date, { description: 'Enrolment day.' })
  enrolledAt: Date;

  @Field(() => [SchoolClass], { description: 'Its classes, open ones first, by name.' })
  classes: SchoolClass[];
}

@ObjectType({ description: 'What the viewer may do with the classes (careRecordsAccess).' })
export class ClassesViewerCan {
  @Field({ description: 'Record intakes and classes, assign head teachers, close classes (the head).' })
  manageClasses: boolean;
}

@ObjectType({ description: 'PRV-6 to PRV-8: an institution’s intakes and classes.' })
export class IntakeRegister {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => [Intake], { description: 'Newest enrolment first.' })
  intakes: Intake[];

  @Field(() => ClassesViewerCan, { description: 'What the viewer may do.' })
  viewerCan: ClassesViewerCan;

  @Field(() => [StaffChoice], {
    description: 'The staff register for choosing head teachers; empty for readers.',
  })
  staffChoices: StaffChoice[];
}
