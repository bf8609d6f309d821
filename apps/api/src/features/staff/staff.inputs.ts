import type {
  CheckOutcome,
  CriminalFinding,
  EmploymentType,
  MisconductOutcome,
  MisconductSeverity,
  StaffRole,
} from '@xiaohu/domain';
import { Field, ID, InputType } from 'type-graphql';
import type { StaffStatus } from './staff-member.entity';
import {
  CheckOutcomeEnum,
  CriminalFindingEnum,
  EmploymentTypeEnum,
  MisconductOutcomeEnum,
  MisconductSeverityEnum,
  QualificationKindEnum,
  StaffRoleEnum,
  StaffStatusEnum,
  VettingCheckKindEnum,
  type QualificationKind,
  type VettingCheckKind,
} from './staff.enums';

@InputType({ description: 'Narrows the staff list; all given conditions must hold.' })
export class StaffFilter {
  @Field(() => ID, { nullable: true, description: 'One institution within the viewer’s scope.' })
  institutionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name, a masked or last-4 ID number (5001**********1234, 1234), or a full ID number.',
  })
  search?: string | null;

  @Field(() => StaffStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: StaffStatus | null;

  @Field(() => StaffRoleEnum, { nullable: true, description: 'Only this role.' })
  role?: StaffRole | null;
}

@InputType({ description: 'A new candidate: not active, not assignable until vetting is CLEAR.' })
export class AddStaffCandidateInput {
  @Field(() => ID, { nullable: true, description: 'The institution; default the head’s own.' })
  institutionId?: string | null;

  @Field({ description: 'Full name.' })
  name: string;

  @Field({ description: 'Resident ID number: 18 characters, check digit validated.' })
  idNumber: string;

  @Field({ description: 'Phone number.' })
  phone: string;

  @Field(() => StaffRoleEnum, { description: 'Role.' })
  role: StaffRole;

  @Field(() => EmploymentTypeEnum, { description: 'Employment type.' })
  employmentType: EmploymentType;

  @Field({ description: 'Post.' })
  post: string;

  @Field({ description: 'Whether the post has access to pupils.' })
  hasStudentAccess: boolean;

  @Field(() => Date, { nullable: true, description: '入职日期.' })
  startedAt?: Date | null;
}

@InputType({ description: 'The result of one check, recorded by the unit whose duty it is.' })
export class RecordVettingCheckInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => VettingCheckKindEnum, { description: 'The check.' })
  check: VettingCheckKind;

  @Field(() => CheckOutcomeEnum, { description: 'CLEAR, RECORD_FOUND or NOT_MET.' })
  outcome: CheckOutcome;

  @Field(() => Date, { description: 'When the check was made.' })
  checkedAt: Date;

  @Field({ description: 'The person who made it.' })
  checkedBy: string;

  @Field({ description: 'The system consulted.' })
  system: string;

  @Field({ description: 'Reference number.' })
  referenceNumber: string;

  @Field(() => [CriminalFindingEnum], {
    nullable: true,
    description:
      'What the check found about the person’s criminal past (VET-6, VET-7); none when omitted. Only the criminal-database check, its in-service re-check, the teacher entry system and the new-institution review may record findings. Any finding blocks the person and bans them district-wide for life.',
  })
  findings?: CriminalFinding[] | null;
}

@InputType({ description: 'A qualification or training certificate held (VET-5).' })
export class RecordQualificationInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => QualificationKindEnum, { description: 'Kind.' })
  kind: QualificationKind;

  @Field({ description: 'Certificate number.' })
  number: string;

  @Field(() => Date, { description: 'Issue date.' })
  issuedAt: Date;
}

@InputType({ description: 'A reminder interview held (VET-10).' })
export class RecordInterviewInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => Date, { description: 'When it took place.' })
  interviewedAt: Date;

  @Field({ description: 'Who held it.' })
  interviewer: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Opens a misconduct case (VET-11).' })
export class OpenMisconductCaseInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field({ description: 'The facts reported.' })
  facts: string;

  @Field(() => String, { nullable: true, description: 'The incident it comes from, if any.' })
  incidentId?: string | null;
}

@InputType({ description: 'The investigation and the outcome of a case (VET-11).' })
export class DecideMisconductInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field({ description: 'The investigation’s findings.' })
  investigation: string;

  @Field({ description: 'Whether the facts were investigated and verified.' })
  factsVerified: boolean;

  @Field(() => MisconductSeverityEnum, { description: 'Severity.' })
  severity: MisconductSeverity;

  @Field({ description: 'Whether a crime is involved.' })
  involvesCrime: boolean;

  @Field(() => [MisconductOutcomeEnum], { description: 'The outcomes chosen among those allowed.' })
  outcomes: MisconductOutcome[];

  @Field(() => Date, { description: 'When discipline was proposed.' })
  proposedAt: Date;

  @Field(() => Date, { description: 'When discipline was decided.' })
  decidedAt: Date;
}

@InputType({ description: 'A roster file, base64 (small files; the web uses POST /api/staff/import).' })
export class ImportStaffRosterInput {
  @Field(() => ID, { nullable: true, description: 'The institution; default the head’s own.' })
  institutionId?: string | null;

  @Field({ description: 'The .xlsx file, base64.' })
  fileBase64: string;
}
