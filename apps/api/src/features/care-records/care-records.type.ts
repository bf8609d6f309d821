import type {
  BullyingDocumentKind,
  CourseStatusCode,
  LegalVicePrincipalStatusCode,
  LegalVicePrincipalUnit,
  PlanLessonTopic,
  StaffRole,
} from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StaffRoleEnum } from '../staff/staff.enums';
import {
  BullyingDocumentKindEnum,
  CourseStatusEnum,
  LegalVicePrincipalStatusEnum,
  LegalVicePrincipalUnitEnum,
  PlanLessonTopicEnum,
} from './care-records.enums';

@ObjectType({
  description: 'A person of the institution’s staff register, as the care-record forms offer them.',
})
export class StaffChoice {
  @Field(() => ID, { description: 'Staff member id.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field({ description: 'Post, e.g. 三年级二班班主任.' })
  post: string;

  @Field(() => StaffRoleEnum, { description: 'Register role.' })
  role: StaffRole;
}

@ObjectType({ description: 'PRV-5: one appointment of a vice-principal for legal affairs 法治副校长.' })
export class LegalVicePrincipal {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => LegalVicePrincipalUnitEnum, { description: 'Police, procuratorate, court or justice bureau.' })
  unit: LegalVicePrincipalUnit;

  @Field({ description: 'The unit’s own name, e.g. 九龙坡区公安分局杨家坪派出所.' })
  organisation: string;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  phone: string | null;

  @Field(() => Date, { description: 'The term’s first day.' })
  termStart: Date;

  @Field(() => Date, { description: 'The term ends before this instant (the day after its last day).' })
  termEnd: Date;
}

@ObjectType({
  description: 'PRV-5: the institution’s vice-principal for legal affairs now (legalVicePrincipalStatus).',
})
export class LegalVicePrincipalOverview {
  @Field(() => LegalVicePrincipalStatusEnum, { description: 'MISSING, EXPIRED, EXPIRING or ACTIVE.' })
  status: LegalVicePrincipalStatusCode;

  @Field({ description: 'MISSING and EXPIRED are gaps.' })
  isGap: boolean;

  @Field({ description: 'EXPIRING: ends within the district’s warning days with no successor.' })
  isWarning: boolean;

  @Field(() => Date, { nullable: true, description: 'When the appointment in force ends.' })
  endsAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The appointment in force, or the last that ended.' })
  appointmentId: string | null;

  @Field(() => [LegalVicePrincipal], { description: 'Every appointment, latest term first.' })
  appointments: LegalVicePrincipal[];
}

@ObjectType({ description: 'PRV-6: the sexual-abuse-prevention course delivered to classes of an intake.' })
export class CourseDelivery {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The intake.' })
  intakeId: string;

  @Field(() => Date, { description: 'The day it was delivered.' })
  deliveredAt: Date;

  @Field(() => [ID], { description: 'The classes that had it.' })
  classIds: string[];

  @Field(() => [String], { description: 'Their names.' })
  classNames: string[];

  @Field(() => ID, { description: 'The teacher, from the staff register.' })
  teacherStaffId: string;

  @Field({ description: 'The teacher’s name.' })
  teacherName: string;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note: string | null;
}

@ObjectType({ description: 'PRV-6: one intake and its course status (courseStatus).' })
export class IntakeCourse {
  @Field(() => ID, { description: 'The intake.' })
  intakeId: string;

  @Field({ description: 'Its name, e.g. 2026级.' })
  intakeName: string;

  @Field(() => Date, { description: 'Enrolment day.' })
  enrolledAt: Date;

  @Field(() => CourseStatusEnum, { description: 'PENDING, DELIVERED, DELIVERED_LATE or OVERDUE.' })
  status: CourseStatusCode;

  @Field(() => Date, { description: 'Enrolment + the district’s preventionCourseDays.' })
  deadline: Date;

  @Field(() => Date, { nullable: true, description: 'When its last class had the course.' })
  deliveredAt: Date | null;

  @Field(() => [String], { description: 'Classes without the course yet.' })
  undeliveredClassNames: string[];

