import type {
  BreachCode,
  ClosingReason,
  EmergencyStep,
  IncidentCategory,
  IncidentState,
  ReportingHop,
  SuspectType,
  TransitionErrorCode,
} from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import {
  BreachCodeEnum,
  CaseAccessEnum,
  CaseEventKindEnum,
  ClosingReasonEnum,
  DeadlineKindEnum,
  DeadlineOutcomeEnum,
  DisclosureChannelEnum,
  EmergencyStepEnum,
  ExternalSourceEnum,
  IncidentCategoryEnum,
  IncidentStateEnum,
  ReportingHopEnum,
  ReportingStatusEnum,
  SuspectTypeEnum,
  TransitionRefusalEnum,
} from './incident.enums';

@ObjectType({ description: 'A person on the case (an account), by display name only.' })
export class CasePerson {
  @Field(() => ID, { description: 'Account id.' })
  id: string;

  @Field({ description: 'Display name.' })
  displayName: string;
}

@ObjectType({ description: 'The child (REP-7): only for the need-to-know group, only in case(id).' })
export class ChildIdentity {
  @Field({ description: 'The child’s name.' })
  name: string;

  @Field({ description: 'The child’s class.' })
  className: string;
}

@ObjectType({ description: 'REP-2/REP-3 deadlines and the domain’s assessment at the server’s now.' })
export class CaseReporting {
  @Field(() => ReportingStatusEnum, { description: 'Compliant, awaiting the police report, or in breach.' })
  status: (typeof ReportingStatusEnum)[keyof typeof ReportingStatusEnum];

  @Field({ description: 'REP-1: a police report is mandatory.' })
  isPoliceReportRequired: boolean;

  @Field({ description: 'REP-2: when the head must have been told.' })
  headNotificationDueAt: Date;

  @Field({ description: 'REP-3: when the police report is due (earliest receipt + 60 minutes).' })
  policeReportDueAt: Date;

  @Field({ description: 'REP-2: the head was (or is being) told late.' })
  isHeadNotificationLate: boolean;

  @Field({ description: 'The server’s now (clock service); count down from it.' })
  assessedAt: Date;
}

@ObjectType({ description: 'A recorded REP-4 breach.' })
export class CaseBreach {
  @Field(() => BreachCodeEnum, { description: 'Which breach.' })
  code: BreachCode;

  @Field(() => ReportingHopEnum, {
    description:
      'The hop of the reporting chain it concerns (a LATE_REPORT of TEACHER_TO_HEAD: 迟报（教师→校长）).',
  })
  hop: ReportingHop;

  @Field(() => [String], { description: 'The rules it breaks.' })
  ruleIds: string[];

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field({ description: 'When it was recorded.' })
  recordedAt: Date;
}

@ObjectType({ description: 'One REP-6 step; doneAt and doneBy are null until ticked.' })
export class EmergencyChecklistItem {
  @Field(() => EmergencyStepEnum, { description: 'The step.' })
  step: EmergencyStep;

  @Field({ description: 'Rule ID (REP-6).' })
  ruleId: string;

  @Field(() => Date, { nullable: true, description: 'When it was done.' })
  doneAt: Date | null;

  @Field(() => CasePerson, { nullable: true, description: 'Who ticked it.' })
  doneBy: CasePerson | null;
}

@ObjectType({ description: 'The police report (REP-3).' })
export class PoliceReport {
  @Field({ description: 'When the police were told.' })
  reportedAt: Date;

  @Field({ description: 'Police station.' })
  policeStation: string;

  @Field({ description: 'Receipt or case number.' })
  receiptNumber: string;

  @Field(() => String, { nullable: true, description: 'The officer.' })
  officerName: string | null;

  @Field(() => CasePerson, { description: 'Who recorded it.' })
  recordedBy: CasePerson;

  @Field({ description: 'When it was recorded.' })
  recordedAt: Date;
}

@ObjectType({ description: 'The district learned of the case from elsewhere (REP-8).' })
export class ExternalSourceRecord {
  @Field(() => ExternalSourceEnum, { description: 'From whom.' })
  source: string;

