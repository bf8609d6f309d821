import type {
  BreachCode,
  HandlingFailure,
  Impact,
  InstitutionKind,
  Sanction,
  SanctionFinding,
} from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BreachCodeEnum, IncidentCategoryEnum } from '../incidents/incident.enums';
import { InstitutionKindEnum, UnitCodeEnum } from '../organisation/organisation.enums';
import {
  CaseExclusionReasonEnum,
  FindingSourceEnum,
  HandlingFailureEnum,
  ImpactEnum,
  SanctionEnum,
  SanctionGroundEnum,
  VetoDecisionEnum,
  VetoGroundFailureEnum,
  VetoStatusEnum,
  type VetoStatus,
} from './assessment.enums';
import type { FindingSource } from './assessment-finding.entity';

@ObjectType({
  description: 'A case as the assessment names it; its id only when the viewer may open it (REP-7).',
})
export class AssessedCaseRef {
  @Field(() => ID, { nullable: true, description: 'The case, or null when the viewer may not open it.' })
  caseId: string | null;

  @Field(() => IncidentCategoryEnum, {
    nullable: true,
    description: 'Category, when the viewer may open it.',
  })
  category: string | null;

  @Field(() => Date, { nullable: true, description: 'When the institution first knew, when visible.' })
  receivedAt: Date | null;
}

@ObjectType({
  description: 'ACC-5: one ground of a veto: a case, a failure, an impact, the rules and the clause.',
})
export class VetoGroundView {
  @Field(() => AssessedCaseRef, { description: 'The case.' })
  case: AssessedCaseRef;

  @Field(() => VetoGroundFailureEnum, { description: 'An ACC-3 handling failure or a REP-4 breach (ACC-4).' })
  failure: HandlingFailure | BreachCode;

  @Field(() => ImpactEnum, { description: 'The impact.' })
  impact: Impact;

  @Field(() => [String], { description: 'Rule IDs.' })
  ruleIds: string[];

  @Field({ description: 'The clause of the plan, e.g. 五(三).' })
  clause: string;
}

@ObjectType({ description: 'ACC-5: a case looked at that does not ground a veto, and why.' })
export class ExcludedCaseView {
  @Field(() => AssessedCaseRef, { description: 'The case.' })
  case: AssessedCaseRef;

  @Field(() => CaseExclusionReasonEnum, { description: 'Why it does not count.' })
  reason: string;
}

@ObjectType({ description: 'ACC-3..5: the verdict `evaluateVeto` computed; never typed in.' })
export class VetoVerdictView {
  @Field({ description: 'A veto is computed.' })
  isVetoed: boolean;

  @Field(() => [VetoGroundView], { description: 'Every ground (empty when not vetoed).' })
  grounds: VetoGroundView[];

  @Field(() => [ExcludedCaseView], { description: 'Every case looked at that does not ground it.' })
  excluded: ExcludedCaseView[];

  @Field({ description: 'ACC-3: the institution’s leaders bear leadership responsibility.' })
  leadershipResponsible: boolean;

  @Field(() => [String], { description: 'Rule IDs.' })
  ruleIds: string[];
}

@ObjectType({ description: 'ACC-1: a finding of 督导室 or a joint inspection team.' })
export class AssessmentFinding {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => FindingSourceEnum, { description: 'Who found it.' })
  source: FindingSource;

  @Field({ description: 'What was found.' })
  text: string;

  @Field(() => Int, { description: 'Points added (positive) or deducted (negative).' })
  points: number;

  @Field(() => AssessedCaseRef, { nullable: true, description: 'The case it concerns, if any.' })
  case: AssessedCaseRef | null;

  @Field(() => [HandlingFailureEnum], { description: 'ACC-3 handling failures on the case.' })
  failures: HandlingFailure[];

  @Field(() => [ImpactEnum], { description: 'ACC-3 impacts of the case.' })
  impacts: Impact[];

  @Field(() => [SanctionGroundEnum], { description: 'ACC-2 findings about the institution’s work.' })
  sanctionGrounds: SanctionFinding[];

  @Field({ description: 'Who recorded it.' })
  recordedByName: string;

  @Field(() => Date, { description: 'When.' })
  recordedAt: Date;
}