  @Field(() => [CourseDelivery], { description: 'Deliveries, newest first.' })
  deliveries: CourseDelivery[];
}

@ObjectType({ description: 'PRV-7: a class (open) as the care records list it.' })
export class CareClass {
  @Field(() => ID, { description: 'The class.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => ID, { description: 'Its intake.' })
  intakeId: string;
}

@ObjectType({ description: 'PRV-7: mental-health and puberty lessons of one class this term.' })
export class ClassLessons {
  @Field(() => ID, { description: 'The class.' })
  classId: string;

  @Field({ description: 'Its name.' })
  className: string;

  @Field(() => Int, { description: 'Lessons planned this term.' })
  lessons: number;

  @Field({ description: 'Fewer than the district’s minimum.' })
  isShort: boolean;
}

@ObjectType({ description: 'PRV-7: one line of the teaching plan.' })
export class TeachingPlanEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The class.' })
  classId: string;

  @Field({ description: 'Its name.' })
  className: string;

  @Field(() => PlanLessonTopicEnum, { description: 'Mental health or puberty.' })
  topic: PlanLessonTopic;

  @Field(() => Int, { description: 'Lessons.' })
  lessons: number;

  @Field(() => Date, { description: 'A day of the term they are planned in.' })
  plannedAt: Date;
}

@ObjectType({ description: 'PRV-7: this term’s teaching plan (teachingPlanStatus).' })
export class TeachingPlan {
  @Field(() => Date, { description: 'The term’s start.' })
  termStart: Date;

  @Field(() => Date, { description: 'The term’s end (exclusive).' })
  termEnd: Date;

  @Field(() => Int, { description: 'The district’s minimum lessons per class and term.' })
  minLessonsPerClass: number;

  @Field(() => [ClassLessons], { description: 'Each open class with its lessons this term.' })
  classes: ClassLessons[];

  @Field(() => [TeachingPlanEntry], { description: 'This term’s entries, newest first.' })
  entries: TeachingPlanEntry[];
}

@ObjectType({ description: 'PRV-7: the counselling room 心理辅导室 and hotline.' })
export class Counselling {
  @Field({ description: 'A counselling room exists.' })
  hasCounsellingRoom: boolean;

  @Field(() => String, { nullable: true, description: 'Where the room is.' })
  roomLocation: string | null;

  @Field(() => String, { nullable: true, description: 'The hotline.' })
  hotline: string | null;

  @Field({ description: 'A room or a hotline (hasCounsellingRoomOrHotline); false is a gap.' })
  isProvided: boolean;

  @Field(() => Date, { nullable: true, description: 'When recorded; null when never.' })
  recordedAt: Date | null;
}

@ObjectType({
  description:
    'PRV-10: an adopted anti-bullying document (download: GET /api/care-records/bullying-documents/:id).',
})
export class BullyingDocument {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => BullyingDocumentKindEnum, { description: 'Rules or handbook.' })
  kind: BullyingDocumentKind;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => Date, { description: 'The day it was adopted.' })
  adoptedAt: Date;

  @Field({ description: 'The uploaded file’s name.' })
  fileName: string;

  @Field({ description: 'Its content type.' })
  contentType: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  byteSize: number;
}

@ObjectType({ description: 'What the viewer may record here (careRecordsAccess).' })
export class CareRecordsViewerCan {
  @Field({ description: 'PRV-5.' })
  recordLegalVicePrincipal: boolean;

  @Field({ description: 'PRV-6.' })
  recordCourseDelivery: boolean;

  @Field({ description: 'PRV-7.' })
  recordTeachingPlan: boolean;

  @Field({ description: 'PRV-7.' })
  recordCounselling: boolean;

  @Field({ description: 'PRV-10: upload anti-bullying documents.' })
  recordBullyingDocument: boolean;

  @Field({ description: 'PRV-6: record intakes and classes, head teachers, close classes.' })
  manageClasses: boolean;
}

@ObjectType({ description: 'PRV-5 to PRV-7, PRV-10: an institution’s care and education records.' })
export class CareRecords {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => LegalVicePrincipalOverview, { description: 'PRV-5.' })
  legalVicePrincipal: LegalVicePrincipalOverview;

  @Field(() => [IntakeCourse], { description: 'PRV-6: each intake’s course, newest intake first.' })
  courses: IntakeCourse[];

  @Field(() => [CareClass], { description: 'The open classes (for the forms).' })
  classes: CareClass[];

  @Field(() => TeachingPlan, { description: 'PRV-7.' })
  teachingPlan: TeachingPlan;

  @Field(() => Counselling, { description: 'PRV-7.' })
  counselling: Counselling;

  @Field(() => [BullyingDocument], { description: 'PRV-10: newest adoption first.' })
  bullyingDocuments: BullyingDocument[];

  @Field({ description: 'PRV-10: both the rules and the handbook are adopted.' })
  hasBullyingDocuments: boolean;

  @Field(() => CareRecordsViewerCan, { description: 'What the viewer may record.' })
  viewerCan: CareRecordsViewerCan;

  @Field(() => [StaffChoice], { description: 'The staff register for the forms; empty for readers.' })
  staffChoices: StaffChoice[];
}