  @Field({ description: 'When the district learned of it.' })
  learnedAt: Date;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note: string | null;

  @Field(() => CasePerson, { description: 'Who recorded it.' })
  recordedBy: CasePerson;
}

@ObjectType({ description: 'One timeline entry, oldest first.' })
export class CaseEvent {
  @Field(() => CaseEventKindEnum, { description: 'What happened.' })
  kind: string;

  @Field({
    description: 'When it happened; for the system (alerts, breaches it recorded), the instant it acted.',
  })
  at: Date;

  @Field(() => CasePerson, { nullable: true, description: 'Who; null for the system (jobs).' })
  actor: CasePerson | null;

  @Field(() => String, {
    nullable: true,
    description: 'A code: the step, source, breach, alert kind or reason.',
  })
  detail: string | null;

  @Field(() => DeadlineKindEnum, { nullable: true, description: 'The deadline this event concerns.' })
  deadline: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When that deadline fell due, beside `at` ("due 10:10, alerted 13:05"); null when not recorded.',
  })
  dueAt: Date | null;

  @Field(() => DeadlineOutcomeEnum, { nullable: true, description: 'Met or missed.' })
  deadlineOutcome: string | null;
}

@ObjectType({ description: 'A closing reason and whether the workflow takes it now (REP-4).' })
export class ClosingReasonOption {
  @Field(() => ClosingReasonEnum, { description: 'The reason.' })
  reason: ClosingReason;

  @Field({ description: 'closeCase with this reason would be accepted now.' })
  isAllowed: boolean;

  @Field({ description: 'The rule behind the answer.' })
  ruleId: string;

  @Field(() => TransitionRefusalEnum, {
    nullable: true,
    description: 'Why it would be refused; null when allowed.',
  })
  refusal: TransitionErrorCode | null;
}

@ObjectType({ description: 'What the viewer may do on the case now, from the domain’s case policy.' })
export class CaseActions {
  @Field({ description: 'acknowledgeCase' })
  canAcknowledge: boolean;

  @Field({ description: 'completeEmergencyStep' })
  canCompleteEmergencyStep: boolean;

  @Field({ description: 'recordPoliceReport' })
  canRecordPoliceReport: boolean;

  @Field({ description: 'recordExternalSource' })
  canRecordExternalSource: boolean;

  @Field({ description: 'closeCase' })
  canClose: boolean;

  @Field({ description: 'recordWelfareNote (REP-10)' })
  canRecordWelfareNote: boolean;

  @Field({
    description:
      'Download the case’s 强制报告 JSON (GET /api/cases/:id/mandatory-report.json, docs/MANDATORY-REPORT.md): mandatoryReportAccess (REP-1, REP-8, REP-7).',
  })
  canExportMandatoryReport: boolean;

  @Field(() => [ClosingReasonOption], {
    description: 'Every closing reason with the workflow’s answer; empty unless canClose.',
  })
  closingReasons: ClosingReasonOption[];
}

@ObjectType({
  description:
    'REP-10: a psychological concern about the child, whether the guardian was told, whether study was suspended (休学).',
})
export class WelfareNote {
  @Field(() => ID, { description: 'UUID.' })
  id: string;

  @Field({ description: 'The concern, in the recorder’s words (confidential, REP-7).' })
  concernNote: string;

  @Field(() => Date, { nullable: true, description: 'When the guardian was told; null if not yet.' })
  guardianToldAt: Date | null;

  @Field({ description: 'A suspension of study (休学) was arranged.' })
  isStudySuspended: boolean;

  @Field(() => CasePerson, { description: 'Who recorded it.' })
  recordedBy: CasePerson;

  @Field({ description: 'When it was recorded.' })
  recordedAt: Date;
}

