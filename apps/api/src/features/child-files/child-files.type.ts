import type { IncidentCategory, IncidentState, InstitutionKind, UnitCode } from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IncidentCategoryEnum, IncidentStateEnum } from '../incidents/incident.enums';
import { InstitutionKindEnum, UnitCodeEnum } from '../organisation/organisation.enums';
import type { WelfareTalkKind } from './welfare-talk.entity';
import { WelfareTalkKindEnum } from './child-files.enums';

@ObjectType({ description: 'A staff member of the institution’s register, as a child file names them.' })
export class ChildFileStaff {
  @Field(() => ID, { description: 'Staff member id.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field({ description: 'Post, e.g. 心理辅导老师.' })
  post: string;
}

@ObjectType({ description: 'PRV-8: when the next talk is due (welfareTalkStatus).' })
export class WelfareTalkStatusView {
  @Field(() => Date, { nullable: true, description: 'The last talk or class meeting held, if any.' })
  lastTalkAt: Date | null;

  @Field(() => Date, { description: 'When the next one is due (from the last, else from the opening).' })
  dueAt: Date;

  @Field({ description: 'Due and not held (an open file only).' })
  isOverdue: boolean;
}

@ObjectType({ description: 'PRV-8: a talk 谈心 or a class meeting about a watched child.' })
export class WelfareTalkView {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => WelfareTalkKindEnum, { description: 'Talk or class meeting.' })
  kind: WelfareTalkKind;

  @Field(() => Date, { description: 'When it was held.' })
  heldAt: Date;

  @Field(() => String, { nullable: true, description: 'Who held it, from the staff register.' })
  byStaffName: string | null;

  @Field({ description: 'The note (encrypted at rest).' })
  note: string;
}

@ObjectType({ description: 'PRV-8: a case linked to the child’s file, as far as the viewer may read it.' })
export class ChildFileLinkedCase {
  @Field(() => ID, { description: 'The case.' })
  id: string;

  @Field(() => IncidentCategoryEnum, { description: 'Its category.' })
  category: IncidentCategory;

  @Field(() => IncidentStateEnum, { description: 'Its state.' })
  state: IncidentState;

  @Field(() => Date, { description: 'When it was received.' })
  receivedAt: Date;
}

@ObjectType({ description: 'PRV-8: what the viewer may do with this file (childFileAccess).' })
export class ChildFileViewerCan {
  @Field({ description: 'Record a talk or class meeting.' })
  recordTalk: boolean;

  @Field({ description: 'Change categories, counsellors and the files; link a case.' })
  updateFile: boolean;

  @Field({ description: 'Close the file (the head).' })
  closeFile: boolean;
}

@ObjectType({
  description:
    'PRV-8: a watched child’s file, for the need-to-know group only (the child’s head teacher, counsellors, ' +
    'the head, designated 安稳办 officers). Every read is audited.',
})
export class ChildFile {
  @Field(() => ID, { description: 'Stable identifier (never the child’s name).' })
  id: string;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => ID, { description: 'The child’s class.' })
  classId: string;

  @Field({ description: 'The class’s name.' })
  className: string;

  @Field(() => String, { nullable: true, description: 'The class’s head teacher 班主任.' })
  headTeacherName: string | null;

  @Field({ description: 'The child’s name.' })
  childName: string;

  @Field(() => String, { nullable: true, description: 'Student number 学籍号.' })
  studentNumber: string | null;

  @Field(() => [String], { description: 'Watch categories (LEFT_BEHIND, IN_DIFFICULTY, the district’s).' })
  categories: string[];

  @Field(() => [ChildFileStaff], { description: 'Counsellors 心理辅导老师 named on the file.' })
  counsellors: ChildFileStaff[];

  @Field(() => String, { nullable: true, description: 'The personal file 个人档案.' })
  personalFile: string | null;

  @Field(() => String, { nullable: true, description: 'The mental-health growth file 心理健康成长档案.' })
  growthFile: string | null;

  @Field(() => Date, { description: 'When the file was opened.' })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was closed.' })
  closingReason: string | null;

  @Field(() => WelfareTalkStatusView, { description: 'The talks’ due date and whether one is overdue.' })
  talkStatus: WelfareTalkStatusView;

  @Field(() => [WelfareTalkView], {
    description: 'Talks and class meetings, newest first (on one file only).',
  })
  talks: WelfareTalkView[];

  @Field(() => [ChildFileLinkedCase], { description: 'Linked cases the viewer may read (on one file only).' })
  cases: ChildFileLinkedCase[];

  @Field(() => Int, { description: 'Linked cases the viewer may not read.' })
  hiddenCaseCount: number;

  @Field(() => ChildFileViewerCan, { description: 'What the viewer may do.' })
  viewerCan: ChildFileViewerCan;
}

@ObjectType({ description: 'PRV-8: the viewer’s watched children (names for the need-to-know group only).' })
export class ChildFileList {
  @Field({ description: 'Whether the viewer sees children at all; false means counts only.' })
  showsChildren: boolean;

  @Field(() => [ChildFile], { description: 'Open files first, overdue talks first, then by due date.' })
  items: ChildFile[];
}

@ObjectType({
  description: 'PRV-8: how many watched children one institution has in one category; never names.',
})
export class ChildFileCount {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => InstitutionKindEnum, { description: 'Its kind.' })
  institutionKind: InstitutionKind;

  @Field(() => UnitCodeEnum, { description: 'The section that supervises it (ORG-1).' })
  section: UnitCode;

  @Field({ description: 'The watch category.' })
  category: string;

  @Field(() => Int, { description: 'Open files.' })
  openCount: number;

  @Field(() => Int, { description: 'Open files whose talk is overdue.' })
  overdueCount: number;
}

@ObjectType({ description: 'A class a file may be opened in, with its head teacher.' })
export class ChildFileClassOption {
  @Field(() => ID, { description: 'The class.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Its head teacher.' })
  headTeacherName: string | null;
}

@ObjectType({
  description: 'PRV-8: what the open-a-file form offers the viewer (empty when she opens none).',
})
export class ChildFileForm {
  @Field(() => [ChildFileClassOption], { description: 'Open classes where the viewer may open a file.' })
  classes: ChildFileClassOption[];

  @Field(() => [String], { description: 'The district’s watch categories (watchCategories).' })
  categories: string[];

  @Field(() => [ChildFileStaff], { description: 'Serving staff of the register, for counsellors.' })
  staff: ChildFileStaff[];
}
