import { Field, ID, InputType } from 'type-graphql';
import type { WelfareTalkKind } from './welfare-talk.entity';
import { WelfareTalkKindEnum } from './child-files.enums';

@InputType({ description: 'PRV-8: open a file for a child of a class who needs watching.' })
export class OpenChildFileInput {
  @Field(() => ID, { description: 'The child’s class, from the institution’s classes.' })
  classId: string;

  @Field({ description: 'The child’s name.' })
  childName: string;

  @Field(() => String, { nullable: true, description: 'Student number 学籍号.' })
  studentNumber?: string | null;

  @Field(() => [String], { description: 'Watch categories (at least one, from watchCategories).' })
  categories: string[];

  @Field(() => [ID], { nullable: true, description: 'Counsellors from the staff register.' })
  counsellorStaffIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The personal file 个人档案.' })
  personalFile?: string | null;

  @Field(() => String, { nullable: true, description: 'The mental-health growth file 心理健康成长档案.' })
  growthFile?: string | null;
}

@InputType({ description: 'PRV-8: change a file’s categories, counsellors, student number and files.' })
export class UpdateChildFileInput {
  @Field(() => ID, { description: 'The file.' })
  fileId: string;

  @Field(() => String, { nullable: true, description: 'Student number 学籍号.' })
  studentNumber?: string | null;

  @Field(() => [String], { description: 'Watch categories (at least one).' })
  categories: string[];

  @Field(() => [ID], { description: 'Counsellors from the staff register.' })
  counsellorStaffIds: string[];

  @Field(() => String, { nullable: true, description: 'The personal file.' })
  personalFile?: string | null;

  @Field(() => String, { nullable: true, description: 'The growth file.' })
  growthFile?: string | null;
}

@InputType({ description: 'PRV-8: close a file (the child no longer needs watching).' })
export class CloseChildFileInput {
  @Field(() => ID, { description: 'The file.' })
  fileId: string;

  @Field({ description: 'Why, e.g. 父母返乡 or 转学.' })
  reason: string;
}

@InputType({ description: 'PRV-8: a talk or class meeting held.' })
export class RecordWelfareTalkInput {
  @Field(() => ID, { description: 'The file.' })
  fileId: string;

  @Field(() => WelfareTalkKindEnum, { description: 'Talk or class meeting.' })
  kind: WelfareTalkKind;

  @Field(() => Date, { description: 'When it was held (not in the future).' })
  heldAt: Date;

  @Field({ description: 'What was said and agreed.' })
  note: string;
}

@InputType({ description: 'PRV-8: link a case about the child to the file.' })
export class LinkChildFileCaseInput {
  @Field(() => ID, { description: 'The file.' })
  fileId: string;

  @Field(() => ID, { description: 'A case of the same institution that the viewer may read.' })
  caseId: string;
}
