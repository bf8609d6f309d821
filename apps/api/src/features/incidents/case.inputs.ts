import type {
  BreachCode,
  ClosingReason,
  EmergencyStep,
  IncidentCategory,
  InstitutionKind,
  ReportingStatus,
  SupervisingSection,
  SuspectType,
} from '@xiaohu/domain';
import { Field, ID, InputType } from 'type-graphql';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';
import {
  BreachCodeEnum,
  ClosingReasonEnum,
  DisclosureChannelEnum,
  EmergencyStepEnum,
  ExternalSourceEnum,
  IncidentCategoryEnum,
  IncidentStateEnum,
  ReportingStatusEnum,
  SuspectTypeEnum,
} from './incident.enums';
import type { ExternalSourceCode } from './incident-external-source.entity';

@InputType({ description: 'What the teacher records when a child discloses.' })
export class RecordDisclosureInput {
  @Field(() => Date, {
    nullable: true,
    description: 'When she heard it; default now; earlier allowed, the future refused.',
  })
  receivedAt?: Date | null;

  @Field(() => DisclosureChannelEnum, { description: 'Oral or written.' })
  channel: 'ORAL' | 'WRITTEN';

  @Field(() => IncidentCategoryEnum, { description: 'What kind.' })
  category: IncidentCategory;

  @Field(() => SuspectTypeEnum, { description: 'Who the suspect is.' })
  suspectType: SuspectType;

  @Field(() => ID, { nullable: true, description: 'A staff register id (issue 5), when picked.' })
  suspectStaffId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text description of the suspect, up to 200 characters.',
  })
  suspectDescription?: string | null;

  @Field({ defaultValue: false, description: 'REP-11: the suspect is the school head (suspectType STAFF).' })
  isSuspectHead: boolean;

  @Field({ defaultValue: false, description: 'REP-11: the head is otherwise in conflict (e.g. a relative).' })
  isHeadOtherwiseInConflict: boolean;

  @Field({ description: 'The child’s name (confidential), up to 60 characters.' })
  childName: string;

  @Field({ description: 'The child’s class (confidential), up to 60 characters.' })
  childClass: string;

  @Field({ description: 'What was said, in the child’s words, up to 4000 characters.' })
  childStatement: string;

  @Field({ description: 'The child is in danger now.' })
  isChildInDanger: boolean;
}

@InputType({ description: 'Tick one REP-6 step.' })
export class CompleteEmergencyStepInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => EmergencyStepEnum, { description: 'The step.' })
  step: EmergencyStep;

  @Field(() => Date, { nullable: true, description: 'When it was done; default now.' })
  doneAt?: Date | null;
}

@InputType({ description: 'The police report (REP-3).' })
export class RecordPoliceReportInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field({ description: 'When the police were told.' })
  reportedAt: Date;

  @Field({ description: 'Police station, up to 120 characters.' })
  policeStation: string;

  @Field({ description: 'Receipt or case number, up to 60 characters.' })
  receiptNumber: string;

  @Field(() => String, { nullable: true, description: 'The officer, up to 60 characters.' })
  officerName?: string | null;
}

@InputType({
  description:
    'The district learned of a case from elsewhere: attach to a case (caseId) or open one the school never reported (institutionId, category, suspectType).',
})
export class RecordExternalSourceInput {
  @Field(() => ID, { nullable: true, description: 'An existing case.' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The institution, for a case the school never reported.' })
  institutionId?: string | null;

  @Field(() => IncidentCategoryEnum, { nullable: true, description: 'For a new case.' })
  category?: IncidentCategory | null;

  @Field(() => SuspectTypeEnum, { nullable: true, description: 'For a new case.' })
  suspectType?: SuspectType | null;

  @Field(() => ExternalSourceEnum, { description: 'From whom.' })
  source: ExternalSourceCode;

  @Field({ description: 'When the district learned of it.' })
  learnedAt: Date;

  @Field(() => String, { nullable: true, description: 'A note, up to 500 characters.' })
  note?: string | null;
}

@InputType({ description: 'Close a case (REP-4).' })
export class CloseCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => ClosingReasonEnum, { description: 'Why.' })
  reason: ClosingReason;

  @Field(() => String, { nullable: true, description: 'A note, up to 500 characters.' })
  note?: string | null;
}

@InputType({ description: 'Narrows the case list; all given conditions must hold.' })
export class CaseFilter {
  @Field(() => [IncidentStateEnum], { nullable: true, description: 'Only these states.' })
  states?: string[] | null;

  @Field(() => ReportingStatusEnum, { nullable: true, description: 'Only this reporting status.' })
  status?: ReportingStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only cases with (true) or without (false) a recorded breach.',
  })
  hasBreach?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only this institution.' })
  institutionId?: string | null;

  @Field(() => SupervisingSectionEnum, {
    nullable: true,
    description: 'Only institutions of the kinds this section supervises (ORG-1, the responsibility matrix).',
  })
  section?: SupervisingSection | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Only institutions of this kind.' })
  institutionKind?: InstitutionKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only institutions on this street or town 镇街 (exact name, up to 40 characters).',
  })
  street?: string | null;

  @Field(() => [IncidentCategoryEnum], { nullable: true, description: 'Only these categories.' })
  categories?: IncidentCategory[] | null;

  @Field(() => Date, { nullable: true, description: 'Recorded at or after this instant (inclusive).' })
  recordedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Recorded before this instant (exclusive).' })
  recordedBefore?: Date | null;

  @Field(() => BreachCodeEnum, {
    nullable: true,
    description: 'Only cases with this breach on record (REP-4).',
  })
  breachCode?: BreachCode | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: a police report is required, not made, and its deadline has passed (REP-3); false: every other case.',
  })
  policeDeadlinePassed?: boolean | null;
}

@InputType({ description: 'REP-10: a psychological concern about the case’s child and what was done.' })
export class RecordWelfareNoteInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field({ description: 'The concern, up to 2000 characters (confidential).' })
  concernNote: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the guardian was told; null if not yet; not in the future.',
  })
  guardianToldAt?: Date | null;

  @Field({ description: 'A suspension of study (休学) was arranged.' })
  isStudySuspended: boolean;
}
