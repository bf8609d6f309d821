import type {
  CheckOutcome,
  CriminalFinding,
  EmploymentType,
  StaffRole,
  UnitCode,
  VettingBlockCode,
} from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import { UnitCodeEnum } from '../organisation/organisation.enums';
import type { StaffStatus } from './staff-member.entity';
import {
  CheckOutcomeEnum,
  CheckRecorderEnum,
  CriminalFindingEnum,
  EmploymentTypeEnum,
  QualificationKindEnum,
  StaffRoleEnum,
  StaffStatusEnum,
  VettingBlockCodeEnum,
  VettingCheckKindEnum,
  VettingStatusEnum,
  type CheckRecorderCode,
  type QualificationKind,
  type VettingCheckKind,
} from './staff.enums';

@ObjectType({ description: 'What the viewer may do on a staff record now, from the domain’s staff policy.' })
export class StaffMemberActions {
  @Field({ description: 'activateStaff (VET-1): a candidate whose vetting is CLEAR, by its head.' })
  canActivate: boolean;

  @Field({ description: 'recordQualification (VET-5).' })
  canRecordQualification: boolean;

  @Field({ description: 'recordInterview (VET-10): an active member with access to students.' })
  canRecordInterview: boolean;

  @Field({ description: 'openMisconductCase (VET-11): by its handlers, never the subject.' })
  canOpenMisconductCase: boolean;

  @Field({ description: 'The full ID number is shown (idNumber, VET-2).' })
  canReadIdNumber: boolean;

  @Field(() => [VettingCheckKindEnum], {
    description: 'The checks the viewer may record now (recordVettingCheck).',
  })
  recordableChecks: string[];
}

@ObjectType({ description: 'A check a candidate needs, why, and who records it (requiredChecks, ORG-2).' })
export class RequiredCheck {
  @Field(() => VettingCheckKindEnum, { description: 'The check.' })
  check: VettingCheckKind;

  @Field(() => CheckRecorderEnum, { description: 'The institution, or the committee unit whose duty it is.' })
  recordedBy: CheckRecorderCode;

  @Field({ description: 'The rule that requires it, e.g. VET-2.' })
  ruleId: string;

  @Field({ description: 'The clause of the plan, e.g. 三.' })
  clause: string;

  @Field({ description: 'Whether the viewer may record this check.' })
  viewerCanRecord: boolean;
}

@ObjectType({
  description: 'One rule that blocks a hire. A district-ban hit says only DISTRICT_BAN / VET-7.',
})
export class VettingBlock {
  @Field(() => VettingBlockCodeEnum, { description: 'Why.' })
  code: VettingBlockCode;

  @Field(() => VettingCheckKindEnum, {
    nullable: true,
    description: 'The check that found it, when a check did.',
  })
  check: VettingCheckKind | null;

  @Field({ description: 'The rule, e.g. VET-1.' })
  ruleId: string;

  @Field({ description: 'The clause of the plan.' })
  clause: string;
}

@ObjectType({
  description: 'decideVetting’s answer, computed at request time: CLEAR, BLOCKED or INCOMPLETE.',
})
export class VettingDecision {
  @Field(() => VettingStatusEnum, { description: 'CLEAR, BLOCKED or INCOMPLETE.' })
  status: 'CLEAR' | 'BLOCKED' | 'INCOMPLETE';

  @Field(() => [RequiredCheck], { description: 'Every check the candidate needs.' })
  required: RequiredCheck[];

  @Field(() => [RequiredCheck], { description: 'Every required check without a result yet.' })
  missing: RequiredCheck[];

  @Field(() => [VettingBlock], { description: 'Every blocking rule (non-empty exactly when BLOCKED).' })
  blocking: VettingBlock[];

  @Field(() => [String], { description: 'The rule IDs behind the decision.' })
  ruleIds: string[];

  @Field(() => [VettingCheckKindEnum], {
    description:
      'The checks with which criminal findings (VET-6, VET-7) may be recorded: the criminal-database check and its in-service re-check, the teacher entry system and the new-institution review.',
  })
  checksWithFindings: VettingCheckKind[];
}

