import type { EmploymentType, StaffRole, TrainingTopic, UnitCode } from '@xiaohu/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UnitCodeEnum } from '../organisation/organisation.enums';
import { EmploymentTypeEnum, StaffRoleEnum } from '../staff/staff.enums';
import { TrainingTopicEnum } from './training.enums';

@ObjectType({ description: 'What the viewer may do with a training session (trainingSessionAccess).' })
export class TrainingSessionViewerCan {
  @Field({ description: 'Change the session (PRV-5).' })
  editSession: boolean;

  @Field({ description: 'Tick attendance from the organiser’s staff register (PRV-5).' })
  recordAttendance: boolean;
}

@ObjectType({ description: 'PRV-5, PRV-9, PRV-10: a staff member ticked present at a session.' })
export class TrainingAttendee {
  @Field(() => ID, { description: 'The staff record.' })
  staffId: string;

  @Field({ description: 'Name on the staff register.' })
  name: string;

  @Field({ description: 'The institution of the staff record.' })
  institutionName: string;

  @Field(() => StaffRoleEnum, { description: 'Role on the register.' })
  role: StaffRole;
}

@ObjectType({ description: 'PRV-5, PRV-9, PRV-10: a staff training session and who attended.' })
export class TrainingSession {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => TrainingTopicEnum, { description: 'What the training was about.' })
  topic: TrainingTopic;

  @Field({ description: 'When it was held.' })
  heldAt: Date;

  @Field({ description: 'Who trained (a person or a unit).' })
  trainer: string;

  @Field(() => String, { nullable: true, description: 'What was handed out or shown.' })
  materials: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organising institution, for an institution’s own session.',
  })
  organiserInstitutionId: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  organiserInstitutionName: string | null;

  @Field(() => UnitCodeEnum, {
    nullable: true,
    description: 'The organising committee unit, for a district session.',
  })
  organiserUnit: UnitCode | null;

  @Field(() => Int, { description: 'Staff ticked present.' })
  attendeeCount: number;

  @Field(() => [TrainingAttendee], {
    description: 'Who was ticked present, by name (empty for a viewer who does not tick attendance).',
  })
  attendees: TrainingAttendee[];

  @Field({ description: 'Who recorded the session.' })
  recordedByName: string;

  @Field({ description: 'When it was recorded.' })
  recordedAt: Date;

  @Field(() => TrainingSessionViewerCan, { description: 'What the viewer may do.' })
  viewerCan: TrainingSessionViewerCan;
}

@ObjectType({ description: 'PRV-5: one person of a staff register, for ticking attendance at a session.' })
export class TrainingRegisterMember {
  @Field(() => ID, { description: 'The staff record.' })
  staffId: string;

  @Field({ description: 'Name on the register.' })
  name: string;

  @Field(() => StaffRoleEnum, {
    description: 'Role (security, dormitory, cleaning and canteen staff included).',
  })
  role: StaffRole;

  @Field(() => EmploymentTypeEnum, { description: 'Employment type.' })
  employmentType: EmploymentType;

  @Field({ description: 'Post.' })
  post: string;

  @Field({ description: 'Ticked present at this session.' })
  isPresent: boolean;
}

@ObjectType({ description: 'A staff member not trained on the topic this school year (for the head only).' })
export class UntrainedStaff {
  @Field(() => ID, { description: 'The staff record.' })
  staffId: string;

  @Field({ description: 'Name on the register.' })
  name: string;

  @Field(() => StaffRoleEnum, { description: 'Role.' })
  role: StaffRole;

  @Field(() => EmploymentTypeEnum, { description: 'Employment type.' })
  employmentType: EmploymentType;

  @Field({ description: 'Post.' })
  post: string;
}

@ObjectType({ description: 'PRV-5, PRV-9, PRV-10: who of an institution’s register was trained on a topic.' })
export class TrainingCoverage {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => TrainingTopicEnum, { description: 'The topic.' })
  topic: TrainingTopic;

  @Field({ description: 'Start of the school year counted (inclusive).' })
  schoolYearStart: Date;

  @Field({ description: 'End of the school year counted (exclusive).' })
  schoolYearEnd: Date;

  @Field(() => Int, { description: 'Serving staff who must be trained on the topic.' })
  audienceCount: number;

  @Field(() => Int, { description: 'Of them, trained at a session of the school year.' })
  coveredCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'covered / audience (0 to 1); null when nobody must be.',
  })
  share: number | null;

  @Field(() => [String], { description: 'The rules counted (PRV-5, PRV-9 or PRV-10).' })
  ruleIds: string[];

  @Field(() => [UntrainedStaff], {
    nullable: true,
    description:
      'Who is not trained, by name: for the head only (each read audited); null for counts-only readers.',
  })
  untrained: UntrainedStaff[] | null;
}

@ObjectType({
  description: 'PRV-5: one institution’s coverage figures in the district overview (counts only).',
})
export class InstitutionTrainingCoverage {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => Int, { description: 'Serving staff who must be trained.' })
  audienceCount: number;

  @Field(() => Int, { description: 'Of them, trained this school year.' })
  coveredCount: number;

  @Field(() => Float, { nullable: true, description: 'covered / audience; null when nobody must be.' })
  share: number | null;
}

@ObjectType({ description: 'The training pages’ entry point: what the viewer may do there.' })
export class TrainingViewer {
  @Field({ description: 'Record a session (a head for her institution, a committee unit for its own).' })
  canRecordSession: boolean;

  @Field(() => ID, { nullable: true, description: 'The viewer’s own institution, whose coverage she reads.' })
  ownInstitutionId: string | null;

  @Field({ description: 'Reads the district overview (counts per institution).' })
  canViewOverview: boolean;
}