@ObjectType({ description: 'An incident case (a child’s disclosure) and everything recorded on it.' })
export class Case {
  @Field(() => ID, { description: 'UUID.' })
  id: string;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'The institution’s name.' })
  institutionName: string;

  @Field(() => IncidentCategoryEnum, { description: 'What kind.' })
  category: IncidentCategory;

  @Field(() => SuspectTypeEnum, { description: 'Who the suspect is.' })
  suspectType: SuspectType;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text description of the suspect (FULL access only).',
  })
  suspectDescription: string | null;

  @Field({ description: 'REP-11: the suspect is the school head.' })
  isSuspectHead: boolean;

  @Field(() => DisclosureChannelEnum, { description: 'How the child told.' })
  channel: string;

  @Field({ description: 'When the teacher heard it.' })
  receivedAt: Date;

  @Field({ description: 'When it was recorded.' })
  recordedAt: Date;

  @Field(() => CasePerson, { description: 'Who recorded it.' })
  reporter: CasePerson;

  @Field(() => IncidentStateEnum, { description: 'Workflow state.' })
  state: IncidentState;

  @Field({ description: 'REP-7: confidential.' })
  isConfidential: boolean;

  @Field({ description: 'The child is in danger now.' })
  isChildInDanger: boolean;

  @Field({ description: 'REP-11: the head is in conflict (and does not see the case).' })
  isHeadInConflict: boolean;

  @Field(() => CaseAccessEnum, { description: 'How much of the case the viewer sees.' })
  access: string;

  @Field(() => ChildIdentity, {
    nullable: true,
    description: 'The child: case(id) and need-to-know only; null in lists.',
  })
  child: ChildIdentity | null;

  @Field(() => String, { nullable: true, description: 'The child’s words: case(id) and FULL access only.' })
  childStatement: string | null;

  @Field(() => CaseReporting, { description: 'Deadlines and status.' })
  reporting: CaseReporting;

  @Field(() => [CaseBreach], { description: 'Recorded breaches.' })
  breaches: CaseBreach[];

  @Field(() => Date, { nullable: true, description: 'When the head acknowledged it.' })
  acknowledgedAt: Date | null;

  @Field(() => CasePerson, { nullable: true, description: 'Who acknowledged it.' })
  acknowledgedBy: CasePerson | null;

  @Field(() => [EmergencyChecklistItem], {
    description: 'REP-6 checklist; empty unless the suspect is staff.',
  })
  emergencyChecklist: EmergencyChecklistItem[];

  @Field(() => PoliceReport, { nullable: true, description: 'The police report, once recorded.' })
  policeReport: PoliceReport | null;

  @Field(() => [ExternalSourceRecord], { description: 'Where else the district learned of it.' })
  externalSources: ExternalSourceRecord[];

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt: Date | null;

  @Field(() => ClosingReasonEnum, { nullable: true, description: 'Why it was closed.' })
  closingReason: ClosingReason | null;

  @Field(() => [CaseEvent], { description: 'The timeline, oldest first.' })
  timeline: CaseEvent[];

  @Field(() => CaseActions, { description: 'What the viewer may do now.' })
  viewerCan: CaseActions;

  @Field(() => [WelfareNote], {
    nullable: true,
    description:
      'REP-10 notes, oldest first: case(id) and the need-to-know group only; null otherwise (lists, SUMMARY access).',
  })
  welfareNotes: WelfareNote[] | null;
}

@ObjectType({ description: 'A case in a page of results.' })
export class CaseEdge {
  @Field({ description: 'Opaque cursor.' })
  cursor: string;

  @Field(() => Case, { description: 'The case.' })
  node: Case;
}

@ObjectType({ description: 'A page of cases, in the order asked for.' })
export class CaseConnection {
  @Field(() => [CaseEdge], { description: 'The cases of this page.' })
  edges: CaseEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;

  @Field(() => Int, {
    description:
      'How many cases match within what the viewer may see, counted up to a limit (10,000 unless the district sets CASE_COUNT_LIMIT); see isTotalCountCapped.',
  })
  totalCount: number;

  @Field({
    description:
      'True when more cases match than the limit: totalCount is then the limit, and the list goes on.',
  })
  isTotalCountCapped: boolean;
}