@ObjectType({ description: 'One recorded check: date, person, system, result and reference number.' })
export class VettingCheckRecord {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => VettingCheckKindEnum, { description: 'The check.' })
  check: VettingCheckKind;

  @Field(() => CheckOutcomeEnum, { description: 'CLEAR, RECORD_FOUND or NOT_MET.' })
  outcome: CheckOutcome;

  @Field(() => Date, { description: 'When the check was made.' })
  checkedAt: Date;

  @Field({ description: 'The person who made the check.' })
  checkedBy: string;

  @Field({ description: 'The system consulted, e.g. 严重违法犯罪案件教职员工信息库.' })
  system: string;

  @Field({ description: 'Reference number of the query or document.' })
  referenceNumber: string;

  @Field(() => CheckRecorderEnum, { description: 'The unit (or INSTITUTION) that recorded it.' })
  recordedBy: CheckRecorderCode;

  @Field(() => [CriminalFindingEnum], {
    description:
      'What the check found about the person’s criminal past (VET-6, VET-7); empty when nothing was found.',
  })
  findings: CriminalFinding[];

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt: Date;
}

@ObjectType({
  description: 'A qualification or training certificate (VET-5); a revoked one is kept (VET-6).',
})
export class Qualification {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => QualificationKindEnum, { description: 'Kind.' })
  kind: QualificationKind;

  @Field({ description: 'Certificate number.' })
  number: string;

  @Field(() => Date, { description: 'Issue date.' })
  issuedAt: Date;

  @Field({ description: 'Whether it has been revoked.' })
  isRevoked: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The rule it was revoked under (VET-6, VET-11).' })
  revokedRuleId: string | null;
}

@ObjectType({ description: 'A reminder interview 约谈提示 (VET-10).' })
export class ReminderInterview {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Date, { description: 'When it took place.' })
  interviewedAt: Date;

  @Field({ description: 'Who held it.' })
  interviewer: string;

  @Field({ description: 'Notes.' })
  notes: string;
}

@ObjectType({ description: 'When a re-check or interview is next due (inServiceDueDates).' })
export class DueDate {
  @Field(() => Date, { nullable: true, description: 'The last one, if any.' })
  lastAt: Date | null;

  @Field(() => Date, { description: 'When the next is due.' })
  dueAt: Date;

  @Field({ description: 'Whether it is overdue now.' })
  isOverdue: boolean;

  @Field({ description: 'VET-9 or VET-10.' })
  ruleId: string;

  @Field({ description: 'The clause of the plan.' })
  clause: string;

  @Field(() => [UnitCodeEnum], { description: 'The sections that supervise it (ORG-2).' })
  supervisedBy: UnitCode[];
}

@ObjectType({ description: 'The next in-service re-check (VET-9) and reminder interview (VET-10).' })
export class InServiceDueDates {
  @Field(() => DueDate, {
    nullable: true,
    description: 'Null when VET-9 does not apply to this kind of institution.',
  })
  recheck: DueDate | null;

  @Field(() => DueDate, { nullable: true, description: 'Null when the post has no access to students.' })
  reminderInterview: DueDate | null;
}

@ObjectType({ description: 'A person on an institution’s staff register.' })
export class StaffMember {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  institutionId: string;
  idNumberCiphertext: string;
  idNumberHash: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field({ description: 'The resident ID number masked: first 4, 10 asterisks, last 4.' })
  idNumberMasked: string;

  @Field({ description: 'Phone number.' })
  phone: string;

  @Field(() => StaffRoleEnum, { description: 'Role.' })
  role: StaffRole;

  @Field(() => EmploymentTypeEnum, { description: 'Employment type.' })
  employmentType: EmploymentType;

  @Field({ description: 'Post, e.g. 小二班保育员.' })
  post: string;

  @Field({ description: 'Whether the post has access to pupils.' })
  hasStudentAccess: boolean;

  @Field(() => Date, { nullable: true, description: '入职日期, when known.' })
  startedAt: Date | null;

  @Field(() => StaffStatusEnum, { description: 'CANDIDATE, ACTIVE, BLOCKED or DISMISSED.' })
  status: StaffStatus;

  @Field(() => Date, { nullable: true, description: 'When the head activated the member.' })
  activatedAt: Date | null;

  @Field(() => Date, { description: 'When the member was added.' })
  createdAt: Date;
}

@ObjectType({ description: 'A staff member in a page of results.' })
export class StaffEdge {
  @Field({ description: 'Opaque cursor of this item.' })
  cursor: string;

  @Field(() => StaffMember, { description: 'The staff member.' })
  node: StaffMember;
}

@ObjectType({ description: 'A page of staff, in name order.' })
export class StaffConnection {
  @Field(() => [StaffEdge], { description: 'The staff of this page.' })
  edges: StaffEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many staff match the filter within the viewer’s scope.' })
  totalCount: number;
}