@ObjectType({ description: 'ACC-5: the institution’s written statement 申辩.' })
export class VetoStatement {
  @Field({ description: 'The statement.' })
  text: string;

  @Field({ description: 'Who submitted it.' })
  submittedByName: string;

  @Field(() => Date, { description: 'When.' })
  submittedAt: Date;
}

@ObjectType({ description: 'ACC-5: a leader’s review, beside the verdict it decided on.' })
export class VetoReview {
  @Field(() => VetoDecisionEnum, { description: 'CONFIRM or REJECT.' })
  decision: 'CONFIRM' | 'REJECT';

  @Field({ description: 'The written reason.' })
  reason: string;

  @Field(() => VetoVerdictView, { description: 'The verdict as computed when the leader decided.' })
  verdict: VetoVerdictView;

  @Field({ description: 'Who decided.' })
  reviewedByName: string;

  @Field(() => Date, { description: 'When.' })
  reviewedAt: Date;
}

@ObjectType({ description: 'ACC-2: a sanction `sanctionOptions` allows.' })
export class SanctionOptionView {
  @Field(() => SanctionEnum, { description: 'The sanction.' })
  sanction: Sanction;

  @Field({ description: 'ACC-2.' })
  ruleId: string;

  @Field({ description: 'The clause of the plan.' })
  clause: string;
}

@ObjectType({ description: 'ACC-2: a sanction decided.' })
export class AssessmentSanction {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => SanctionEnum, { description: 'WARNING, INTERVIEW or CIRCULAR.' })
  sanction: Sanction;

  @Field({ description: 'Who decided.' })
  decidedByName: string;

  @Field(() => Date, { description: 'When.' })
  decidedAt: Date;

  @Field(() => Date, { nullable: true, description: '约谈: when it took place.' })
  interviewAt: Date | null;

  @Field(() => String, { nullable: true, description: '约谈: who attended.' })
  interviewAttendees: string | null;

  @Field(() => String, { nullable: true, description: '约谈: the minutes.' })
  interviewMinutes: string | null;

  @Field(() => String, { nullable: true, description: '通报: its 文号, e.g. 九龙坡教督〔2026〕1号.' })
  circularNumber: string | null;
}

@ObjectType({ description: 'ACC-1: a case of the period in the evidence.' })
export class CaseEvidence {
  @Field(() => AssessedCaseRef, { description: 'The case.' })
  case: AssessedCaseRef;

  @Field(() => [BreachCodeEnum], { description: 'REP-4 breaches on record.' })
  breaches: BreachCode[];

  @Field(() => [HandlingFailureEnum], { description: 'ACC-3 failures found.' })
  failures: HandlingFailure[];

  @Field(() => [ImpactEnum], { description: 'ACC-3 impacts found.' })
  impacts: Impact[];

  @Field({ description: 'The suspect is a staff member (ACC-3’s premise).' })
  isStaffSuspect: boolean;
}

@ObjectType({ description: 'VET-11: a misconduct case of the period and how it was handled.' })
export class MisconductEvidence {
  @Field(() => ID, { description: 'The misconduct case.' })
  id: string;

  @Field({ description: 'OPEN or DECIDED.' })
  status: string;

  @Field(() => Date, { description: 'When it was opened.' })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When discipline was proposed.' })
  proposedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt: Date | null;

  @Field(() => [String], { description: 'The outcomes decided.' })
  outcomes: string[];
}

@ObjectType({ description: 'ACC-1: evidence gathered automatically from the records of the period.' })
export class AssessmentEvidence {
  @Field(() => [CaseEvidence], { description: 'Cases with breaches or findings.' })
  cases: CaseEvidence[];

  @Field(() => Int, { description: 'Active staff (now).' })
  activeStaff: number;

  @Field(() => Int, { description: 'VET-9: active staff whose in-service re-check is overdue (now).' })
  overdueRechecks: number;

  @Field(() => Int, { description: 'VET-10: active staff whose reminder interview is overdue (now).' })
  overdueInterviews: number;

  @Field(() => Int, {
    description:
      'VET-1, VET-9: staff found not CLEAR by an in-service re-check dated in the period (serving when checked; blocked since).',
  })
  staffFoundNotClear: number;

  @Field(() => [MisconductEvidence], { description: 'VET-11: misconduct cases opened in the period.' })
  misconductCases: MisconductEvidence[];
}

