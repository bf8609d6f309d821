import {
  WORK_ITEM_KINDS,
  type EmergencyStep,
  type IncidentCategory,
  type IncidentState,
  type OversightHome,
  type ReportingStatus,
  type StaffRole,
  type WorkItemKind,
} from '@xiaohu/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';
import {
  EmergencyStepEnum,
  IncidentCategoryEnum,
  IncidentStateEnum,
  ReportingStatusEnum,
} from '../incidents/incident.enums';
import { StaffRoleEnum } from '../staff/staff.enums';

export const ViewerHomeEnum = enumObject<OversightHome>(['DASHBOARD', 'INSTITUTION_CARD', 'OWN_CASES']);
registerEnumType(ViewerHomeEnum, {
  name: 'ViewerHome',
  description:
    'Issue 10: the viewer’s home 工作台: the oversight dashboard, a head’s institution card and to-do list, or the cases the viewer reported.',
});

export const WorkItemKindEnum = enumObject(WORK_ITEM_KINDS);
registerEnumType(WorkItemKindEnum, {
  name: 'WorkItemKind',
  description:
    'What waits: acknowledge a case (REP-2), report it to the police (REP-3), its emergency steps (REP-6), a due re-check (VET-9) or reminder interview (VET-10).',
});

@ObjectType({
  description: 'One item of the viewer’s to-do list; its title is built by the client from these parts.',
})
export class WorkItem {
  @Field(() => WorkItemKindEnum, { description: 'What is to be done.' })
  kind: WorkItemKind;

  @Field({ description: 'The rule that asks for it, e.g. REP-3.' })
  ruleId: string;

  @Field(() => ID, { nullable: true, description: 'The case to open, for case items. Never the child.' })
  caseId: string | null;

  @Field(() => IncidentCategoryEnum, { nullable: true, description: 'The case’s category, for case items.' })
  caseCategory: IncidentCategory | null;

  @Field(() => Date, { nullable: true, description: 'When the case was recorded, for case items.' })
  caseRecordedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The staff member to open, for vetting items.' })
  staffId: string | null;

  @Field(() => String, { nullable: true, description: 'The staff member’s name, for vetting items.' })
  staffName: string | null;

  @Field(() => StaffRoleEnum, { nullable: true, description: 'The staff member’s role, for vetting items.' })
  staffRole: StaffRole | null;

  @Field(() => Date, { nullable: true, description: 'The deadline, when the rule sets one.' })
  dueAt: Date | null;

  @Field({ description: 'The deadline has passed (at the server’s now).' })
  isOverdue: boolean;

  @Field({ description: 'REP-6: the child is in danger now.' })
  isChildInDanger: boolean;

  @Field(() => [EmergencyStepEnum], { description: 'EMERGENCY_STEPS: the steps still open.' })
  openSteps: EmergencyStep[];
}

@ObjectType({ description: 'A case the viewer reported, with its state; nothing about the child.' })
export class ReportedCase {
  @Field(() => ID, { description: 'The case id.' })
  id: string;

  @Field(() => IncidentCategoryEnum, { description: 'The category.' })
  category: IncidentCategory;

  @Field(() => IncidentStateEnum, { description: 'Where the case stands in the workflow.' })
  state: IncidentState;

  @Field(() => ReportingStatusEnum, { description: 'The reporting assessment (REP-3, REP-4).' })
  reportingStatus: ReportingStatus;

  @Field({ description: 'When it was recorded.' })
  recordedAt: Date;

  @Field(() => Date, { nullable: true, description: 'REP-3: the police deadline, when one applies.' })
  policeReportDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was reported to the police.' })
  policeReportedAt: Date | null;
}

@ObjectType({
  description:
    'Issue 10: what waits on the viewer, soonest deadline first, and the cases the viewer reported.',
})
export class MyWork {
  // Superseded by Viewer.home, which the SPA reads; kept until integrators have moved (CHANGELOG.md).
  @Field(() => ViewerHomeEnum, {
    description: 'The viewer’s home (the same as Viewer.home).',
    deprecationReason: 'Use Viewer.home (the same answer, on the viewer the client has already).',
  })
  home: OversightHome;

  @Field(() => [WorkItem], {
    description:
      'Overdue first, then the soonest deadline, a child in danger first among equals (at most 200).',
  })
  items: WorkItem[];

  @Field(() => Int, { description: 'Every item there is; items stops at 200.' })
  totalCount: number;

  @Field(() => [ReportedCase], { description: 'The cases the viewer reported, newest first (at most 50).' })
  reportedCases: ReportedCase[];
}