@ObjectType({ description: 'What the viewer may do next, from the domain’s assessment policy.' })
export class AssessmentActions {
  @Field({ description: 'recordAssessmentFinding (督导室, until the veto is reviewed).' })
  canRecordFinding: boolean;

  @Field({ description: 'submitVetoStatement (the head, within the window, unreviewed).' })
  canSubmitStatement: boolean;

  @Field({ description: 'reviewVeto (leadership, once the statement is in or the window closed).' })
  canReviewVeto: boolean;

  @Field({ description: 'recordSanction (leadership, when sanctionOptions offers one).' })
  canRecordSanction: boolean;

  @Field({ description: 'Download a circular 通报 (督导室, leadership).' })
  canDownloadCircular: boolean;
}

@ObjectType({ description: 'ACC-1: an institution’s row in a period’s table.' })
export class AssessmentRow {
  @Field(() => ID, { description: 'The assessment.' })
  id: string;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => InstitutionKindEnum, { description: 'Its kind.' })
  institutionKind: InstitutionKind;

  @Field(() => Int, { description: 'ACC-1: the score, 0 to 100.' })
  score: number;

  @Field(() => VetoStatusEnum, { description: 'ACC-5: the veto’s status.' })
  vetoStatus: VetoStatus;

  @Field({ description: 'ACC-3: eligible for awards 评优评先 (never with a veto standing).' })
  isEligibleForAwards: boolean;
}

@ObjectType({ description: 'ACC-1: an assessment period 考核周期.' })
export class AssessmentPeriod {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => Date, { description: 'Start (inclusive).' })
  startsAt: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  endsAt: Date;

  @Field(() => UnitCodeEnum, {
    nullable: true,
    description: 'The section whose institutions it covers, if chosen so.',
  })
  coveredSection: string | null;

  @Field(() => [InstitutionKindEnum], { description: 'The kinds it covers, if chosen so.' })
  coveredKinds: InstitutionKind[];

  @Field(() => Int, { description: 'Institutions covered that the viewer reads.' })
  institutionCount: number;

  @Field(() => Date, { description: 'When 督导室 opened it.' })
  openedAt: Date;
}

@ObjectType({ description: 'ACC-1: one institution’s assessment in a period.' })
export class Assessment extends AssessmentRow {
  @Field(() => AssessmentPeriod, { description: 'The period.' })
  period: AssessmentPeriod;

  @Field(() => [String], { description: 'Rules of the outcome (assessmentOutcome).' })
  outcomeRuleIds: string[];

  @Field(() => VetoVerdictView, { description: 'The verdict computed now from the records.' })
  verdict: VetoVerdictView;

  @Field(() => Date, { nullable: true, description: 'When the veto was first computed.' })
  vetoComputedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'ACC-5: the statement window’s end, once a veto is computed.',
  })
  statementDueAt: Date | null;

  @Field(() => VetoStatement, { nullable: true, description: 'The institution’s statement.' })
  statement: VetoStatement | null;

  @Field(() => VetoReview, { nullable: true, description: 'The leader’s review.' })
  review: VetoReview | null;

  @Field(() => [AssessmentFinding], { description: 'Findings, oldest first.' })
  findings: AssessmentFinding[];

  @Field(() => AssessmentEvidence, { description: 'Evidence from the records of the period.' })
  evidence: AssessmentEvidence;

  @Field(() => [SanctionOptionView], { description: 'ACC-2: what sanctionOptions allows.' })
  sanctionOptions: SanctionOptionView[];

  @Field(() => [AssessmentSanction], { description: 'Sanctions decided, oldest first.' })
  sanctions: AssessmentSanction[];

  @Field(() => AssessmentActions, { description: 'What the viewer may do next.' })
  viewerCan: AssessmentActions;
}

@ObjectType({ description: 'The periods the viewer reads, newest first, and what the viewer may do.' })
export class AssessmentPeriodList {
  @Field(() => [AssessmentPeriod], { description: 'Periods, newest first.' })
  items: AssessmentPeriod[];

  @Field({ description: 'openAssessmentPeriod (督导室).' })
  canOpenPeriod: boolean;

  @Field({ description: 'Export a period’s table (督导室, leadership).' })
  canExport: boolean;
}
