/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** A person who signs in, as listed for administrators. */
export type Account = {
  __typename: 'Account';
  /** Name shown in the app. */
  displayName: Scalars['String']['output'];
  /** Where alerts are mailed; null: in the app only. */
  email?: Maybe<Scalars['String']['output']>;
  /** False until the person sets a password through a set-password link. */
  hasPassword: Scalars['Boolean']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The institution, for institution roles. */
  institutionId?: Maybe<Scalars['ID']['output']>;
  /** Name of the institution, for institution roles. */
  institutionName?: Maybe<Scalars['String']['output']>;
  /** Disabled accounts cannot sign in and their sessions end. */
  isDisabled: Scalars['Boolean']['output'];
  /** The role, which decides permissions. */
  role: Role;
  /** Until when the outstanding set-password link is valid; null when there is none. */
  setPasswordLinkExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The staff record of the person holding an institution account (REP-11, VET-11). */
  staffMember?: Maybe<LinkedStaffMember>;
  /** Committee unit, for committee roles. */
  unit?: Maybe<UnitCode>;
  /** Sign-in name (lower case). */
  username: Scalars['String']['output'];
};

/** A page of accounts, in username order. */
export type AccountConnection = {
  __typename: 'AccountConnection';
  /** The accounts of this page. */
  edges: Array<AccountEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many accounts match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An account in a page of results. */
export type AccountEdge = {
  __typename: 'AccountEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: Account;
};

/** Narrows the account list. */
export type AccountFilter = {
  /** Part of the username or display name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An account, by id. */
export type AccountIdInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
};

/** A language of the app: ZH_CN (简体中文, the default) or EN (English). */
export type AccountLanguage =
  | 'EN'
  | 'ZH_CN';

/** Too many failed attempts: sign-in is refused for a while. */
export type AccountLockedError = ErrorResult & {
  __typename: 'AccountLockedError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** When sign-in will be accepted again. */
  lockedUntil: Scalars['DateTimeISO']['output'];
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** No such account. */
export type AccountNotFoundError = ErrorResult & {
  __typename: 'AccountNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** An open session of an account (administrators). */
export type AccountSession = {
  __typename: 'AccountSession';
  /** When it was opened (sign-in). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Session id. */
  id: Scalars['ID']['output'];
  /** True for the viewer’s own session. */
  isCurrent: Scalars['Boolean']['output'];
  /** When it was last used (to within half a minute). */
  lastSeenAt: Scalars['DateTimeISO']['output'];
};

/** Sessions ended by an administrator. */
export type AccountSessionsEnded = {
  __typename: 'AccountSessionsEnded';
  /** The account. */
  account: Account;
  /** How many open sessions were ended. */
  endedCount: Scalars['Int']['output'];
};

/** The acknowledged case, or why not. */
export type AcknowledgeCaseResult = Case | CaseForbiddenError | CaseNotFoundError | TransitionRefusedError;

/** The active member, or why not. */
export type ActivateStaffResult = InvalidStaffStateError | StaffForbiddenError | StaffMember | StaffNotFoundError | VettingNotClearError;

/** A new candidate: not active, not assignable until vetting is CLEAR. */
export type AddStaffCandidateInput = {
  /** Employment type. */
  employmentType: EmploymentType;
  /** Whether the post has access to pupils. */
  hasStudentAccess: Scalars['Boolean']['input'];
  /** Resident ID number: 18 characters, check digit validated. */
  idNumber: Scalars['String']['input'];
  /** The institution; default the head’s own. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Phone number. */
  phone: Scalars['String']['input'];
  /** Post. */
  post: Scalars['String']['input'];
  /** Role. */
  role: StaffRole;
  /** 入职日期. */
  startedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The new candidate, or why not. */
export type AddStaffCandidateResult = DuplicateStaffError | StaffForbiddenError | StaffMember | ValidationError;

/** REP-9: 安稳办 writes to the reporter. */
export type AnswerTipInput = {
  /** The message, up to 2000 characters. */
  body: Scalars['String']['input'];
  /** The tip. */
  tipId: Scalars['ID']['input'];
};

/** The tip as it now stands, or why not. */
export type AnswerTipResult = CaseForbiddenError | CaseNotFoundError | ReportingTimeError | Tip | TipForbiddenError | TipNotFoundError | TipStateError | ValidationError;

/** A case as the assessment names it; its id only when the viewer may open it (REP-7). */
export type AssessedCaseRef = {
  __typename: 'AssessedCaseRef';
  /** The case, or null when the viewer may not open it. */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** Category, when the viewer may open it. */
  category?: Maybe<IncidentCategory>;
  /** When the institution first knew, when visible. */
  receivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** ACC-1: one institution’s assessment in a period. */
export type Assessment = {
  __typename: 'Assessment';
  /** Evidence from the records of the period. */
  evidence: AssessmentEvidence;
  /** Findings, oldest first. */
  findings: Array<AssessmentFinding>;
  /** The assessment. */
  id: Scalars['ID']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its kind. */
  institutionKind: InstitutionKind;
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** ACC-3: eligible for awards 评优评先 (never with a veto standing). */
  isEligibleForAwards: Scalars['Boolean']['output'];
  /** Rules of the outcome (assessmentOutcome). */
  outcomeRuleIds: Array<Scalars['String']['output']>;
  /** The period. */
  period: AssessmentPeriod;
  /** The leader’s review. */
  review?: Maybe<VetoReview>;
  /** ACC-2: what sanctionOptions allows. */
  sanctionOptions: Array<SanctionOptionView>;
  /** Sanctions decided, oldest first. */
  sanctions: Array<AssessmentSanction>;
  /** ACC-1: the score, 0 to 100. */
  score: Scalars['Int']['output'];
  /** The institution’s statement. */
  statement?: Maybe<VetoStatement>;
  /** ACC-5: the statement window’s end, once a veto is computed. */
  statementDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The verdict computed now from the records. */
  verdict: VetoVerdictView;
  /** When the veto was first computed. */
  vetoComputedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** ACC-5: the veto’s status. */
  vetoStatus: VetoStatus;
  /** What the viewer may do next. */
  viewerCan: AssessmentActions;
};

/** What the viewer may do next, from the domain’s assessment policy. */
export type AssessmentActions = {
  __typename: 'AssessmentActions';
  /** Download a circular 通报 (督导室, leadership). */
  canDownloadCircular: Scalars['Boolean']['output'];
  /** recordAssessmentFinding (督导室, until the veto is reviewed). */
  canRecordFinding: Scalars['Boolean']['output'];
  /** recordSanction (leadership, when sanctionOptions offers one). */
  canRecordSanction: Scalars['Boolean']['output'];
  /** reviewVeto (leadership, once the statement is in or the window closed). */
  canReviewVeto: Scalars['Boolean']['output'];
  /** submitVetoStatement (the head, within the window, unreviewed). */
  canSubmitStatement: Scalars['Boolean']['output'];
};

/** ACC-1: evidence gathered automatically from the records of the period. */
export type AssessmentEvidence = {
  __typename: 'AssessmentEvidence';
  /** Active staff (now). */
  activeStaff: Scalars['Int']['output'];
  /** Cases with breaches or findings. */
  cases: Array<CaseEvidence>;
  /** VET-11: misconduct cases opened in the period. */
  misconductCases: Array<MisconductEvidence>;
  /** VET-10: active staff whose reminder interview is overdue (now). */
  overdueInterviews: Scalars['Int']['output'];
  /** VET-9: active staff whose in-service re-check is overdue (now). */
  overdueRechecks: Scalars['Int']['output'];
  /** VET-1, VET-9: staff found not CLEAR by an in-service re-check dated in the period (serving when checked; blocked since). */
  staffFoundNotClear: Scalars['Int']['output'];
};

/** ACC-1: a finding of 督导室 or a joint inspection team. */
export type AssessmentFinding = {
  __typename: 'AssessmentFinding';
  /** The case it concerns, if any. */
  case?: Maybe<AssessedCaseRef>;
  /** ACC-3 handling failures on the case. */
  failures: Array<HandlingFailure>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** ACC-3 impacts of the case. */
  impacts: Array<Impact>;
  /** Points added (positive) or deducted (negative). */
  points: Scalars['Int']['output'];
  /** When. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  recordedByName: Scalars['String']['output'];
  /** ACC-2 findings about the institution’s work. */
  sanctionGrounds: Array<SanctionGround>;
  /** Who found it. */
  source: FindingSource;
  /** What was found. */
  text: Scalars['String']['output'];
};

/** The viewer may not do this (ACC-1, ACC-2, ACC-5). */
export type AssessmentForbiddenError = ErrorResult & {
  __typename: 'AssessmentForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule of the assessment policy that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** No such assessment, or not one the viewer reads. */
export type AssessmentNotFoundError = ErrorResult & {
  __typename: 'AssessmentNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** ACC-1: an assessment period 考核周期. */
export type AssessmentPeriod = {
  __typename: 'AssessmentPeriod';
  /** The kinds it covers, if chosen so. */
  coveredKinds: Array<InstitutionKind>;
  /** The section whose institutions it covers, if chosen so. */
  coveredSection?: Maybe<UnitCode>;
  /** End (exclusive). */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Institutions covered that the viewer reads. */
  institutionCount: Scalars['Int']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** When 督导室 opened it. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The institutions’ rows the viewer reads, by name: score, veto status, eligibility. */
  rows: Array<AssessmentRow>;
  /** Start (inclusive). */
  startsAt: Scalars['DateTimeISO']['output'];
};

/** The periods the viewer reads, newest first, and what the viewer may do. */
export type AssessmentPeriodList = {
  __typename: 'AssessmentPeriodList';
  /** Export a period’s table (督导室, leadership). */
  canExport: Scalars['Boolean']['output'];
  /** openAssessmentPeriod (督导室). */
  canOpenPeriod: Scalars['Boolean']['output'];
  /** Periods, newest first. */
  items: Array<AssessmentPeriod>;
};

/** ACC-1: an institution’s row in a period’s table. */
export type AssessmentRow = {
  __typename: 'AssessmentRow';
  /** The assessment. */
  id: Scalars['ID']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its kind. */
  institutionKind: InstitutionKind;
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** ACC-3: eligible for awards 评优评先 (never with a veto standing). */
  isEligibleForAwards: Scalars['Boolean']['output'];
  /** ACC-1: the score, 0 to 100. */
  score: Scalars['Int']['output'];
  /** ACC-5: the veto’s status. */
  vetoStatus: VetoStatus;
};

/** ACC-2: a sanction decided. */
export type AssessmentSanction = {
  __typename: 'AssessmentSanction';
  /** 通报: its 文号, e.g. 九龙坡教督〔2026〕1号. */
  circularNumber?: Maybe<Scalars['String']['output']>;
  /** When. */
  decidedAt: Scalars['DateTimeISO']['output'];
  /** Who decided. */
  decidedByName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 约谈: when it took place. */
  interviewAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 约谈: who attended. */
  interviewAttendees?: Maybe<Scalars['String']['output']>;
  /** 约谈: the minutes. */
  interviewMinutes?: Maybe<Scalars['String']['output']>;
  /** WARNING, INTERVIEW or CIRCULAR. */
  sanction: Sanction;
};

/** Not in this state: no veto, already reviewed, statement window closed or still open (ACC-5). */
export type AssessmentStateError = ErrorResult & {
  __typename: 'AssessmentStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule behind it. */
  ruleId: Scalars['String']['output'];
  /** The statement window’s end, when it matters. */
  statementDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** PRV-1: a hazard’s owner and due date. */
export type AssignHazardInput = {
  /** The due date. */
  dueAt: Scalars['DateTimeISO']['input'];
  /** The hazard. */
  hazardId: Scalars['ID']['input'];
  /** The owner, a member of the institution’s staff register. */
  ownerStaffId: Scalars['ID']['input'];
};

/** The hazard as it now stands, or why not. */
export type AssignHazardResult = Hazard | InspectionForbiddenError | InspectionNotFoundError | InspectionStateError | ValidationError;

/** PRV-8: a class’s head teacher 班主任 (null: none). */
export type AssignHeadTeacherInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
  /** The head teacher, from the staff register; null clears. */
  headTeacherStaffId?: InputMaybe<Scalars['ID']['input']>;
};

/** Issue 10: an account to filter the audit trail by, found by name. */
export type AuditActor = {
  __typename: 'AuditActor';
  /** Name shown in the UI. */
  displayName: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** Sign-in name. */
  username: Scalars['String']['output'];
};

/** One entry of the append-only audit trail. */
export type AuditEvent = {
  __typename: 'AuditEvent';
  /** What was done, e.g. "signIn", "signOut", "institution.read". */
  action: Scalars['String']['output'];
  /** Issue 10: the actor’s display name; null for the system or an anonymous attempt. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** Who did it; null for the system or an anonymous sign-in attempt. */
  actorUsername?: Maybe<Scalars['String']['output']>;
  /** Position in the trail. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** "OK" or an error code. */
  outcome: Scalars['String']['output'];
  /** Identifier of the record acted on. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** Issue 10: the name of the record acted on (an account, an institution, a staff member the viewer may see); never for a case. */
  targetName?: Maybe<Scalars['String']['output']>;
  /** Kind of record acted on, e.g. "institution". */
  targetType?: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename: 'AuditEventConnection';
  /** The events of this page. */
  edges: Array<AuditEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An audit event in a page of results. */
export type AuditEventEdge = {
  __typename: 'AuditEventEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Narrows the audit trail; all given conditions must hold. */
export type AuditFilter = {
  /** Only this action. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Issue 10: only these actions (any of them). */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Issue 10: only this actor’s account (picked by name). */
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this actor. */
  actorUsername?: InputMaybe<Scalars['String']['input']>;
  /** From this instant, inclusive. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Before this instant, exclusive. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A secret to confirm, or why enrolment cannot start. */
export type BeginMfaEnrolmentResult = MfaChallengeExpiredError | MfaEnrolment | MfaStateError;

/** REP-4: 迟报, 漏报, 瞒报, 私下调解. */
export type BreachCode =
  | 'CONCEALMENT'
  | 'LATE_REPORT'
  | 'OMISSION'
  | 'PRIVATE_SETTLEMENT';

/** PRV-10: an adopted anti-bullying document (download: GET /api/care-records/bullying-documents/:id). */
export type BullyingDocument = {
  __typename: 'BullyingDocument';
  /** The day it was adopted. */
  adoptedAt: Scalars['DateTimeISO']['output'];
  /** Its size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** Its content type. */
  contentType: Scalars['String']['output'];
  /** The uploaded file’s name. */
  fileName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Rules or handbook. */
  kind: BullyingDocumentKind;
  /** Title. */
  title: Scalars['String']['output'];
};

/** PRV-10: the anti-bullying rules 制度 or the handbook 手册. */
export type BullyingDocumentKind =
  | 'HANDBOOK'
  | 'RULES';

/** PRV-10: the handling steps of a bullying report, in order (调查, 认定, 处理措施, 跟进谈心). */
export type BullyingStep =
  | 'FINDING'
  | 'FOLLOW_UP_TALKS'
  | 'INVESTIGATION'
  | 'MEASURES';

/** PRV-10: done, due by its time limit, or past it. */
export type BullyingStepStatus =
  | 'DONE'
  | 'DUE'
  | 'OVERDUE';

/** PRV-10: one handling step of a bullying case with its time limit. */
export type BullyingStepView = {
  __typename: 'BullyingStepView';
  /** When the step was completed. */
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The district’s time limit for the step, counted from the report. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Completed after its time limit. */
  isLate: Scalars['Boolean']['output'];
  /** What was done (confidential: names children); only for the case’s need-to-know group. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who recorded it (display name). */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** Done, due or overdue at the server’s now. */
  status: BullyingStepStatus;
  /** Which step. */
  step: BullyingStep;
};

/** PRV-10: a bullying case’s handling steps, in order. */
export type BullyingSteps = {
  __typename: 'BullyingSteps';
  /** The case. */
  caseId: Scalars['ID']['output'];
  /** The step to record next; null when all are done. */
  nextStep?: Maybe<BullyingStep>;
  /** Every step in order, with its status. */
  steps: Array<BullyingStepView>;
  /** What the viewer may do. */
  viewerCan: BullyingStepsViewerCan;
};

/** PRV-10: what the viewer may do with the bullying steps (bullyingStepsAccess). */
export type BullyingStepsViewerCan = {
  __typename: 'BullyingStepsViewerCan';
  /** Record the next step. */
  recordStep: Scalars['Boolean']['output'];
};

/** One institution a campaign covers, and its self-inspection. */
export type CampaignInstitution = {
  __typename: 'CampaignInstitution';
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its kind. */
  institutionKind: InstitutionKind;
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Its self-inspection, once started. */
  selfInspectionId?: Maybe<Scalars['ID']['output']>;
  /** When the self-inspection was submitted. */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** PRV-7: a class (open) as the care records list it. */
export type CareClass = {
  __typename: 'CareClass';
  /** The class. */
  id: Scalars['ID']['output'];
  /** Its intake. */
  intakeId: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** The viewer reads these records but does not keep them (only the head does). */
export type CareForbiddenError = ErrorResult & {
  __typename: 'CareForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** No such institution, intake or class, or not one the viewer reads. */
export type CareNotFoundError = ErrorResult & {
  __typename: 'CareNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** PRV-5 to PRV-7, PRV-10: an institution’s care and education records. */
export type CareRecords = {
  __typename: 'CareRecords';
  /** PRV-10: newest adoption first. */
  bullyingDocuments: Array<BullyingDocument>;
  /** The open classes (for the forms). */
  classes: Array<CareClass>;
  /** PRV-7. */
  counselling: Counselling;
  /** PRV-6: each intake’s course, newest intake first. */
  courses: Array<IntakeCourse>;
  /** PRV-10: both the rules and the handbook are adopted. */
  hasBullyingDocuments: Scalars['Boolean']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** PRV-5. */
  legalVicePrincipal: LegalVicePrincipalOverview;
  /** The staff register for the forms; empty for readers. */
  staffChoices: Array<StaffChoice>;
  /** PRV-7. */
  teachingPlan: TeachingPlan;
  /** What the viewer may record. */
  viewerCan: CareRecordsViewerCan;
};

/** What the viewer may record here (careRecordsAccess). */
export type CareRecordsViewerCan = {
  __typename: 'CareRecordsViewerCan';
  /** PRV-6: record intakes and classes, head teachers, close classes. */
  manageClasses: Scalars['Boolean']['output'];
  /** PRV-10: upload anti-bullying documents. */
  recordBullyingDocument: Scalars['Boolean']['output'];
  /** PRV-7. */
  recordCounselling: Scalars['Boolean']['output'];
  /** PRV-6. */
  recordCourseDelivery: Scalars['Boolean']['output'];
  /** PRV-5. */
  recordLegalVicePrincipal: Scalars['Boolean']['output'];
  /** PRV-7. */
  recordTeachingPlan: Scalars['Boolean']['output'];
};

/** The record is in a state that does not allow this. */
export type CareStateError = ErrorResult & {
  __typename: 'CareStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** An incident case (a child’s disclosure) and everything recorded on it. */
export type Case = {
  __typename: 'Case';
  /** How much of the case the viewer sees. */
  access: CaseAccess;
  /** When the head acknowledged it. */
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who acknowledged it. */
  acknowledgedBy?: Maybe<CasePerson>;
  /** Recorded breaches. */
  breaches: Array<CaseBreach>;
  /** PRV-10: the handling steps of a bullying case with their time limits; null for other categories and for viewers outside the case’s need-to-know group. */
  bullyingSteps?: Maybe<BullyingSteps>;
  /** PRV-1: the viewer may start an unannounced inspection at the case’s institution (its inspectors), the items the case’s category touches first. */
  canStartUnannouncedInspection: Scalars['Boolean']['output'];
  /** What kind. */
  category: IncidentCategory;
  /** How the child told. */
  channel: DisclosureChannel;
  /** The child: case(id) and need-to-know only; null in lists. */
  child?: Maybe<ChildIdentity>;
  /** The child’s words: case(id) and FULL access only. */
  childStatement?: Maybe<Scalars['String']['output']>;
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was closed. */
  closingReason?: Maybe<ClosingReason>;
  /** REP-6 checklist; empty unless the suspect is staff. */
  emergencyChecklist: Array<EmergencyChecklistItem>;
  /** Where else the district learned of it. */
  externalSources: Array<ExternalSourceRecord>;
  /** UUID. */
  id: Scalars['ID']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** The institution’s name. */
  institutionName: Scalars['String']['output'];
  /** The child is in danger now. */
  isChildInDanger: Scalars['Boolean']['output'];
  /** REP-7: confidential. */
  isConfidential: Scalars['Boolean']['output'];
  /** REP-11: the head is in conflict (and does not see the case). */
  isHeadInConflict: Scalars['Boolean']['output'];
  /** REP-11: the suspect is the school head. */
  isSuspectHead: Scalars['Boolean']['output'];
  /** The police report, once recorded. */
  policeReport?: Maybe<PoliceReport>;
  /** When the teacher heard it. */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  reporter: CasePerson;
  /** Deadlines and status. */
  reporting: CaseReporting;
  /** Workflow state. */
  state: IncidentState;
  /** Free-text description of the suspect (FULL access only). */
  suspectDescription?: Maybe<Scalars['String']['output']>;
  /** Who the suspect is. */
  suspectType: SuspectType;
  /** The timeline, oldest first. */
  timeline: Array<CaseEvent>;
  /** What the viewer may do now. */
  viewerCan: CaseActions;
  /** REP-10 notes, oldest first: case(id) and the need-to-know group only; null otherwise (lists, SUMMARY access). */
  welfareNotes?: Maybe<Array<WelfareNote>>;
};

/** FULL: the whole case. SUMMARY: the 安稳办 inbox view outside the need-to-know group, without the child (REP-7). */
export type CaseAccess =
  | 'FULL'
  | 'SUMMARY';

/** What the viewer may do on the case now, from the domain’s case policy. */
export type CaseActions = {
  __typename: 'CaseActions';
  /** acknowledgeCase */
  canAcknowledge: Scalars['Boolean']['output'];
  /** closeCase */
  canClose: Scalars['Boolean']['output'];
  /** completeEmergencyStep */
  canCompleteEmergencyStep: Scalars['Boolean']['output'];
  /** recordExternalSource */
  canRecordExternalSource: Scalars['Boolean']['output'];
  /** recordPoliceReport */
  canRecordPoliceReport: Scalars['Boolean']['output'];
  /** recordWelfareNote (REP-10) */
  canRecordWelfareNote: Scalars['Boolean']['output'];
  /** Every closing reason with the workflow’s answer; empty unless canClose. */
  closingReasons: Array<ClosingReasonOption>;
};

/** A recorded REP-4 breach. */
export type CaseBreach = {
  __typename: 'CaseBreach';
  /** Which breach. */
  code: BreachCode;
  /** The hop of the reporting chain it concerns (a LATE_REPORT of TEACHER_TO_HEAD: 迟报（教师→校长）). */
  hop: ReportingHop;
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The rules it breaks. */
  ruleIds: Array<Scalars['String']['output']>;
};

/** A page of cases, in the order asked for. */
export type CaseConnection = {
  __typename: 'CaseConnection';
  /** The cases of this page. */
  edges: Array<CaseEdge>;
  /** True when more cases match than the limit: totalCount is then the limit, and the list goes on. */
  isTotalCountCapped: Scalars['Boolean']['output'];
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many cases match within what the viewer may see, counted up to a limit (10,000 unless the district sets CASE_COUNT_LIMIT); see isTotalCountCapped. */
  totalCount: Scalars['Int']['output'];
};

/** A case in a page of results. */
export type CaseEdge = {
  __typename: 'CaseEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: Case;
};

/** One timeline entry, oldest first. */
export type CaseEvent = {
  __typename: 'CaseEvent';
  /** Who; null for the system (jobs). */
  actor?: Maybe<CasePerson>;
  /** When it happened; for the system (alerts, breaches it recorded), the instant it acted. */
  at: Scalars['DateTimeISO']['output'];
  /** The deadline this event concerns. */
  deadline?: Maybe<DeadlineKind>;
  /** Met or missed. */
  deadlineOutcome?: Maybe<DeadlineOutcome>;
  /** A code: the step, source, breach, alert kind or reason. */
  detail?: Maybe<Scalars['String']['output']>;
  /** When that deadline fell due, beside `at` ("due 10:10, alerted 13:05"); null when not recorded. */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What happened. */
  kind: CaseEventKind;
};

/** What a timeline entry records. */
export type CaseEventKind =
  | 'ALERT_SENT'
  | 'BREACH_RECORDED'
  | 'CLOSED'
  | 'CLOSE_REFUSED'
  | 'DISCLOSURE_RECORDED'
  | 'EMERGENCY_STEP_DONE'
  | 'EXTERNAL_SOURCE_RECORDED'
  | 'HEAD_ACKNOWLEDGED'
  | 'POLICE_REPORTED';

/** ACC-1: a case of the period in the evidence. */
export type CaseEvidence = {
  __typename: 'CaseEvidence';
  /** REP-4 breaches on record. */
  breaches: Array<BreachCode>;
  /** The case. */
  case: AssessedCaseRef;
  /** ACC-3 failures found. */
  failures: Array<HandlingFailure>;
  /** ACC-3 impacts found. */
  impacts: Array<Impact>;
  /** The suspect is a staff member (ACC-3’s premise). */
  isStaffSuspect: Scalars['Boolean']['output'];
};

/** Why a case looked at does not ground a veto (ACC-5). */
export type CaseExclusionReason =
  | 'NO_HANDLING_FAILURE'
  | 'NO_IMPACT'
  | 'OTHER_INSTITUTION'
  | 'OUTSIDE_PERIOD';

/** Narrows the case list; all given conditions must hold. */
export type CaseFilter = {
  /** Only cases with this breach on record (REP-4). */
  breachCode?: InputMaybe<BreachCode>;
  /** Only these categories. */
  categories?: InputMaybe<Array<IncidentCategory>>;
  /** Only cases with (true) or without (false) a recorded breach. */
  hasBreach?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this institution. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only institutions of this kind. */
  institutionKind?: InputMaybe<InstitutionKind>;
  /** True: a police report is required, not made, and its deadline has passed (REP-3); false: every other case. */
  policeDeadlinePassed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Recorded before this instant (exclusive). */
  recordedBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Recorded at or after this instant (inclusive). */
  recordedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only institutions of the kinds this section supervises (ORG-1, the responsibility matrix). */
  section?: InputMaybe<SupervisingSection>;
  /** Only these states. */
  states?: InputMaybe<Array<IncidentState>>;
  /** Only this reporting status. */
  status?: InputMaybe<ReportingStatus>;
  /** Only institutions on this street or town 镇街 (exact name, up to 40 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** The viewer sees the case but may not do this. */
export type CaseForbiddenError = ErrorResult & {
  __typename: 'CaseForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule of the case policy that refuses it. */
  ruleId?: Maybe<Scalars['String']['output']>;
};

/** No such case, or not visible to the viewer (same answer). */
export type CaseNotFoundError = ErrorResult & {
  __typename: 'CaseNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** The order of the case list: newest first (default), oldest first, or soonest police deadline first (cases without one last). */
export type CaseOrder =
  | 'POLICE_DUE_ASC'
  | 'RECORDED_AT_ASC'
  | 'RECORDED_AT_DESC';

/** A person on the case (an account), by display name only. */
export type CasePerson = {
  __typename: 'CasePerson';
  /** Display name. */
  displayName: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
};

/** REP-2/REP-3 deadlines and the domain’s assessment at the server’s now. */
export type CaseReporting = {
  __typename: 'CaseReporting';
  /** The server’s now (clock service); count down from it. */
  assessedAt: Scalars['DateTimeISO']['output'];
  /** REP-2: when the head must have been told. */
  headNotificationDueAt: Scalars['DateTimeISO']['output'];
  /** REP-2: the head was (or is being) told late. */
  isHeadNotificationLate: Scalars['Boolean']['output'];
  /** REP-1: a police report is mandatory. */
  isPoliceReportRequired: Scalars['Boolean']['output'];
  /** REP-3: when the police report is due (earliest receipt + 60 minutes). */
  policeReportDueAt: Scalars['DateTimeISO']['output'];
  /** Compliant, awaiting the police report, or in breach. */
  status: ReportingStatus;
};

/** CLEAR: nothing found or held. RECORD_FOUND: on record in the system consulted. NOT_MET: not held or not passed. */
export type CheckOutcome =
  | 'CLEAR'
  | 'NOT_MET'
  | 'RECORD_FOUND';

/** Who records a check: the institution itself, or a committee unit from the responsibility matrix (ORG-2). */
export type CheckRecorder =
  | 'BASIC'
  | 'HEALTH'
  | 'INSPECT'
  | 'INSTITUTION'
  | 'LEAD'
  | 'OFFICE'
  | 'PERSONNEL'
  | 'POLICY'
  | 'PRESCHOOL'
  | 'SAFETY'
  | 'VOCATIONAL';

/** PRV-8: a watched child’s file, for the need-to-know group only (the child’s head teacher, counsellors, the head, designated 安稳办 officers). Every read is audited. */
export type ChildFile = {
  __typename: 'ChildFile';
  /** Linked cases the viewer may read (on one file only). */
  cases: Array<ChildFileLinkedCase>;
  /** Watch categories (LEFT_BEHIND, IN_DIFFICULTY, the district’s). */
  categories: Array<Scalars['String']['output']>;
  /** The child’s name. */
  childName: Scalars['String']['output'];
  /** The child’s class. */
  classId: Scalars['ID']['output'];
  /** The class’s name. */
  className: Scalars['String']['output'];
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was closed. */
  closingReason?: Maybe<Scalars['String']['output']>;
  /** Counsellors 心理辅导老师 named on the file. */
  counsellors: Array<ChildFileStaff>;
  /** The mental-health growth file 心理健康成长档案. */
  growthFile?: Maybe<Scalars['String']['output']>;
  /** The class’s head teacher 班主任. */
  headTeacherName?: Maybe<Scalars['String']['output']>;
  /** Linked cases the viewer may not read. */
  hiddenCaseCount: Scalars['Int']['output'];
  /** Stable identifier (never the child’s name). */
  id: Scalars['ID']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** When the file was opened. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The personal file 个人档案. */
  personalFile?: Maybe<Scalars['String']['output']>;
  /** Student number 学籍号. */
  studentNumber?: Maybe<Scalars['String']['output']>;
  /** The talks’ due date and whether one is overdue. */
  talkStatus: WelfareTalkStatusView;
  /** Talks and class meetings, newest first (on one file only). */
  talks: Array<WelfareTalkView>;
  /** What the viewer may do. */
  viewerCan: ChildFileViewerCan;
};

/** A class a file may be opened in, with its head teacher. */
export type ChildFileClassOption = {
  __typename: 'ChildFileClassOption';
  /** Its head teacher. */
  headTeacherName?: Maybe<Scalars['String']['output']>;
  /** The class. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** PRV-8: how many watched children one institution has in one category; never names. */
export type ChildFileCount = {
  __typename: 'ChildFileCount';
  /** The watch category. */
  category: Scalars['String']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its kind. */
  institutionKind: InstitutionKind;
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Open files. */
  openCount: Scalars['Int']['output'];
  /** Open files whose talk is overdue. */
  overdueCount: Scalars['Int']['output'];
  /** The section that supervises it (ORG-1). */
  section: UnitCode;
};

/** The viewer may not do this with the file (PRV-8). */
export type ChildFileForbiddenError = ErrorResult & {
  __typename: 'ChildFileForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** PRV-8: what the open-a-file form offers the viewer (empty when she opens none). */
export type ChildFileForm = {
  __typename: 'ChildFileForm';
  /** The district’s watch categories (watchCategories). */
  categories: Array<Scalars['String']['output']>;
  /** Open classes where the viewer may open a file. */
  classes: Array<ChildFileClassOption>;
  /** Serving staff of the register, for counsellors. */
  staff: Array<ChildFileStaff>;
};

/** PRV-8: a case linked to the child’s file, as far as the viewer may read it. */
export type ChildFileLinkedCase = {
  __typename: 'ChildFileLinkedCase';
  /** Its category. */
  category: IncidentCategory;
  /** The case. */
  id: Scalars['ID']['output'];
  /** When it was received. */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** Its state. */
  state: IncidentState;
};

/** PRV-8: the viewer’s watched children (names for the need-to-know group only). */
export type ChildFileList = {
  __typename: 'ChildFileList';
  /** Open files first, overdue talks first, then by due date. */
  items: Array<ChildFile>;
  /** Whether the viewer sees children at all; false means counts only. */
  showsChildren: Scalars['Boolean']['output'];
};

/** No such file, class or case, or not one the viewer reaches (never says which child). */
export type ChildFileNotFoundError = ErrorResult & {
  __typename: 'ChildFileNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** A staff member of the institution’s register, as a child file names them. */
export type ChildFileStaff = {
  __typename: 'ChildFileStaff';
  /** Staff member id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Post, e.g. 心理辅导老师. */
  post: Scalars['String']['output'];
};

/** The file is closed: nothing more is recorded on it. */
export type ChildFileStateError = ErrorResult & {
  __typename: 'ChildFileStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** PRV-8: what the viewer may do with this file (childFileAccess). */
export type ChildFileViewerCan = {
  __typename: 'ChildFileViewerCan';
  /** Close the file (the head). */
  closeFile: Scalars['Boolean']['output'];
  /** Record a talk or class meeting. */
  recordTalk: Scalars['Boolean']['output'];
  /** Change categories, counsellors and the files; link a case. */
  updateFile: Scalars['Boolean']['output'];
};

/** The child (REP-7): only for the need-to-know group, only in case(id). */
export type ChildIdentity = {
  __typename: 'ChildIdentity';
  /** The child’s class. */
  className: Scalars['String']['output'];
  /** The child’s name. */
  name: Scalars['String']['output'];
};

/** PRV-7: mental-health and puberty lessons of one class this term. */
export type ClassLessons = {
  __typename: 'ClassLessons';
  /** The class. */
  classId: Scalars['ID']['output'];
  /** Its name. */
  className: Scalars['String']['output'];
  /** Fewer than the district’s minimum. */
  isShort: Scalars['Boolean']['output'];
  /** Lessons planned this term. */
  lessons: Scalars['Int']['output'];
};

/** What the viewer may do with the classes (careRecordsAccess). */
export type ClassesViewerCan = {
  __typename: 'ClassesViewerCan';
  /** Record intakes and classes, assign head teachers, close classes (the head). */
  manageClasses: Scalars['Boolean']['output'];
};

/** Close a case (REP-4). */
export type CloseCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A note, up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why. */
  reason: ClosingReason;
};

/** The closed case, or why not. */
export type CloseCaseResult = Case | CaseForbiddenError | CaseNotFoundError | TransitionRefusedError | ValidationError;

/** PRV-8: close a file (the child no longer needs watching). */
export type CloseChildFileInput = {
  /** The file. */
  fileId: Scalars['ID']['input'];
  /** Why, e.g. 父母返乡 or 转学. */
  reason: Scalars['String']['input'];
};

/** The closed file, or why not. */
export type CloseChildFileResult = ChildFile | ChildFileForbiddenError | ChildFileNotFoundError | ChildFileStateError | ValidationError;

/** A class that left (graduated, merged): kept for its records. */
export type CloseClassInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
};

/** PRV-3: close a risk subject, with a reason. */
export type CloseRiskSubjectInput = {
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why (required). */
  reason?: InputMaybe<RiskClosingReason>;
  /** The risk subject. */
  riskSubjectId: Scalars['ID']['input'];
};

/** The risk subject as it now stands, or why not. */
export type CloseRiskSubjectResult = RiskSubject | RiskSubjectForbiddenError | RiskSubjectNotFoundError | RiskSubjectStateError | ValidationError;

/** REP-9: 安稳办 closes a tip; the conversation ends. */
export type CloseTipInput = {
  /** The tip. */
  tipId: Scalars['ID']['input'];
};

/** The tip as it now stands, or why not. */
export type CloseTipResult = CaseForbiddenError | CaseNotFoundError | ReportingTimeError | Tip | TipForbiddenError | TipNotFoundError | TipStateError | ValidationError;

/** Why a case is closed; PRIVATE_SETTLEMENT is always refused and recorded as a breach (REP-4). */
export type ClosingReason =
  | 'DUPLICATE'
  | 'PRIVATE_SETTLEMENT'
  | 'RESOLVED'
  | 'UNFOUNDED';

/** A closing reason and whether the workflow takes it now (REP-4). */
export type ClosingReasonOption = {
  __typename: 'ClosingReasonOption';
  /** closeCase with this reason would be accepted now. */
  isAllowed: Scalars['Boolean']['output'];
  /** The reason. */
  reason: ClosingReason;
  /** Why it would be refused; null when allowed. */
  refusal?: Maybe<TransitionRefusal>;
  /** The rule behind the answer. */
  ruleId: Scalars['String']['output'];
};

/** Tick one REP-6 step. */
export type CompleteEmergencyStepInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** When it was done; default now. */
  doneAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The step. */
  step: EmergencyStep;
};

/** The case with the step ticked, or why not. */
export type CompleteEmergencyStepResult = Case | CaseForbiddenError | CaseNotFoundError | ReportingTimeError | ValidationError;

/** MFA is on and the session open, or why the code was refused. */
export type ConfirmMfaEnrolmentResult = AccountLockedError | InvalidMfaCodeError | MfaChallengeExpiredError | MfaEnrolled | ValidationError;

/** MFA is on, or why the code was refused. */
export type ConfirmMyMfaEnrolmentResult = InvalidMfaCodeError | MfaRecoveryCodes | MfaStateError | ValidationError;

/** REP-8, REP-3: 安稳办 turns a tip into a case (recorded as a case from elsewhere). */
export type ConvertTipToCaseInput = {
  /** The tip’s category by default. */
  category?: InputMaybe<IncidentCategory>;
  /** The institution; the tip’s chosen school by default. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** REP-3: when the school first knew (the police clock starts there); the tip’s time by default. Earlier than the tip, and never reported, is 瞒报 (REP-4). */
  institutionKnewAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Who the suspect is, as far as known. */
  suspectType: SuspectType;
  /** The tip. */
  tipId: Scalars['ID']['input'];
};

/** The tip as it now stands, or why not. */
export type ConvertTipToCaseResult = CaseForbiddenError | CaseNotFoundError | ReportingTimeError | Tip | TipForbiddenError | TipNotFoundError | TipStateError | ValidationError;

/** PRV-7: the counselling room 心理辅导室 and hotline. */
export type Counselling = {
  __typename: 'Counselling';
  /** A counselling room exists. */
  hasCounsellingRoom: Scalars['Boolean']['output'];
  /** The hotline. */
  hotline?: Maybe<Scalars['String']['output']>;
  /** A room or a hotline (hasCounsellingRoomOrHotline); false is a gap. */
  isProvided: Scalars['Boolean']['output'];
  /** When recorded; null when never. */
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the room is. */
  roomLocation?: Maybe<Scalars['String']['output']>;
};

/** PRV-6: the sexual-abuse-prevention course delivered to classes of an intake. */
export type CourseDelivery = {
  __typename: 'CourseDelivery';
  /** The classes that had it. */
  classIds: Array<Scalars['ID']['output']>;
  /** Their names. */
  classNames: Array<Scalars['String']['output']>;
  /** The day it was delivered. */
  deliveredAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The intake. */
  intakeId: Scalars['ID']['output'];
  /** A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The teacher’s name. */
  teacherName: Scalars['String']['output'];
  /** The teacher, from the staff register. */
  teacherStaffId: Scalars['ID']['output'];
};

/** PRV-6: the intake’s sexual-abuse-prevention course: before its deadline, done, done late, overdue. */
export type CourseStatusCode =
  | 'DELIVERED'
  | 'DELIVERED_LATE'
  | 'OVERDUE'
  | 'PENDING';

/** A new account. It has no password: the answer carries a one-time set-password link. */
export type CreateAccountInput = {
  /** Name shown in the app, 1 to 60 characters. */
  displayName: Scalars['String']['input'];
  /** Where alerts are mailed; empty: in the app only. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Institution: required for TEACHER, HEAD and STAFF. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** The role, which decides permissions. */
  role: Role;
  /** The staff record of this person, on the same institution’s register (institution roles). */
  staffMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** Committee unit: required for SECTION_MEMBER; LEADER is always LEAD; none for other roles. */
  unit?: InputMaybe<UnitCode>;
  /** Sign-in name: 3 to 64 of a-z, 0-9, dot, hyphen, underscore (stored lower case). */
  username: Scalars['String']['input'];
};

/** The new account with its set-password link, or why not. */
export type CreateAccountResult = SetPasswordLinkIssued | ValidationError;

/** What a check found about a person’s criminal past. CRIMINAL_PUNISHMENT: has received a criminal punishment (VET-7). DEPRIVED_OF_POLITICAL_RIGHTS: deprived of political rights (VET-6). INTENTIONAL_CRIME_IMPRISONMENT: sentenced for an intentional crime to fixed-term imprisonment or more (VET-6). Each is a criminal punishment too: the person is blocked and banned district-wide for life (VET-7). */
export type CriminalFinding =
  | 'CRIMINAL_PUNISHMENT'
  | 'DEPRIVED_OF_POLITICAL_RIGHTS'
  | 'INTENTIONAL_CRIME_IMPRISONMENT';

/** REP-2 head notification, REP-3 police report. */
export type DeadlineKind =
  | 'HEAD_NOTIFICATION'
  | 'POLICE_REPORT';

/** Whether an event met its deadline. */
export type DeadlineOutcome =
  | 'MET'
  | 'MISSED';

/** The investigation and the outcome of a case (VET-11). */
export type DecideMisconductInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** When discipline was decided. */
  decidedAt: Scalars['DateTimeISO']['input'];
  /** Whether the facts were investigated and verified. */
  factsVerified: Scalars['Boolean']['input'];
  /** The investigation’s findings. */
  investigation: Scalars['String']['input'];
  /** Whether a crime is involved. */
  involvesCrime: Scalars['Boolean']['input'];
  /** The outcomes chosen among those allowed. */
  outcomes: Array<MisconductOutcome>;
  /** When discipline was proposed. */
  proposedAt: Scalars['DateTimeISO']['input'];
  /** Severity. */
  severity: MisconductSeverity;
};

/** The decided case, or why not. */
export type DecideMisconductResult = InvalidStaffStateError | MisconductCase | MisconductCaseNotFoundError | OutcomeNotAllowedError | StaffForbiddenError | ValidationError;

/** MFA is off, or why it stays on. */
export type DisableMyMfaResult = InvalidMfaCodeError | MfaDisabled | MfaStateError | ValidationError;

/** How the child told. */
export type DisclosureChannel =
  | 'ORAL'
  | 'WRITTEN';

/** PRV-4: entered, or refused at the door. */
export type DormDecision =
  | 'ALLOWED'
  | 'REFUSED';

/** PRV-4: the dormitory door of the viewer’s institution. */
export type DormDoor = {
  __typename: 'DormDoor';
  /** Whether the viewer may record entries here (dormAccess). */
  canRecordEntry: Scalars['Boolean']['output'];
  /** People inside now (entered, exit not recorded), oldest first. */
  inside: Array<DormEntry>;
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Whether it boards (has dormitories). */
  isBoarding: Scalars['Boolean']['output'];
  /** Night window end, minutes after local midnight. */
  nightEndMinute: Scalars['Int']['output'];
  /** Night window start, minutes after local midnight. */
  nightStartMinute: Scalars['Int']['output'];
};

/** A person of the register, as the door page offers them. */
export type DormDoorPerson = {
  __typename: 'DormDoorPerson';
  /** Staff member id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Post, e.g. 三年级二班班主任. */
  post: Scalars['String']['output'];
  /** Register role. */
  role: StaffRole;
};

/** PRV-4: one attempt at a dormitory door: an entry, or a refused attempt. */
export type DormEntry = {
  __typename: 'DormEntry';
  /** Whether the viewer may record the exit now. */
  canRecordExit: Scalars['Boolean']['output'];
  /** Entered or refused. */
  decision: DormDecision;
  /** When they came to the door. */
  enteredAt: Scalars['DateTimeISO']['output'];
  /** When they left, once recorded. */
  exitedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Within the district’s night window (isNightEntry). */
  isNight: Scalars['Boolean']['output'];
  /** A head teacher’s dorm check: the registration PRV-4 requires. */
  isRegistrationRequired: Scalars['Boolean']['output'];
  /** Why they came. */
  purpose: DormPurpose;
  /** A note on the purpose. */
  purposeNote?: Maybe<Scalars['String']['output']>;
  /** Who recorded it at the door. */
  recordedByName: Scalars['String']['output'];
  /** Why refused, when refused. */
  refusal?: Maybe<DormRefusal>;
  /** The person, from the staff register. */
  staffMemberId: Scalars['ID']['output'];
  /** Their name. */
  staffName: Scalars['String']['output'];
  /** Their role on the register. */
  staffRole: StaffRole;
};

/** A page of dorm entries, newest first. */
export type DormEntryConnection = {
  __typename: 'DormEntryConnection';
  /** The page. */
  items: Array<DormEntry>;
  /** Keyset paging. */
  pageInfo: PageInfo;
  /** All entries matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** Which dorm entries to list. */
export type DormEntryFilter = {
  /** Entered at or after (inclusive). */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** One institution. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Night entries only. */
  nightOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Refused attempts only. */
  refusedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Entered before (exclusive). */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** PRV-4: the door refused this person; the attempt is on record (`attempt`) for the head and 安稳办. */
export type DormEntryRefusedError = ErrorResult & {
  __typename: 'DormEntryRefusedError';
  /** The refused attempt as recorded. */
  attempt: DormEntry;
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** Why. */
  reason: DormRefusal;
  /** The rule, PRV-4. */
  ruleId: Scalars['String']['output'];
};

/** The viewer does not keep this dormitory door, or the institution does not board (PRV-4). */
export type DormForbiddenError = ErrorResult & {
  __typename: 'DormForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** No such person or entry, or not one the viewer reaches. */
export type DormNotFoundError = ErrorResult & {
  __typename: 'DormNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** PRV-4: a normal dorm check (a head teacher registers it), or another errand. */
export type DormPurpose =
  | 'DORM_CHECK'
  | 'OTHER';

/** PRV-4: why the door refused: not dormitory staff (nor a head teacher’s check), or not serving. */
export type DormRefusal =
  | 'NOT_ACTIVE_STAFF'
  | 'NOT_DORM_STAFF';

/** The exit is already recorded, or the attempt was refused. */
export type DormStateError = ErrorResult & {
  __typename: 'DormStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** The list behind a figure. */
export type DrillList =
  | 'CAMPAIGNS'
  | 'CASES'
  | 'DUE_CHECKS'
  | 'HAZARDS'
  | 'MISCONDUCT'
  | 'NONE'
  | 'PLACES'
  | 'PREVENTION_GAPS'
  | 'STAFF'
  | 'SURROUNDINGS';

/** A re-check (VET-9) or reminder interview (VET-10) due for an active staff member. */
export type DueCheck = {
  __typename: 'DueCheck';
  /** When the next is due. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** The masked ID number. */
  idNumberMasked: Scalars['String']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** The institution’s name. */
  institutionName: Scalars['String']['output'];
  /** Whether it is overdue now. */
  isOverdue: Scalars['Boolean']['output'];
  /** RECHECK or REMINDER_INTERVIEW. */
  kind: DueCheckKind;
  /** The last one, if any. */
  lastAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Role. */
  role: StaffRole;
  /** VET-9 or VET-10. */
  ruleId: Scalars['String']['output'];
  /** The staff member. */
  staffId: Scalars['ID']['output'];
  /** The staff member’s name. */
  staffName: Scalars['String']['output'];
  /** The sections that supervise it. */
  supervisedBy: Array<UnitCode>;
};

/** Narrows the due list; all given conditions must hold. */
export type DueCheckFilter = {
  /** Due before this instant. */
  dueBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** One institution. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only institutions of this kind. */
  institutionKind?: InputMaybe<InstitutionKind>;
  /** True: overdue only; false: not overdue only. */
  isOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<DueCheckKind>;
  /** Institutions this section supervises (ORG-1). */
  section?: InputMaybe<UnitCode>;
  /** Only institutions in this street or town 镇街 (exact name, 1 to 40 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** RECHECK: in-service re-check (VET-9). REMINDER_INTERVIEW: 约谈提示 (VET-10). */
export type DueCheckKind =
  | 'RECHECK'
  | 'REMINDER_INTERVIEW';

/** Due re-checks and interviews, soonest first, one keyset page. */
export type DueCheckList = {
  __typename: 'DueCheckList';
  /** At most `first` items, by due date. */
  items: Array<DueCheck>;
  /** How many of those are overdue. */
  overdueCount: Scalars['Int']['output'];
  /** Whether more follow; pass endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** When a re-check or interview is next due (inServiceDueDates). */
export type DueDate = {
  __typename: 'DueDate';
  /** The clause of the plan. */
  clause: Scalars['String']['output'];
  /** When the next is due. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Whether it is overdue now. */
  isOverdue: Scalars['Boolean']['output'];
  /** The last one, if any. */
  lastAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** VET-9 or VET-10. */
  ruleId: Scalars['String']['output'];
  /** The sections that supervise it (ORG-2). */
  supervisedBy: Array<UnitCode>;
};

/** The same ID number is already on this institution’s register. */
export type DuplicateStaffError = ErrorResult & {
  __typename: 'DuplicateStaffError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** A duty that section 三 assigns to units (ORG-2). */
export type DutyCode =
  | 'ANTI_SEXUAL_ABUSE_EDUCATION'
  | 'COORDINATION'
  | 'DAILY_COORDINATION'
  | 'HYGIENE_PUBLICITY'
  | 'INCIDENT_REPORT_RECEIPT'
  | 'IN_SERVICE_STAFF_CHECKS'
  | 'LEGAL_EDUCATION'
  | 'LETTERS_AND_VISITS'
  | 'MENTAL_HEALTH_EDUCATION'
  | 'NEW_INSTITUTION_STAFF_VETTING'
  | 'NEW_TEACHER_ENTRY_CHECK'
  | 'NO1_RECOMMENDATION_INSPECTION'
  | 'ONE_TO_ONE_VIDEO_MONITORING'
  | 'POLICE_LIAISON'
  | 'SUPERVISION'
  | 'TEACHER_ETHICS'
  | 'TEMPORARY_HIRE_CHECK'
  | 'THREE_PROTECTIONS';

/** One REP-6 step; doneAt and doneBy are null until ticked. */
export type EmergencyChecklistItem = {
  __typename: 'EmergencyChecklistItem';
  /** When it was done. */
  doneAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who ticked it. */
  doneBy?: Maybe<CasePerson>;
  /** Rule ID (REP-6). */
  ruleId: Scalars['String']['output'];
  /** The step. */
  step: EmergencyStep;
};

/** REP-6 emergency steps. */
export type EmergencyStep =
  | 'ASSIST_POLICE_EVIDENCE'
  | 'CONTROL_SUSPECT'
  | 'PROTECT_SCENE'
  | 'START_EMERGENCY_PLAN';

/** 正式编制 ESTABLISHED, 临时聘用 TEMPORARY, 劳务派遣 AGENCY. */
export type EmploymentType =
  | 'AGENCY'
  | 'ESTABLISHED'
  | 'TEMPORARY';

/** Ends one session of an account, or all of them. */
export type EndAccountSessionsInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** One session to end; omitted: every open session. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

/** How many sessions ended, or why not. */
export type EndAccountSessionsResult = AccountNotFoundError | AccountSessionsEnded;

/** Why an operation was refused; the UI maps each code to its own text. */
export type ErrorCode =
  | 'ACCOUNT_LOCKED'
  | 'DORM_ENTRY_REFUSED'
  | 'DUPLICATE_STAFF'
  | 'FORBIDDEN'
  | 'IMPORT_REJECTED'
  | 'INVALID_ASSESSMENT_STATE'
  | 'INVALID_CHILD_FILE_STATE'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_DORM_STATE'
  | 'INVALID_INSPECTION_STATE'
  | 'INVALID_MFA_CODE'
  | 'INVALID_RISK_SUBJECT_STATE'
  | 'INVALID_STAFF_STATE'
  | 'INVALID_TIMELINE'
  | 'INVALID_TIP_STATE'
  | 'MFA_ALREADY_ENABLED'
  | 'MFA_CHALLENGE_EXPIRED'
  | 'MFA_NOT_ENABLED'
  | 'MFA_REQUIRED'
  | 'NOT_APPLICABLE'
  | 'NOT_FOUND'
  | 'NOT_RESPONSIBLE'
  | 'OUTCOME_NOT_ALLOWED'
  | 'SANCTION_NOT_ALLOWED'
  | 'TIP_PROOF_REFUSED'
  | 'TIP_RATE_LIMITED'
  | 'TRANSITION_REFUSED'
  | 'VALIDATION_FAILED'
  | 'VETTING_NOT_CLEAR';

/** An expected failure, returned as data rather than as a GraphQL error. */
export type ErrorResult = {
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** ACC-5: a case looked at that does not ground a veto, and why. */
export type ExcludedCaseView = {
  __typename: 'ExcludedCaseView';
  /** The case. */
  case: AssessedCaseRef;
  /** Why it does not count. */
  reason: CaseExclusionReason;
};

/** Where the district learned of a case (REP-8). */
export type ExternalSource =
  | 'MEDIA'
  | 'OTHER'
  | 'PARENT'
  | 'POLICE'
  | 'TIP'
  | 'TIP_LINE';

/** The district learned of the case from elsewhere (REP-8). */
export type ExternalSourceRecord = {
  __typename: 'ExternalSourceRecord';
  /** When the district learned of it. */
  learnedAt: Scalars['DateTimeISO']['output'];
  /** A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who recorded it. */
  recordedBy: CasePerson;
  /** From whom. */
  source: ExternalSource;
};

/** ACC-1: who found it: 督导室, or a joint inspection team (police, procuratorate, justice). */
export type FindingSource =
  | 'INSPECT'
  | 'JOINT_TEAM';

/** The page where a gap is fixed. */
export type GapFixPath =
  | 'CARE_RECORDS_BULLYING'
  | 'CARE_RECORDS_COUNSELLING'
  | 'CARE_RECORDS_COURSES'
  | 'CARE_RECORDS_LEGAL'
  | 'CARE_RECORDS_TEACHING_PLAN'
  | 'CASE'
  | 'CHILD_FILE'
  | 'PLACES'
  | 'TRAINING_BULLYING_PREVENTION'
  | 'TRAINING_LAW_AND_ETHICS'
  | 'TRAINING_STAFF_MENTAL_HEALTH';

/** What a gap concerns. */
export type GapSubjectKind =
  | 'APPOINTMENT'
  | 'CASE'
  | 'CHILD'
  | 'CLASS'
  | 'COHORT'
  | 'PLACE'
  | 'STAFF';

/** ACC-3: 监管不力, 拒不处分, 拖延处分, 推诿隐瞒. */
export type HandlingFailure =
  | 'DELAYED_DISCIPLINE'
  | 'INEFFECTIVE_SUPERVISION'
  | 'REFUSED_DISCIPLINE'
  | 'SHIRKED_OR_CONCEALED';

/** PRV-1: a hazard 隐患 found by an inspection. */
export type Hazard = {
  __typename: 'Hazard';
  /** Its campaign, if any. */
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** What is wrong. */
  description: Scalars['String']['output'];
  /** The due date. */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was found. */
  foundAt: Scalars['DateTimeISO']['output'];
  /** The hazard. */
  id: Scalars['ID']['output'];
  /** The inspection that found it. */
  inspectionId: Scalars['ID']['output'];
  /** That inspection’s kind. */
  inspectionKind: InspectionKind;
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** The failed item. */
  item: InspectionTemplateItem;
  /** What the record lacks: OWNER, DUE_DATE. */
  missing: Array<Scalars['String']['output']>;
  /** The owner’s name. */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** The owner, a staff register member. */
  ownerStaffId?: Maybe<Scalars['ID']['output']>;
  /** Photos of the hazard as found, in the order attached. */
  photos: Array<Photo>;
  /** Rectifications, newest first. */
  rectifications: Array<Rectification>;
  /** When it counts as rectified (verified). */
  rectifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the rectification stands. */
  stage: HazardStage;
  /** The domain’s hazardStatus now. */
  status: HazardStatus;
  /** What the viewer may do next. */
  viewerCan: HazardActions;
};

/** What the viewer may do next with a hazard (the domain’s hazardAccess). */
export type HazardActions = {
  __typename: 'HazardActions';
  /** assignHazard (the head or an inspector, until closed). */
  canAssign: Scalars['Boolean']['output'];
  /** recordRectification (the owner or the head, while to do). */
  canRecordRectification: Scalars['Boolean']['output'];
  /** verifyRectification (an inspector, while awaiting verification). */
  canVerify: Scalars['Boolean']['output'];
};

/** The hazard list’s conditions; all must hold. */
export type HazardFilter = {
  /** Found in this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Found at or after this instant (e.g. a case’s record). */
  foundFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** One institution. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only institutions of this kind. */
  institutionKind?: InputMaybe<InstitutionKind>;
  /** Rectified (verified) before this instant. */
  rectifiedBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Rectified (verified) at or after this instant: the dashboard’s period for RECTIFIED_ON_TIME. */
  rectifiedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only institutions of the kinds this section supervises (ORG-1, the responsibility matrix). */
  section?: InputMaybe<SupervisingSection>;
  /** Any of these statuses (now). */
  statuses?: InputMaybe<Array<HazardStatus>>;
  /** Only institutions on this street or town 镇街 (exact name, up to 40 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** A page of hazards, newest first, with the total of all pages. */
export type HazardList = {
  __typename: 'HazardList';
  /** This page. */
  items: Array<Hazard>;
  /** All matching hazards. */
  totalCount: Scalars['Int']['output'];
};

/** PRV-1: AWAITING_RECTIFICATION, AWAITING_VERIFICATION or CLOSED. */
export type HazardStage =
  | 'AWAITING_RECTIFICATION'
  | 'AWAITING_VERIFICATION'
  | 'CLOSED';

/** PRV-1, from the domain’s hazardStatus: INCOMPLETE, OPEN, OVERDUE, RECTIFIED, RECTIFIED_LATE. */
export type HazardStatus =
  | 'INCOMPLETE'
  | 'OPEN'
  | 'OVERDUE'
  | 'RECTIFIED'
  | 'RECTIFIED_LATE';

/** Every account of the file was created, each with its set-password link. */
export type HeadAccountsImported = {
  __typename: 'HeadAccountsImported';
  /** The new accounts, in file order. */
  created: Array<SetPasswordLinkIssued>;
};

/** ACC-3: 不良影响, 严重后果. */
export type Impact =
  | 'BAD_INFLUENCE'
  | 'SERIOUS_CONSEQUENCES';

/** An .xlsx file of institution heads’ accounts, filled from the template. */
export type ImportHeadAccountsInput = {
  /** The file, base64 (at most 64 KB). */
  fileBase64: Scalars['String']['input'];
};

/** Every account created, or nothing created and every problem by row. */
export type ImportHeadAccountsResult = HeadAccountsImported | ImportRejectedError | ValidationError;

/** The roster has errors: nothing was imported. */
export type ImportRejectedError = ErrorResult & {
  __typename: 'ImportRejectedError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** Every problem found, by row. */
  errors: Array<ImportRowError>;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** Data rows in the file. */
  rowCount: Scalars['Int']['output'];
};

/** One problem in a roster row. */
export type ImportRowError = {
  __typename: 'ImportRowError';
  /** Machine-readable code, e.g. INVALID_ID_NUMBER. */
  code: Scalars['String']['output'];
  /** The column header, e.g. 身份证号. */
  column?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in Chinese. */
  message: Scalars['String']['output'];
  /** Excel row number (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** A roster file, base64 (small files; the web uses POST /api/staff/import). */
export type ImportStaffRosterInput = {
  /** The .xlsx file, base64. */
  fileBase64: Scalars['String']['input'];
  /** The institution; default the head’s own. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
};

/** The import report, or every row error. */
export type ImportStaffRosterResult = ImportRejectedError | StaffImportReport | ValidationError;

/** The next in-service re-check (VET-9) and reminder interview (VET-10). */
export type InServiceDueDates = {
  __typename: 'InServiceDueDates';
  /** Null when VET-9 does not apply to this kind of institution. */
  recheck?: Maybe<DueDate>;
  /** Null when the post has no access to students. */
  reminderInterview?: Maybe<DueDate>;
};

/** 性侵, 猥亵, 虐待, 欺凌暴力, other. */
export type IncidentCategory =
  | 'ABUSE'
  | 'BULLYING_VIOLENCE'
  | 'MOLESTATION'
  | 'OTHER'
  | 'SEXUAL_ASSAULT';

/** The workflow state (REPORTED → HEAD_NOTIFIED → POLICE_REPORTED → CLOSED). */
export type IncidentState =
  | 'CLOSED'
  | 'HEAD_NOTIFIED'
  | 'POLICE_REPORTED'
  | 'REPORTED';

/** The list behind a figure and its own conditions; the dashboard’s filters (and the period, when the figure is periodic) apply too. */
export type IndicatorDrill = {
  __typename: 'IndicatorDrill';
  /** Cases: a BreachCode, or ANY. */
  breach?: Maybe<Scalars['String']['output']>;
  /** Due checks: which kind. */
  dueKind?: Maybe<DueCheckKind>;
  /** Hazards: the statuses the list shows (empty otherwise). */
  hazardStatuses: Array<HazardStatus>;
  /** Which list. */
  list: DrillList;
  /** Cases: past the police deadline; due checks: overdue. */
  overdue: Scalars['Boolean']['output'];
  /** Cases: OPEN or CLOSED; surroundings: OPEN. */
  state?: Maybe<Scalars['String']['output']>;
};

/** What a figure counts. */
export type IndicatorUnit =
  | 'COUNT'
  | 'MINUTES'
  | 'PERCENT';

/** PRV-1, ORG-3: an inspection of an institution. */
export type Inspection = {
  __typename: 'Inspection';
  /** Its campaign, if any. */
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** The campaign’s name. */
  campaignName?: Maybe<Scalars['String']['output']>;
  /** After a case: the groups its category touches, whose items come first; empty otherwise. */
  focusGroups: Array<InspectionItemGroup>;
  /** The inspection. */
  id: Scalars['ID']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** The items that apply to the institution’s kind, in order. */
  items: Array<InspectionItem>;
  /** SELF, ON_SITE or UNANNOUNCED. */
  kind: InspectionKind;
  /** When it was started. */
  startedAt: Scalars['DateTimeISO']['output'];
  /** When it was submitted. */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the viewer may do next. */
  viewerCan: InspectionActions;
};

/** What the viewer may do next in an inspection (the domain’s inspectionAccess). */
export type InspectionActions = {
  __typename: 'InspectionActions';
  /** recordInspectionItem. */
  canRecordItem: Scalars['Boolean']['output'];
  /** submitInspection. */
  canSubmit: Scalars['Boolean']['output'];
};

/** PRV-1: an inspection campaign 排查 and its completion. */
export type InspectionCampaign = {
  __typename: 'InspectionCampaign';
  /** Covered kinds, as asked; empty: not by kind. */
  coveredKinds: Array<InstitutionKind>;
  /** Covered by this section’s kinds. */
  coveredSection?: Maybe<SupervisingSection>;
  /** End (exclusive). */
  endsAt: Scalars['DateTimeISO']['output'];
  /** The campaign. */
  id: Scalars['ID']['output'];
  /** Institutions covered (those the viewer reads: a head her own). */
  institutionCount: Scalars['Int']['output'];
  /** The covered institutions the viewer reads, by name, with their self-inspections. */
  institutions: Array<CampaignInstitution>;
  /** Its name, e.g. 开学安全大检查. */
  name: Scalars['String']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** A head: her institution’s self-inspection in it, once started. */
  ownSelfInspectionId?: Maybe<Scalars['ID']['output']>;
  /** A head: when she submitted it. */
  ownSelfInspectionSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Of those, self-inspections submitted: the completion. */
  selfInspectionsSubmitted: Scalars['Int']['output'];
  /** Start (inclusive). */
  startsAt: Scalars['DateTimeISO']['output'];
  /** Its checklist template. */
  templateId: Scalars['ID']['output'];
  /** The template’s name in English. */
  templateNameEn: Scalars['String']['output'];
  /** The template’s name in Chinese. */
  templateNameZh: Scalars['String']['output'];
  /** What the viewer may do next. */
  viewerCan: InspectionCampaignActions;
};

/** What the viewer may do in a campaign. */
export type InspectionCampaignActions = {
  __typename: 'InspectionCampaignActions';
  /** startInspection SELF (the head of a covered institution, none started yet). */
  canStartSelfInspection: Scalars['Boolean']['output'];
};

/** The campaigns the viewer reads, newest first, and whether she may open one. */
export type InspectionCampaignList = {
  __typename: 'InspectionCampaignList';
  /** openInspectionCampaign (安稳办, 督导室). */
  canOpen: Scalars['Boolean']['output'];
  /** Campaigns, newest first. */
  items: Array<InspectionCampaign>;
};

/** The viewer may not do this (PRV-1, ORG-3). */
export type InspectionForbiddenError = ErrorResult & {
  __typename: 'InspectionForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule of the inspection policy that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** One item of an inspection and its result so far. */
export type InspectionItem = {
  __typename: 'InspectionItem';
  /** The hazard a FAILED item created. */
  hazardId?: Maybe<Scalars['ID']['output']>;
  /** The checklist item. */
  item: InspectionTemplateItem;
  /** The note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Its result; null until recorded. */
  result?: Maybe<InspectionResult>;
};

/** A checklist group: 人防, 物防, 技防, blind spots, one-to-one rooms, dormitories, surroundings, records. */
export type InspectionItemGroup =
  | 'BLIND_SPOTS'
  | 'DORMITORIES'
  | 'ONE_TO_ONE_ROOMS'
  | 'PEOPLE_PROTECTION'
  | 'PHYSICAL_PROTECTION'
  | 'RECORDS'
  | 'SURROUNDINGS'
  | 'TECHNICAL_PROTECTION';

/** SELF (the head’s self-inspection 自查), ON_SITE (inspectors 实地检查) or UNANNOUNCED (暗访). */
export type InspectionKind =
  | 'ON_SITE'
  | 'SELF'
  | 'UNANNOUNCED';

/** No such record, or not one the viewer reads. */
export type InspectionNotFoundError = ErrorResult & {
  __typename: 'InspectionNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** PRV-1: an item PASSED, FAILED (a hazard) or NOT_APPLICABLE. */
export type InspectionResult =
  | 'FAILED'
  | 'NOT_APPLICABLE'
  | 'PASSED';

/** Not in this state: submitted, items missing, a rectification awaiting verification or none (PRV-1). */
export type InspectionStateError = ErrorResult & {
  __typename: 'InspectionStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule behind it. */
  ruleId: Scalars['String']['output'];
};

/** PRV-1: a checklist template the district keeps. */
export type InspectionTemplate = {
  __typename: 'InspectionTemplate';
  /** Its stable code. */
  code: Scalars['String']['output'];
  /** The template. */
  id: Scalars['ID']['output'];
  /** Items, in order. */
  items: Array<InspectionTemplateItem>;
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Name in Chinese. */
  nameZh: Scalars['String']['output'];
};

/** PRV-1: one checklist item, with the rule it checks, in Chinese first. */
export type InspectionTemplateItem = {
  __typename: 'InspectionTemplateItem';
  /** Its code in the template, e.g. PHYS-02. */
  code: Scalars['String']['output'];
  /** Its group (三防 first). */
  group: InspectionItemGroup;
  /** The item. */
  id: Scalars['ID']['output'];
  /** Kinds it applies to; empty: every kind. */
  kinds: Array<InstitutionKind>;
  /** The rule it checks (DOMAIN.md). */
  ruleId: Scalars['String']['output'];
  /** The item in English. */
  textEn: Scalars['String']['output'];
  /** The item in Chinese. */
  textZh: Scalars['String']['output'];
};

/** A school, kindergarten or training institution of the district. */
export type Institution = {
  __typename: 'Institution';
  /** Street address. */
  address: Scalars['String']['output'];
  /** Duties that apply to it and who is responsible (ORG-2). */
  duties: Array<InstitutionDuty>;
  /** Name of the institution head 学校负责人. */
  headName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Applying to open: its proposed cadres and teachers need POLICY’s review (VET-4). */
  isApplyingToOpen: Scalars['Boolean']['output'];
  /** Kind of institution. */
  kind: InstitutionKind;
  /** Full name, e.g. 九龙坡区谢家湾小学. */
  name: Scalars['String']['output'];
  /** The street or town 镇街 it stands in, e.g. 杨家坪街道. */
  street?: Maybe<Scalars['String']['output']>;
  /** The section that supervises it (ORG-1). */
  supervisingSection: UnitCode;
  /** True when the supervisor comes from a district setting, not the plan (ORG-1). */
  supervisingSectionIsDistrictDefault: Scalars['Boolean']['output'];
};

/** A page of institutions, in name order. */
export type InstitutionConnection = {
  __typename: 'InstitutionConnection';
  /** The institutions of this page. */
  edges: Array<InstitutionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many institutions match the filter within the viewer’s scope. */
  totalCount: Scalars['Int']['output'];
};

/** A duty that applies to one institution, with its responsible units. */
export type InstitutionDuty = {
  __typename: 'InstitutionDuty';
  /** The duty. */
  duty: DutyCode;
  /** Units responsible for it at this institution. */
  responsibilities: Array<Responsibility>;
};

/** An institution in a page of results. */
export type InstitutionEdge = {
  __typename: 'InstitutionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The institution. */
  node: Institution;
};

/** Narrows the institution list; all given conditions must hold. */
export type InstitutionFilter = {
  /** Only this kind. */
  kind?: InputMaybe<InstitutionKind>;
  /** Part of the name or address. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only institutions this section supervises (ORG-1). */
  section?: InputMaybe<UnitCode>;
};

/** Kind of institution (小学, 中学, 幼儿园, 中职学校, 培训机构, 特教学校). */
export type InstitutionKind =
  | 'KINDERGARTEN'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'SPECIAL_EDUCATION'
  | 'TRAINING_INSTITUTION'
  | 'VOCATIONAL_SCHOOL';

/** One calendar month of an institution’s card. */
export type InstitutionMonth = {
  __typename: 'InstitutionMonth';
  /** Cases recorded in the month. */
  casesRecorded: Scalars['Int']['output'];
  /** The periodic indicators over the month. */
  cells: Array<OversightCell>;
  /** First instant of the next month. */
  end: Scalars['DateTimeISO']['output'];
  /** YYYY-MM (Asia/Shanghai). */
  month: Scalars['String']['output'];
  /** First instant of the month. */
  start: Scalars['DateTimeISO']['output'];
};

/** The institution card 校园保护档案: the dashboard’s indicators for one institution. */
export type InstitutionRecord = {
  __typename: 'InstitutionRecord';
  /** Now, and over the current school year. */
  indicators: Array<OversightIndicator>;
  /** The institution. */
  institution: Institution;
  /** The last twelve months, oldest first. */
  months: Array<InstitutionMonth>;
  /** The school year the periodic indicators count. */
  period: OversightPeriod;
};

/** PRV-5: one institution’s coverage figures in the district overview (counts only). */
export type InstitutionTrainingCoverage = {
  __typename: 'InstitutionTrainingCoverage';
  /** Serving staff who must be trained. */
  audienceCount: Scalars['Int']['output'];
  /** Of them, trained this school year. */
  coveredCount: Scalars['Int']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** covered / audience; null when nobody must be. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** PRV-6: an intake 年级/届 and its classes. */
export type Intake = {
  __typename: 'Intake';
  /** Its classes, open ones first, by name. */
  classes: Array<SchoolClass>;
  /** Enrolment day. */
  enrolledAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 2026级. */
  name: Scalars['String']['output'];
};

/** PRV-6: one intake and its course status (courseStatus). */
export type IntakeCourse = {
  __typename: 'IntakeCourse';
  /** Enrolment + the district’s preventionCourseDays. */
  deadline: Scalars['DateTimeISO']['output'];
  /** When its last class had the course. */
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Deliveries, newest first. */
  deliveries: Array<CourseDelivery>;
  /** Enrolment day. */
  enrolledAt: Scalars['DateTimeISO']['output'];
  /** The intake. */
  intakeId: Scalars['ID']['output'];
  /** Its name, e.g. 2026级. */
  intakeName: Scalars['String']['output'];
  /** PENDING, DELIVERED, DELIVERED_LATE or OVERDUE. */
  status: CourseStatusCode;
  /** Classes without the course yet. */
  undeliveredClassNames: Array<Scalars['String']['output']>;
};

/** PRV-6 to PRV-8: an institution’s intakes and classes. */
export type IntakeRegister = {
  __typename: 'IntakeRegister';
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Newest enrolment first. */
  intakes: Array<Intake>;
  /** The staff register for choosing head teachers; empty for readers. */
  staffChoices: Array<StaffChoice>;
  /** What the viewer may do. */
  viewerCan: ClassesViewerCan;
};

/** Wrong username or password. Never says which, nor whether the account exists. */
export type InvalidCredentialsError = ErrorResult & {
  __typename: 'InvalidCredentialsError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** The code is wrong, expired or already used. Counts as a failed sign-in at sign-in. */
export type InvalidMfaCodeError = ErrorResult & {
  __typename: 'InvalidMfaCodeError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** Not possible in the current state. */
export type InvalidStaffStateError = ErrorResult & {
  __typename: 'InvalidStaffStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The staff member’s status. */
  status?: Maybe<StaffStatus>;
};

/** VET-1, VET-9, VET-10: active staff whose checks are current, by institution kind. */
export type KindCoverage = {
  __typename: 'KindCoverage';
  /** Active staff. */
  activeStaff: Scalars['Int']['output'];
  /** Percent; null without active staff. */
  coverage?: Maybe<Scalars['Float']['output']>;
  /** Of them, with no re-check or interview overdue. */
  currentStaff: Scalars['Int']['output'];
  /** The kind. */
  kind: InstitutionKind;
  /** Under VETTING_COVERAGE’s thresholds. */
  rag: Rag;
};

/** PRV-5: one appointment of a vice-principal for legal affairs 法治副校长. */
export type LegalVicePrincipal = {
  __typename: 'LegalVicePrincipal';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The unit’s own name, e.g. 九龙坡区公安分局杨家坪派出所. */
  organisation: Scalars['String']['output'];
  /** Contact phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The term ends before this instant (the day after its last day). */
  termEnd: Scalars['DateTimeISO']['output'];
  /** The term’s first day. */
  termStart: Scalars['DateTimeISO']['output'];
  /** Police, procuratorate, court or justice bureau. */
  unit: LegalVicePrincipalUnit;
};

/** PRV-5: the institution’s vice-principal for legal affairs now (legalVicePrincipalStatus). */
export type LegalVicePrincipalOverview = {
  __typename: 'LegalVicePrincipalOverview';
  /** The appointment in force, or the last that ended. */
  appointmentId?: Maybe<Scalars['ID']['output']>;
  /** Every appointment, latest term first. */
  appointments: Array<LegalVicePrincipal>;
  /** When the appointment in force ends. */
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** MISSING and EXPIRED are gaps. */
  isGap: Scalars['Boolean']['output'];
  /** EXPIRING: ends within the district’s warning days with no successor. */
  isWarning: Scalars['Boolean']['output'];
  /** MISSING, EXPIRED, EXPIRING or ACTIVE. */
  status: LegalVicePrincipalStatusCode;
};

/** PRV-5: none appointed, the last term ended (both gaps), ending soon (a warning), in force. */
export type LegalVicePrincipalStatusCode =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'EXPIRING'
  | 'MISSING';

/** PRV-5: the unit a vice-principal for legal affairs 法治副校长 comes from. */
export type LegalVicePrincipalUnit =
  | 'COURT'
  | 'JUSTICE_BUREAU'
  | 'POLICE'
  | 'PROCURATORATE';

/** PRV-8: link a case about the child to the file. */
export type LinkChildFileCaseInput = {
  /** A case of the same institution that the viewer may read. */
  caseId: Scalars['ID']['input'];
  /** The file. */
  fileId: Scalars['ID']['input'];
};

/** The file with the linked case, or why not. */
export type LinkChildFileCaseResult = ChildFile | ChildFileForbiddenError | ChildFileNotFoundError | ChildFileStateError | ValidationError;

/** The staff record an institution account is linked to (REP-11, VET-11). */
export type LinkedStaffMember = {
  __typename: 'LinkedStaffMember';
  /** Staff record id. */
  id: Scalars['ID']['output'];
  /** Name on the staff register. */
  name: Scalars['String']['output'];
  /** Post, e.g. 语文教师. */
  post: Scalars['String']['output'];
  /** Role on the staff register. */
  role: StaffRole;
};

/** Something changed: fetch it again with its query (a signal carries no data). */
export type LiveSignal = {
  __typename: 'LiveSignal';
  /** When the server heard of the change. */
  at: Scalars['DateTimeISO']['output'];
};

/** WAITING: not sent yet (no SMTP configured, or queued); SENT: accepted by the mail server; FAILING: delivery failed and is being retried. */
export type MailDeliveryStatus =
  | 'FAILING'
  | 'SENT'
  | 'WAITING';

/** The notification, or NOT_FOUND when it is not the viewer’s. */
export type MarkNotificationReadResult = CaseNotFoundError | Notification;

/** One cell of the responsibility matrix 职责分工: a duty at a kind of institution (ORG-2). */
export type MatrixCell = {
  __typename: 'MatrixCell';
  /** The duty. */
  duty: DutyCode;
  /** The kind of institution. */
  kind: InstitutionKind;
  /** Units responsible; empty when the duty does not apply. */
  responsibilities: Array<Responsibility>;
};

/** The sign-in challenge is unknown, used or expired: sign in with the password again. */
export type MfaChallengeExpiredError = ErrorResult & {
  __typename: 'MfaChallengeExpiredError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** A sign-in challenge and a code. */
export type MfaCodeInput = {
  /** The challenge from signIn. */
  challenge: Scalars['String']['input'];
  /** A 6-digit TOTP code or a recovery code. */
  code: Scalars['String']['input'];
};

/** MFA was turned off. */
export type MfaDisabled = {
  __typename: 'MfaDisabled';
  /** Always true. */
  isDisabled: Scalars['Boolean']['output'];
};

/** Enrolment confirmed at sign-in: the session is open. */
export type MfaEnrolled = {
  __typename: 'MfaEnrolled';
  /** Ten one-time recovery codes. */
  recoveryCodes: Array<Scalars['String']['output']>;
  /** The signed-in viewer. */
  viewer: Viewer;
};

/** A new TOTP secret to add to an authenticator app, not yet confirmed. */
export type MfaEnrolment = {
  __typename: 'MfaEnrolment';
  /** The otpauth:// URI the QR code holds. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code of otpauthUri as an SVG document. */
  qrCodeSvg: Scalars['String']['output'];
  /** The secret in base32, for typing into the app by hand. */
  secret: Scalars['String']['output'];
};

/** The password was right, but this account must use a second factor (REP-7, VET-2) and has none yet: enrol with beginMfaEnrolment and confirmMfaEnrolment within five minutes. */
export type MfaEnrolmentRequired = {
  __typename: 'MfaEnrolmentRequired';
  /** Single-use token for beginMfaEnrolment and confirmMfaEnrolment. */
  challenge: Scalars['String']['output'];
  /** When the challenge expires. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The rule that requires a second factor for this account. */
  ruleId: Scalars['String']['output'];
};

/** MFA is on. The recovery codes are shown this once; each works once. */
export type MfaRecoveryCodes = {
  __typename: 'MfaRecoveryCodes';
  /** Ten one-time recovery codes. */
  recoveryCodes: Array<Scalars['String']['output']>;
};

/** The password was right; the account signs in with a second factor. Answer with verifyMfa within five minutes. */
export type MfaRequired = {
  __typename: 'MfaRequired';
  /** Single-use token for verifyMfa. */
  challenge: Scalars['String']['output'];
  /** When the challenge expires. */
  expiresAt: Scalars['DateTimeISO']['output'];
};

/** The second factor cannot be changed this way now. */
export type MfaStateError = ErrorResult & {
  __typename: 'MfaStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule that requires MFA, when that is why. */
  ruleId?: Maybe<Scalars['String']['output']>;
};

/** The viewer’s second factor. */
export type MfaStatus = {
  __typename: 'MfaStatus';
  /** Whether sign-in asks for a TOTP or recovery code. */
  isEnabled: Scalars['Boolean']['output'];
  /** Whether this account must use it (REP-7, VET-2); then it cannot be turned off. */
  isRequired: Scalars['Boolean']['output'];
  /** Recovery codes not used yet. */
  recoveryCodesLeft: Scalars['Int']['output'];
};

/** A misconduct case against a staff member (VET-11). */
export type MisconductCase = {
  __typename: 'MisconductCase';
  /** What misconductOutcomes allows for these facts (VET-11). */
  allowedOutcomes: MisconductOptions;
  /** When discipline was decided (ACC-3). */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The facts reported. */
  facts: Scalars['String']['output'];
  /** Whether the facts were investigated and verified. */
  factsVerified: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The incident it came from, if any. */
  incidentId?: Maybe<Scalars['String']['output']>;
  /** The staff member’s institution. */
  institutionId: Scalars['ID']['output'];
  /** The investigation’s findings. */
  investigation?: Maybe<Scalars['String']['output']>;
  /** Whether a crime is involved. */
  involvesCrime: Scalars['Boolean']['output'];
  /** When the case was opened. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The outcomes decided. */
  outcomes: Array<MisconductOutcome>;
  /** When discipline was proposed (ACC-3). */
  proposedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Severity, once decided. */
  severity?: Maybe<MisconductSeverity>;
  /** The staff member. */
  staffId: Scalars['ID']['output'];
  /** The staff member’s name. */
  staffName: Scalars['String']['output'];
  /** OPEN or DECIDED. */
  status: MisconductCaseStatus;
  /** What the viewer may do next. */
  viewerCan: MisconductCaseActions;
};


/** A misconduct case against a staff member (VET-11). */
export type MisconductCaseAllowedOutcomesArgs = {
  factsVerified: Scalars['Boolean']['input'];
  involvesCrime: Scalars['Boolean']['input'];
  severity: MisconductSeverity;
};

/** What the viewer may do on a misconduct case, from the domain’s policy (VET-11). */
export type MisconductCaseActions = {
  __typename: 'MisconductCaseActions';
  /** decideMisconduct: an open case, by its handlers (never the subject). */
  canDecide: Scalars['Boolean']['output'];
};

/** The misconduct list’s conditions (the dashboard’s filters); all must hold. */
export type MisconductCaseFilter = {
  /** One institution. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Institutions of this kind. */
  institutionKind?: InputMaybe<InstitutionKind>;
  /** Institutions this section supervises. */
  section?: InputMaybe<SupervisingSection>;
  /** OPEN (default) or DECIDED. */
  status?: MisconductCaseStatus;
  /** Institutions in this street or town 镇街. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** A page of misconduct cases, newest first, with the total of all pages. */
export type MisconductCaseList = {
  __typename: 'MisconductCaseList';
  /** This page. */
  items: Array<MisconductCaseRow>;
  /** All matching cases: the dashboard’s OPEN_MISCONDUCT for status OPEN. */
  totalCount: Scalars['Int']['output'];
};

/** No such misconduct case in the viewer’s scope. */
export type MisconductCaseNotFoundError = ErrorResult & {
  __typename: 'MisconductCaseNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** One misconduct case in the list (VET-11); no facts, those are on the staff page. */
export type MisconductCaseRow = {
  __typename: 'MisconductCaseRow';
  /** When it was decided. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case. */
  id: Scalars['ID']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** The institution’s name. */
  institutionName: Scalars['String']['output'];
  /** When the case was opened. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The outcomes decided (empty while open). */
  outcomes: Array<MisconductOutcome>;
  /** The staff member the case is about. */
  staffId: Scalars['ID']['output'];
  /** Their name; null when the viewer may not read the record. */
  staffName?: Maybe<Scalars['String']['output']>;
  /** OPEN or DECIDED. */
  status: MisconductCaseStatus;
};

/** Whether a case is decided. */
export type MisconductCaseStatus =
  | 'DECIDED'
  | 'OPEN';

/** VET-11: a misconduct case of the period and how it was handled. */
export type MisconductEvidence = {
  __typename: 'MisconductEvidence';
  /** When it was decided. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The misconduct case. */
  id: Scalars['ID']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The outcomes decided. */
  outcomes: Array<Scalars['String']['output']>;
  /** When discipline was proposed. */
  proposedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** OPEN or DECIDED. */
  status: Scalars['String']['output'];
};

/** An outcome that misconductOutcomes allows (VET-11). */
export type MisconductOption = {
  __typename: 'MisconductOption';
  /** The clause of the plan. */
  clause: Scalars['String']['output'];
  /** Must be chosen, not merely allowed. */
  isMandatory: Scalars['Boolean']['output'];
  /** The outcome. */
  outcome: MisconductOutcome;
  /** VET-11. */
  ruleId: Scalars['String']['output'];
};

/** What the facts allow (misconductOutcomes). */
export type MisconductOptions = {
  __typename: 'MisconductOptions';
  /** True until the facts are investigated and verified: no outcome yet. */
  isInvestigationNeeded: Scalars['Boolean']['output'];
  /** Allowed outcomes, mildest first. */
  options: Array<MisconductOption>;
};

/** An outcome of VET-11. */
export type MisconductOutcome =
  | 'ADJUST_POST'
  | 'EXPEL_FROM_EDUCATION_SECTOR'
  | 'REVOKE_TEACHER_QUALIFICATION'
  | 'TRANSFER_TO_JUDICIAL_ORGANS';

/** 失德违规 MISCONDUCT, 品行不良/侮辱学生 SERIOUS, 危害严重/影响恶劣 GRAVE (VET-11). */
export type MisconductSeverity =
  | 'GRAVE'
  | 'MISCONDUCT'
  | 'SERIOUS';

/** PRV-2: a place of an institution that needs cameras, and its coverage. */
export type MonitoredPlace = {
  __typename: 'MonitoredPlace';
  /** Cameras covering it. */
  cameraCount: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** PRV-2: an unmonitored one-to-one room of a training institution (a gap). */
  isGap: Scalars['Boolean']['output'];
  /** Whether cameras cover it. */
  isMonitored: Scalars['Boolean']['output'];
  /** Kind of place. */
  kind: MonitoredPlaceKind;
  /** Name, e.g. 钢琴房 3. */
  name: Scalars['String']['output'];
  /** Coverage note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Photos of the place (its cameras, the room), in the order attached. */
  photos: Array<Photo>;
  /** For a one-to-one room: which. */
  roomType?: Maybe<OneToOneRoomType>;
  /** When it was last recorded. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** PRV-2: what kind of place needs cameras; ONE_TO_ONE_ROOM first. */
export type MonitoredPlaceKind =
  | 'CORRIDOR'
  | 'DORM_CORRIDOR'
  | 'GATE'
  | 'ONE_TO_ONE_ROOM'
  | 'OTHER'
  | 'PLAYGROUND'
  | 'STAIRWELL';

/** PRV-2: an institution’s register of monitored places. */
export type MonitoredPlaceRegister = {
  __typename: 'MonitoredPlaceRegister';
  /** When the next blind-spot self-inspection is due (policy interval). */
  blindSpotSelfInspectionDueAt: Scalars['DateTimeISO']['output'];
  /** PRV-2 gaps over the register (placeRegisterGaps). */
  gaps: Array<PlaceGap>;
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its kind. */
  institutionKind: InstitutionKind;
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Day (YYYY-MM-DD, district time) of the last blind-spot self-inspection, if any. */
  lastBlindSpotSelfInspectionOn?: Maybe<Scalars['String']['output']>;
  /** One-to-one rooms first, then by kind and name. */
  places: Array<MonitoredPlace>;
  /** What the viewer may do next. */
  viewerCan: PlaceRegisterActions;
};

/** Cases recorded in a calendar month (Asia/Shanghai), by category. */
export type MonthlyCategoryCount = {
  __typename: 'MonthlyCategoryCount';
  /** The category. */
  category: IncidentCategory;
  /** Cases. */
  count: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename: 'Mutation';
  /** REP-2: the head acknowledges the case. */
  acknowledgeCase: AcknowledgeCaseResult;
  /** Activates a candidate whose vetting is CLEAR; refused otherwise. */
  activateStaff: ActivateStaffResult;
  /** Adds a candidate (not active) to the head’s institution. */
  addStaffCandidate: AddStaffCandidateResult;
  /** REP-9: 安稳办 writes to the reporter. */
  answerTip: AnswerTipResult;
  /** PRV-1: the head or an inspector sets the owner and due date. */
  assignHazard: AssignHazardResult;
  /** PRV-8: the head names a class’s head teacher 班主任. */
  assignHeadTeacher: SchoolClassResult;
  /** After signIn answered MfaEnrolmentRequired: a new TOTP secret and its QR code. */
  beginMfaEnrolment: BeginMfaEnrolmentResult;
  /** Settings: a new TOTP secret and its QR code for the viewer, pending until confirmed. */
  beginMyMfaEnrolment: BeginMfaEnrolmentResult;
  /** REP-4: close a case. */
  closeCase: CloseCaseResult;
  /** PRV-8: close a file (the head). */
  closeChildFile: CloseChildFileResult;
  /** The head closes a class that left. */
  closeClass: SchoolClassResult;
  /** PRV-3: the head or 安稳办 closes a risk subject with a reason. */
  closeRiskSubject: CloseRiskSubjectResult;
  /** REP-9: 安稳办 closes a tip. */
  closeTip: CloseTipResult;
  /** REP-6: tick one emergency step. */
  completeEmergencyStep: CompleteEmergencyStepResult;
  /** Confirms the enrolment begun at sign-in with a first code; answers the recovery codes once and sets the session cookie. */
  confirmMfaEnrolment: ConfirmMfaEnrolmentResult;
  /** Settings: turns MFA on with a first code; answers the recovery codes once. */
  confirmMyMfaEnrolment: ConfirmMyMfaEnrolmentResult;
  /** REP-8, REP-3, REP-4: 安稳办 turns a tip into a case (the clock from the school’s first knowledge). */
  convertTipToCase: ConvertTipToCaseResult;
  /** Creates an account without a password and answers its one-time set-password link. Audited. */
  createAccount: CreateAccountResult;
  /** Decides a misconduct case with outcomes VET-11 allows. */
  decideMisconduct: DecideMisconductResult;
  /** Settings: turns MFA off with a current code, unless the account must use it (REP-7, VET-2). */
  disableMyMfa: DisableMyMfaResult;
  /** Ends one open session of an account, or all of them. Audited. */
  endAccountSessions: EndAccountSessionsResult;
  /** Creates institution heads’ accounts from an .xlsx, all-or-nothing, each with its link. Audited. */
  importHeadAccounts: ImportHeadAccountsResult;
  /** Imports a roster (.xlsx, base64), all or nothing. */
  importStaffRoster: ImportStaffRosterResult;
  /** PRV-8: link a case about the child to the file. */
  linkChildFileCase: LinkChildFileCaseResult;
  /** Marks one of the viewer’s notifications read. */
  markNotificationRead: MarkNotificationReadResult;
  /** ACC-1: 督导室 opens an assessment period. */
  openAssessmentPeriod: OpenAssessmentPeriodResult;
  /** PRV-8: open a file for a child who needs watching. */
  openChildFile: OpenChildFileResult;
  /** PRV-1: 安稳办 or 督导室 opens a campaign 排查. */
  openInspectionCampaign: OpenInspectionCampaignResult;
  /** Opens a misconduct case (VET-11). */
  openMisconductCase: OpenMisconductCaseResult;
  /** ACC-1, ACC-3: 督导室 records a finding. */
  recordAssessmentFinding: RecordAssessmentFindingResult;
  /** PRV-5: the organiser ticks (or unticks) staff of the register as present. */
  recordAttendance: RecordAttendanceResult;
  /** PRV-2: the head records a blind-spot self-inspection. */
  recordBlindSpotSelfInspection: RecordBlindSpotSelfInspectionResult;
  /** PRV-10: record one handling step of a bullying case (in order, once each). */
  recordBullyingStep: RecordBullyingStepResult;
  /** PRV-6: the head records a class of an intake. */
  recordClass: SchoolClassResult;
  /** PRV-7: the head records the counselling room and hotline. */
  recordCounselling: RecordCounsellingResult;
  /** PRV-6: the head records the sexual-abuse-prevention course delivered to classes of an intake. */
  recordCourseDelivery: RecordCourseDeliveryResult;
  /** A child’s disclosure, recorded by the staff member who heard it. */
  recordDisclosure: RecordDisclosureResult;
  /** PRV-4: someone at the door now; refused attempts are recorded and answered as refusals. */
  recordDormEntry: RecordDormEntryResult;
  /** PRV-4: someone left the dormitory now. */
  recordDormExit: RecordDormExitResult;
  /** REP-8: the district learned of a case from elsewhere (瞒报 when the school never reported it). */
  recordExternalSource: RecordExternalSourceResult;
  /** PRV-1: one item PASSED, FAILED (a hazard) or NOT_APPLICABLE. */
  recordInspectionItem: RecordInspectionItemResult;
  /** PRV-6: the head records an intake. */
  recordIntake: RecordIntakeResult;
  /** Records a reminder interview 约谈提示 (VET-10). */
  recordInterview: RecordInterviewResult;
  /** PRV-5: the head records a vice-principal for legal affairs 法治副校长. */
  recordLegalVicePrincipal: RecordLegalVicePrincipalResult;
  /** PRV-2: the head adds or changes a place. */
  recordMonitoredPlace: RecordMonitoredPlaceResult;
  /** REP-3: record the police report. */
  recordPoliceReport: RecordPoliceReportResult;
  /** Records a qualification or training certificate (VET-5). */
  recordQualification: RecordQualificationResult;
  /** PRV-1: the owner or the head records the rectification. */
  recordRectification: RecordRectificationResult;
  /** PRV-3: the head or 安稳办 records a follow-up (with the referral while not referred). */
  recordRiskFollowUp: RecordRiskFollowUpResult;
  /** PRV-3: the head or 安稳办 records a risk site or person near an institution. */
  recordRiskSubject: RecordRiskSubjectResult;
  /** ACC-2: a leader records a sanction. */
  recordSanction: RecordSanctionResult;
  /** PRV-7: the head records lessons of a class in the term’s teaching plan. */
  recordTeachingPlan: RecordTeachingPlanResult;
  /** PRV-5, PRV-9, PRV-10: a head or a committee unit records a session it held. */
  recordTrainingSession: RecordTrainingSessionResult;
  /** Records one check, by the unit whose duty it is. */
  recordVettingCheck: RecordVettingCheckResult;
  /** REP-10: a psychological concern about the child, the guardian told, 休学 arranged. */
  recordWelfareNote: RecordWelfareNoteResult;
  /** PRV-8: record a talk or class meeting held. */
  recordWelfareTalk: RecordWelfareTalkResult;
  /** REP-9: the reporter writes back with the code and passphrase. */
  replyToTip: ReplyToTipResult;
  /** Resets a password: the old one and any earlier link stop working, sessions end, a new link is answered. Audited. */
  resetAccountPassword: ResetAccountPasswordResult;
  /** ACC-5: a leader confirms or rejects a computed veto. */
  reviewVeto: ReviewVetoResult;
  /** Disables an account (all its sessions end at once) or re-enables it. Audited. */
  setAccountDisabled: SetAccountDisabledResult;
  /** Links an institution account to its holder’s staff record, or unlinks it. Audited. */
  setAccountStaffMember: SetAccountStaffMemberResult;
  /** Settings: the language the viewer reads mail in (the app sets it when the user switches). */
  setMyLanguage: Viewer;
  /** Marks a kindergarten or training institution as applying to open, or ends it (VET-4). Audited. */
  setOpeningApplication: SetOpeningApplicationResult;
  /** Sets a password with the token of a one-time set-password link (public). Ends every session. */
  setPassword: SetPasswordResult;
  /** Signs in and sets the session cookie. */
  signIn: SignInResult;
  /** Ends the current session and clears its cookie. */
  signOut: Scalars['Boolean']['output'];
  /** PRV-1, ORG-3: the head starts a self-inspection; an inspector an on-site or unannounced one. */
  startInspection: StartInspectionResult;
  /** PRV-1: submit an inspection with every item recorded. */
  submitInspection: SubmitInspectionResult;
  /** REP-9: sends an anonymous tip; answers the code and passphrase once. Nothing of the sender is kept. */
  submitTip: SubmitTipResult;
  /** ACC-5: the head submits a statement 申辩. */
  submitVetoStatement: SubmitVetoStatementResult;
  /** PRV-8: change a file. */
  updateChildFile: UpdateChildFileResult;
  /** The second step of signIn (MfaRequired): a TOTP or recovery code; sets the session cookie. */
  verifyMfa: VerifyMfaResult;
  /** PRV-1: an inspector verifies the rectification or sends it back with a reason. */
  verifyRectification: VerifyRectificationResult;
};


export type MutationAcknowledgeCaseArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationActivateStaffArgs = {
  staffId: Scalars['ID']['input'];
};


export type MutationAddStaffCandidateArgs = {
  input: AddStaffCandidateInput;
};


export type MutationAnswerTipArgs = {
  input: AnswerTipInput;
};


export type MutationAssignHazardArgs = {
  input: AssignHazardInput;
};


export type MutationAssignHeadTeacherArgs = {
  input: AssignHeadTeacherInput;
};


export type MutationBeginMfaEnrolmentArgs = {
  challenge: Scalars['String']['input'];
};


export type MutationCloseCaseArgs = {
  input: CloseCaseInput;
};


export type MutationCloseChildFileArgs = {
  input: CloseChildFileInput;
};


export type MutationCloseClassArgs = {
  input: CloseClassInput;
};


export type MutationCloseRiskSubjectArgs = {
  input: CloseRiskSubjectInput;
};


export type MutationCloseTipArgs = {
  input: CloseTipInput;
};


export type MutationCompleteEmergencyStepArgs = {
  input: CompleteEmergencyStepInput;
};


export type MutationConfirmMfaEnrolmentArgs = {
  input: MfaCodeInput;
};


export type MutationConfirmMyMfaEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationConvertTipToCaseArgs = {
  input: ConvertTipToCaseInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationDecideMisconductArgs = {
  input: DecideMisconductInput;
};


export type MutationDisableMyMfaArgs = {
  code: Scalars['String']['input'];
};


export type MutationEndAccountSessionsArgs = {
  input: EndAccountSessionsInput;
};


export type MutationImportHeadAccountsArgs = {
  input: ImportHeadAccountsInput;
};


export type MutationImportStaffRosterArgs = {
  input: ImportStaffRosterInput;
};


export type MutationLinkChildFileCaseArgs = {
  input: LinkChildFileCaseInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenAssessmentPeriodArgs = {
  input: OpenAssessmentPeriodInput;
};


export type MutationOpenChildFileArgs = {
  input: OpenChildFileInput;
};


export type MutationOpenInspectionCampaignArgs = {
  input: OpenInspectionCampaignInput;
};


export type MutationOpenMisconductCaseArgs = {
  input: OpenMisconductCaseInput;
};


export type MutationRecordAssessmentFindingArgs = {
  input: RecordAssessmentFindingInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordBlindSpotSelfInspectionArgs = {
  input: RecordBlindSpotSelfInspectionInput;
};


export type MutationRecordBullyingStepArgs = {
  input: RecordBullyingStepInput;
};


export type MutationRecordClassArgs = {
  input: RecordClassInput;
};


export type MutationRecordCounsellingArgs = {
  input: RecordCounsellingInput;
};


export type MutationRecordCourseDeliveryArgs = {
  input: RecordCourseDeliveryInput;
};


export type MutationRecordDisclosureArgs = {
  input: RecordDisclosureInput;
};


export type MutationRecordDormEntryArgs = {
  input: RecordDormEntryInput;
};


export type MutationRecordDormExitArgs = {
  input: RecordDormExitInput;
};


export type MutationRecordExternalSourceArgs = {
  input: RecordExternalSourceInput;
};


export type MutationRecordInspectionItemArgs = {
  input: RecordInspectionItemInput;
};


export type MutationRecordIntakeArgs = {
  input: RecordIntakeInput;
};


export type MutationRecordInterviewArgs = {
  input: RecordInterviewInput;
};


export type MutationRecordLegalVicePrincipalArgs = {
  input: RecordLegalVicePrincipalInput;
};


export type MutationRecordMonitoredPlaceArgs = {
  input: RecordMonitoredPlaceInput;
};


export type MutationRecordPoliceReportArgs = {
  input: RecordPoliceReportInput;
};


export type MutationRecordQualificationArgs = {
  input: RecordQualificationInput;
};


export type MutationRecordRectificationArgs = {
  input: RecordRectificationInput;
};


export type MutationRecordRiskFollowUpArgs = {
  input: RecordRiskFollowUpInput;
};


export type MutationRecordRiskSubjectArgs = {
  input: RecordRiskSubjectInput;
};


export type MutationRecordSanctionArgs = {
  input: RecordSanctionInput;
};


export type MutationRecordTeachingPlanArgs = {
  input: RecordTeachingPlanInput;
};


export type MutationRecordTrainingSessionArgs = {
  input: RecordTrainingSessionInput;
};


export type MutationRecordVettingCheckArgs = {
  input: RecordVettingCheckInput;
};


export type MutationRecordWelfareNoteArgs = {
  input: RecordWelfareNoteInput;
};


export type MutationRecordWelfareTalkArgs = {
  input: RecordWelfareTalkInput;
};


export type MutationReplyToTipArgs = {
  input: ReplyToTipInput;
};


export type MutationResetAccountPasswordArgs = {
  input: AccountIdInput;
};


export type MutationReviewVetoArgs = {
  input: ReviewVetoInput;
};


export type MutationSetAccountDisabledArgs = {
  input: SetAccountDisabledInput;
};


export type MutationSetAccountStaffMemberArgs = {
  input: SetAccountStaffMemberInput;
};


export type MutationSetMyLanguageArgs = {
  language: AccountLanguage;
};


export type MutationSetOpeningApplicationArgs = {
  input: SetOpeningApplicationInput;
};


export type MutationSetPasswordArgs = {
  input: SetPasswordInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationStartInspectionArgs = {
  input: StartInspectionInput;
};


export type MutationSubmitInspectionArgs = {
  input: SubmitInspectionInput;
};


export type MutationSubmitTipArgs = {
  input: SubmitTipInput;
};


export type MutationSubmitVetoStatementArgs = {
  input: SubmitVetoStatementInput;
};


export type MutationUpdateChildFileArgs = {
  input: UpdateChildFileInput;
};


export type MutationVerifyMfaArgs = {
  input: MfaCodeInput;
};


export type MutationVerifyRectificationArgs = {
  input: VerifyRectificationInput;
};

/** The gaps on the viewer’s home: the head’s all, a teacher’s those she must fix. */
export type MyCareGaps = {
  __typename: 'MyCareGaps';
  /** The viewer may open the whole list (/prevention-gaps). */
  canOpenList: Scalars['Boolean']['output'];
  /** The first few (at most 5), children last hidden. */
  first: Array<PreventionGapItem>;
  /** The institution. */
  institutionId?: Maybe<Scalars['ID']['output']>;
  /** How many. */
  total: Scalars['Int']['output'];
};

/** Issue 10: what waits on the viewer, soonest deadline first, and the cases the viewer reported. */
export type MyWork = {
  __typename: 'MyWork';
  /** PRV-8 and the other prevention gaps on the home: the head’s all, a teacher’s her own. */
  careGaps: MyCareGaps;
  /** The viewer’s home (the same as Viewer.home). */
  home: ViewerHome;
  /** Overdue first, then the soonest deadline, a child in danger first among equals (at most 200). */
  items: Array<WorkItem>;
  /** The cases the viewer reported, newest first (at most 50). */
  reportedCases: Array<ReportedCase>;
  /** Every item there is; items stops at 200. */
  totalCount: Scalars['Int']['output'];
};

/** The viewer is not who records this check (ORG-2). */
export type NotResponsibleError = ErrorResult & {
  __typename: 'NotResponsibleError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** Who records it. */
  recordedBy: Array<CheckRecorder>;
  /** The rule behind it. */
  ruleId?: Maybe<Scalars['String']['output']>;
};

/** An in-app notification for the signed-in account; its text never names a child. */
export type Notification = {
  __typename: 'Notification';
  /** Body, in the recipient’s language when it was written. */
  body: Scalars['String']['output'];
  /** The case it is about. */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What it is about, for wording it in the reader’s current language; null on notifications written before (show title and body). */
  facts?: Maybe<NotificationFacts>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: NotificationKind;
  /** When it was read; null while unread. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Title, in the recipient’s language when it was written. */
  title: Scalars['String']['output'];
  /** REP-6: about a child in danger: shown first and marked urgent. */
  urgent: Scalars['Boolean']['output'];
};

/** The viewer’s notifications, newest first. */
export type NotificationConnection = {
  __typename: 'NotificationConnection';
  /** This page. */
  edges: Array<NotificationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many are unread. */
  unreadCount: Scalars['Int']['output'];
  /** REP-6: the unread urgent ones (a child in danger), newest first, at most 20: shown before the rest. */
  urgentUnread: Array<Notification>;
};

/** A notification in a page. */
export type NotificationEdge = {
  __typename: 'NotificationEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is about, for the app to word it in the reader’s language (never a child, an id or a code). */
export type NotificationFacts = {
  __typename: 'NotificationFacts';
  /** The case’s category, for case alerts. */
  category?: Maybe<IncidentCategory>;
  /** The case deadline the alert concerns. */
  deadlineKind?: Maybe<DeadlineKind>;
  /** The deadline (case) or due date (hazard). */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The hazard it is about (to open it). */
  hazardId?: Maybe<Scalars['ID']['output']>;
  /** The hazard’s checklist item (en). */
  hazardItemEn?: Maybe<Scalars['String']['output']>;
  /** The hazard’s checklist item (zh-CN). */
  hazardItemZh?: Maybe<Scalars['String']['output']>;
  /** The school or institution. */
  institutionName: Scalars['String']['output'];
  /** REP-6: the child was in danger when the case was recorded. */
  isChildInDanger: Scalars['Boolean']['output'];
};

/** What a notification is about. */
export type NotificationKind =
  | 'BREACH_RECORDED'
  | 'CONFLICT_OF_INTEREST'
  | 'DISCLOSURE_RECEIVED'
  | 'HAZARD_ESCALATION'
  | 'HAZARD_OVERDUE'
  | 'HEAD_NOTIFICATION_MISSED'
  | 'POLICE_DEADLINE_MISSED'
  | 'POLICE_REPORT_REMINDER';

/** PRV-2: counselling room, practice room, office, or another one-to-one room. */
export type OneToOneRoomType =
  | 'COUNSELLING'
  | 'OFFICE'
  | 'OTHER'
  | 'PRACTICE';

/** ACC-1: a new assessment period; by default the current school year, every institution. */
export type OpenAssessmentPeriodInput = {
  /** A custom end (exclusive). */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only these institutions. */
  institutionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<InstitutionKind>>;
  /** Name; by default “<year>-<year+1>学年度学校保护工作考核”. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The school year starting in this year; by default the current one. */
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
  /** Only the institutions this section supervises (ORG-1). */
  section?: InputMaybe<UnitCode>;
  /** A custom start (inclusive), with endsAt instead of a school year. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The new period, or why not. */
export type OpenAssessmentPeriodResult = AssessmentForbiddenError | AssessmentPeriod | ValidationError;

/** PRV-8: open a file for a child of a class who needs watching. */
export type OpenChildFileInput = {
  /** Watch categories (at least one, from watchCategories). */
  categories: Array<Scalars['String']['input']>;
  /** The child’s name. */
  childName: Scalars['String']['input'];
  /** The child’s class, from the institution’s classes. */
  classId: Scalars['ID']['input'];
  /** Counsellors from the staff register. */
  counsellorStaffIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The mental-health growth file 心理健康成长档案. */
  growthFile?: InputMaybe<Scalars['String']['input']>;
  /** The personal file 个人档案. */
  personalFile?: InputMaybe<Scalars['String']['input']>;
  /** Student number 学籍号. */
  studentNumber?: InputMaybe<Scalars['String']['input']>;
};

/** The new file, or why not. */
export type OpenChildFileResult = ChildFile | ChildFileForbiddenError | ChildFileNotFoundError | ChildFileStateError | ValidationError;

/** PRV-1: a new campaign over institutions chosen by kind, supervising section or list. */
export type OpenInspectionCampaignInput = {
  /** End (exclusive). */
  endsAt: Scalars['DateTimeISO']['input'];
  /** Only these institutions. */
  institutionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<InstitutionKind>>;
  /** The name, e.g. 开学安全大检查. */
  name: Scalars['String']['input'];
  /** Only institutions this section supervises. */
  section?: InputMaybe<SupervisingSection>;
  /** Start (inclusive). */
  startsAt: Scalars['DateTimeISO']['input'];
  /** The checklist template. */
  templateId: Scalars['ID']['input'];
};

/** The new campaign, or why not. */
export type OpenInspectionCampaignResult = InspectionCampaign | InspectionForbiddenError | InspectionNotFoundError | InspectionStateError | ValidationError;

/** Opens a misconduct case (VET-11). */
export type OpenMisconductCaseInput = {
  /** The facts reported. */
  facts: Scalars['String']['input'];
  /** The incident it comes from, if any. */
  incidentId?: InputMaybe<Scalars['String']['input']>;
  /** The staff member. */
  staffId: Scalars['ID']['input'];
};

/** The case, or why not. */
export type OpenMisconductCaseResult = MisconductCase | StaffForbiddenError | StaffNotFoundError | ValidationError;

/** Only the unit responsible for new-institution vetting (POLICY, VET-4) or the leadership sets this. */
export type OpeningApplicationForbiddenError = ErrorResult & {
  __typename: 'OpeningApplicationForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** No such institution in the viewer’s scope (out of scope answers the same). */
export type OpeningInstitutionNotFoundError = ErrorResult & {
  __typename: 'OpeningInstitutionNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** VET-4 covers kindergartens and training institutions only. */
export type OpeningNotApplicableError = ErrorResult & {
  __typename: 'OpeningNotApplicableError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** The institution’s kind. */
  kind: InstitutionKind;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** The delivery status of one outbox mail (administrators). Never its subject or body: an alert may say what only its recipient may know (REP-11). */
export type OutboxMail = {
  __typename: 'OutboxMail';
  /** When it was written. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Failed delivery attempts. */
  failedAttempts: Scalars['Int']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** What kind of alert it carries. */
  kind?: Maybe<NotificationKind>;
  /** When delivery last failed. */
  lastFailedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Display name of the recipient account. */
  recipientDisplayName?: Maybe<Scalars['String']['output']>;
  /** Sign-in name of the recipient account. */
  recipientUsername?: Maybe<Scalars['String']['output']>;
  /** When it was sent; null until then. */
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where delivery stands. */
  status: MailDeliveryStatus;
  /** Recipient address. */
  to: Scalars['String']['output'];
};

/** Outbox mails (delivery status only), newest first. */
export type OutboxMailConnection = {
  __typename: 'OutboxMailConnection';
  /** This page. */
  edges: Array<OutboxMailEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An outbox mail in a page. */
export type OutboxMailEdge = {
  __typename: 'OutboxMailEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The mail. */
  node: OutboxMail;
};

/** misconductOutcomes does not allow these outcomes. */
export type OutcomeNotAllowedError = ErrorResult & {
  __typename: 'OutcomeNotAllowedError';
  /** What the facts allow. */
  allowed: MisconductOptions;
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** The oversight dashboard 监管总览 over the viewer’s scope. */
export type Oversight = {
  __typename: 'Oversight';
  /** Cases with a breach, by section and kind. */
  breachesBySection: Array<SectionBreachCount>;
  /** Vetting coverage by institution kind. */
  coverageByKind: Array<KindCoverage>;
  /** The indicators, in the registry’s order. */
  indicators: Array<OversightIndicator>;
  /** The period the periodic figures count. */
  period: OversightPeriod;
  /** REP-3: the police deadline, minutes. */
  policeDeadlineMinutes: Scalars['Float']['output'];
  /** The institution × indicators table, one page. */
  table: OversightTable;
  /** Time to the police report, against the deadline. */
  timeToPolice: Array<TimeToPoliceBucket>;
  /** Cases recorded per month and category. */
  trend: Array<MonthlyCategoryCount>;
};

/** One figure of one institution. */
export type OversightCell = {
  __typename: 'OversightCell';
  /** The indicator’s id. */
  id: Scalars['String']['output'];
  /** Red, amber or green. */
  rag: Rag;
  /** The figure. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The dashboard’s period and filters; all given conditions must hold. */
export type OversightFilter = {
  /** CUSTOM: first day, YYYY-MM-DD in Asia/Shanghai. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only institutions of this kind. */
  institutionKind?: InputMaybe<InstitutionKind>;
  /** The period; default this month. */
  period?: PeriodKind;
  /** Only the institutions this section supervises (ORG-1). */
  section?: InputMaybe<SupervisingSection>;
  /** Only institutions in this street or town 镇街. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** CUSTOM: last day (included), YYYY-MM-DD. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** One figure of the dashboard (issue 10), judged red, amber or green. */
export type OversightIndicator = {
  __typename: 'OversightIndicator';
  /** The list to open with the figure. */
  drill: IndicatorDrill;
  /** Stable id from the domain’s indicator registry, e.g. OPEN_CASES. */
  id: Scalars['String']['output'];
  /** Counted over the period (cases recorded in it); otherwise a reading now. */
  isPeriodic: Scalars['Boolean']['output'];
  /** Red, amber or green under the district’s thresholds. */
  rag: Rag;
  /** The rules behind it (DOMAIN.md). */
  ruleIds: Array<Scalars['String']['output']>;
  /** Count, minutes or percent. */
  unit: IndicatorUnit;
  /** The figure; null when there is none to give. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The column the institution table is sorted by (the worst first, then by name). */
export type OversightInstitutionOrder =
  | 'BREACHES'
  | 'HAZARDS_OVERDUE'
  | 'NAME'
  | 'OPEN_CASES'
  | 'OPEN_MISCONDUCT'
  | 'OVERDUE_INTERVIEWS'
  | 'OVERDUE_RECHECKS'
  | 'POLICE_DEADLINE_PASSED'
  | 'TIME_TO_POLICE_MEDIAN'
  | 'VETTING_COVERAGE';

/** One row of the institution table. */
export type OversightInstitutionRow = {
  __typename: 'OversightInstitutionRow';
  /** Its figures, in the table’s column order. */
  cells: Array<OversightCell>;
  /** The institution. */
  institution: Institution;
};

/** The [start, end) of the chosen period. */
export type OversightPeriod = {
  __typename: 'OversightPeriod';
  /** End instant (excluded). */
  end: Scalars['DateTimeISO']['output'];
  /** Which period. */
  kind: PeriodKind;
  /** First instant (included). */
  start: Scalars['DateTimeISO']['output'];
};

/** A page of the institution × indicators table. */
export type OversightTable = {
  __typename: 'OversightTable';
  /** The page. */
  rows: Array<OversightInstitutionRow>;
  /** Institutions matching the filters. */
  totalCount: Scalars['Int']['output'];
};

/** A page of the institution table. */
export type OversightTablePage = {
  /** Rows, 1 to 100. */
  first?: Scalars['Int']['input'];
  /** Rows to skip. */
  offset?: Scalars['Int']['input'];
  /** Sort column. */
  orderBy?: OversightInstitutionOrder;
};

/** Relay page information for keyset pagination. */
export type PageInfo = {
  __typename: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A new password was set; sign in with it. */
export type PasswordSet = {
  __typename: 'PasswordSet';
  /** The sign-in name of the account. */
  username: Scalars['String']['output'];
};

/** The dashboard’s period: 本月, 本学期 (half a school year), 本学年, or 自定义 (from, to). */
export type PeriodKind =
  | 'CUSTOM'
  | 'MONTH'
  | 'SCHOOL_YEAR'
  | 'TERM';

/** An operation the viewer may perform, computed on the server; the UI hides the rest. */
export type Permission =
  | 'MANAGE_ACCOUNTS'
  | 'MANAGE_INCIDENTS'
  | 'MANAGE_MISCONDUCT'
  | 'MANAGE_OPENING_APPLICATIONS'
  | 'MANAGE_STAFF'
  | 'RECORD_DORM_ENTRIES'
  | 'RECORD_EXTERNAL_SOURCE'
  | 'RECORD_VETTING_CHECK'
  | 'REPORT_INCIDENT'
  | 'VIEW_ASSESSMENTS'
  | 'VIEW_AUDIT'
  | 'VIEW_CARE_RECORDS'
  | 'VIEW_CHILD_FILES'
  | 'VIEW_DORM_ENTRIES'
  | 'VIEW_HAZARDS'
  | 'VIEW_INCIDENTS'
  | 'VIEW_INSPECTIONS'
  | 'VIEW_INSTITUTIONS'
  | 'VIEW_MAIL_OUTBOX'
  | 'VIEW_MONITORED_PLACES'
  | 'VIEW_RESPONSIBILITY_MATRIX'
  | 'VIEW_STAFF'
  | 'VIEW_SURROUNDINGS'
  | 'VIEW_TIPS'
  | 'VIEW_TRAINING';

/** A photo attached to a record (a hazard, a rectification, ...): re-encoded, without EXIF or GPS. Its URLs answer only to those who may read the record, and each load is audited. */
export type Photo = {
  __typename: 'Photo';
  /** Height of the photo at `url`, in pixels. */
  height: Scalars['Int']['output'];
  /** Stable identifier (what a command’s `photoIds` takes). */
  id: Scalars['ID']['output'];
  /** Its thumbnail (JPEG, at most 320 px on its longest side), for lists. */
  thumbnailUrl: Scalars['String']['output'];
  /** The photo (JPEG, at most 2560 px on its longest side), at this origin. */
  url: Scalars['String']['output'];
  /** Width of the photo at `url`, in pixels. */
  width: Scalars['Int']['output'];
};

/** The viewer may read the register but not change it (PRV-2). */
export type PlaceForbiddenError = ErrorResult & {
  __typename: 'PlaceForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** A gap of the register, with its rule. */
export type PlaceGap = {
  __typename: 'PlaceGap';
  /** What is missing. */
  code: PreventionGapCode;
  /** The place concerned, when one is. */
  placeId?: Maybe<Scalars['ID']['output']>;
  /** The rule, e.g. PRV-2. */
  ruleId: Scalars['String']['output'];
};

/** No such institution or place, or not one the viewer reads. */
export type PlaceNotFoundError = ErrorResult & {
  __typename: 'PlaceNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** What the viewer may do with the register (monitoredPlacesAccess). */
export type PlaceRegisterActions = {
  __typename: 'PlaceRegisterActions';
  /** Record a blind-spot self-inspection (the head, PRV-2). */
  recordBlindSpotSelfInspection: Scalars['Boolean']['output'];
  /** Add or change a place (the head, PRV-2). */
  recordPlace: Scalars['Boolean']['output'];
};

/** PRV-2: which institutions the district overview of place registers shows. */
export type PlaceRegisterFilter = {
  /** Only institutions of this kind. */
  institutionKind?: InputMaybe<InstitutionKind>;
  /** Only registers with a gap (PRV-2). */
  onlyWithGaps?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only institutions of the kinds this section supervises (ORG-1, the responsibility matrix). */
  section?: InputMaybe<SupervisingSection>;
  /** Only institutions on this street or town 镇街 (exact name, up to 40 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** PRV-2: one institution’s place register in the district overview. */
export type PlaceRegisterSummary = {
  __typename: 'PlaceRegisterSummary';
  /** When the next blind-spot self-inspection is due (policy interval). */
  blindSpotSelfInspectionDueAt: Scalars['DateTimeISO']['output'];
  /** PRV-2: the register’s gaps (placeRegisterGaps). */
  gaps: Array<PreventionGapCode>;
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its kind. */
  institutionKind: InstitutionKind;
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Whether the blind-spot self-inspection is due now (or was never done). */
  isBlindSpotSelfInspectionDue: Scalars['Boolean']['output'];
  /** Day (YYYY-MM-DD) of the last blind-spot self-inspection 监控死角自查; null: never. */
  lastBlindSpotSelfInspectionOn?: Maybe<Scalars['String']['output']>;
  /** One-to-one rooms in the register. */
  oneToOneRooms: Scalars['Int']['output'];
  /** Places in the register. */
  placeCount: Scalars['Int']['output'];
  /** Its street or town 镇街. */
  street?: Maybe<Scalars['String']['output']>;
  /** One-to-one rooms without cameras. */
  unmonitoredOneToOneRooms: Scalars['Int']['output'];
};

/** PRV-7: mental-health or puberty lessons in the teaching plan. */
export type PlanLessonTopic =
  | 'MENTAL_HEALTH'
  | 'PUBERTY';

/** The police report (REP-3). */
export type PoliceReport = {
  __typename: 'PoliceReport';
  /** The officer. */
  officerName?: Maybe<Scalars['String']['output']>;
  /** Police station. */
  policeStation: Scalars['String']['output'];
  /** Receipt or case number. */
  receiptNumber: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  recordedBy: CasePerson;
  /** When the police were told. */
  reportedAt: Scalars['DateTimeISO']['output'];
};

/** A gap the prevention rules find (PRV-2, PRV-5 to PRV-10). */
export type PreventionGapCode =
  | 'BLIND_SPOTS_NOT_SELF_INSPECTED'
  | 'BULLYING_STEP_OVERDUE'
  | 'CLASS_MENTAL_HEALTH_LESSONS_SHORT'
  | 'HEAD_TEACHERS_NOT_TRAINED_ON_BULLYING'
  | 'INTAKE_WITHOUT_PREVENTION_COURSE'
  | 'NO_ANTI_BULLYING_HANDBOOK'
  | 'NO_ANTI_BULLYING_RULES'
  | 'NO_COUNSELLING_ROOM_OR_HOTLINE'
  | 'NO_LEGAL_VICE_PRINCIPAL'
  | 'NO_MENTAL_HEALTH_IN_TEACHING_PLAN'
  | 'NO_STAFF_MENTAL_HEALTH_TRAINING'
  | 'ONE_TO_ONE_CLASSROOM_UNMONITORED'
  | 'PREVENTION_COURSE_LATE'
  | 'SPECIAL_CHILD_GROWTH_FILE_MISSING'
  | 'SPECIAL_CHILD_PERSONAL_FILE_MISSING'
  | 'STAFF_WITHOUT_LEGAL_TRAINING'
  | 'WELFARE_TALK_OVERDUE';

/** How many gaps of one kind. */
export type PreventionGapCount = {
  __typename: 'PreventionGapCount';
  /** What is missing. */
  code: PreventionGapCode;
  /** How many. */
  count: Scalars['Int']['output'];
  /** The rule. */
  ruleId: Scalars['String']['output'];
};

/** PRV-2, PRV-5 to PRV-10, ACC-1: one institution’s gaps, counted by kind (never a subject). */
export type PreventionGapInstitution = {
  __typename: 'PreventionGapInstitution';
  /** By kind. */
  counts: Array<PreventionGapCount>;
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Every gap. */
  total: Scalars['Int']['output'];
};

/** PRV-2, PRV-5 to PRV-10: one prevention gap of an institution, found from its records. */
export type PreventionGapItem = {
  __typename: 'PreventionGapItem';
  /** The clause of the guideline. */
  clause: Scalars['String']['output'];
  /** What is missing. */
  code: PreventionGapCode;
  /** Where it is fixed. */
  fixPath: GapFixPath;
  /** The child file or case to open, when the viewer may open it; null otherwise. */
  fixTargetId?: Maybe<Scalars['ID']['output']>;
  /** The subject is a child the viewer may not see: the UI says “a child”. */
  isSubjectHidden: Scalars['Boolean']['output'];
  /** The staff member’s, class’s, intake’s, place’s or appointment’s name; a child’s name only for the child’s need-to-know group (PRV-8); null otherwise. */
  label?: Maybe<Scalars['String']['output']>;
  /** The staff member who must fix it besides the head. */
  responsibleStaffId?: Maybe<Scalars['ID']['output']>;
  /** That staff member’s name. */
  responsibleStaffName?: Maybe<Scalars['String']['output']>;
  /** The rule, e.g. PRV-8. */
  ruleId: Scalars['String']['output'];
  /** What the gap concerns, when one thing. */
  subjectKind?: Maybe<GapSubjectKind>;
};

/** PRV-2, PRV-5 to PRV-10: an institution’s prevention gaps (careRecordsAccess). */
export type PreventionGaps = {
  __typename: 'PreventionGaps';
  /** The gaps counted by kind (never a child). */
  counts: Array<PreventionGapCount>;
  /** The gaps one by one: for the head only (canViewGapSubjects); empty for counting readers. */
  gaps: Array<PreventionGapItem>;
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** Every gap. */
  total: Scalars['Int']['output'];
  /** The viewer sees each gap with what it concerns. */
  viewerCanViewSubjects: Scalars['Boolean']['output'];
};

/** A qualification or training certificate (VET-5); a revoked one is kept (VET-6). */
export type Qualification = {
  __typename: 'Qualification';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether it has been revoked. */
  isRevoked: Scalars['Boolean']['output'];
  /** Issue date. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** Kind. */
  kind: QualificationKind;
  /** Certificate number. */
  number: Scalars['String']['output'];
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The rule it was revoked under (VET-6, VET-11). */
  revokedRuleId?: Maybe<Scalars['String']['output']>;
};

/** 教师资格证, 幼儿园教师资格证, 保育员培训合格证 (VET-5, VET-6). */
export type QualificationKind =
  | 'CHILDCARE_TRAINING_CERTIFICATE'
  | 'KINDERGARTEN_TEACHER_QUALIFICATION'
  | 'TEACHER_QUALIFICATION';

export type Query = {
  __typename: 'Query';
  /** The open sessions of an account, newest first (administrators); empty for an unknown id. */
  accountSessions: Array<AccountSession>;
  /** Staff records of an institution an account may be linked to, by name, at most 50 (administrators). */
  accountStaffChoices: Array<StaffMemberChoice>;
  /** All accounts, in username order (administrators). */
  accounts: AccountConnection;
  /** ACC-1, ACC-5: one institution’s assessment; null when missing or not readable. */
  assessment?: Maybe<Assessment>;
  /** One period; null when missing or not readable. */
  assessmentPeriod?: Maybe<AssessmentPeriod>;
  /** ACC-1: assessment periods with a row the viewer reads, newest first. */
  assessmentPeriods: AssessmentPeriodList;
  /** Issue 10: accounts by name, for the audit trail’s person filter (LEADER and ADMIN only). */
  auditActors: Array<AuditActor>;
  /** The audit trail, newest first (LEADER and ADMIN only). */
  auditEvents: AuditEventConnection;
  /** PRV-5 to PRV-7, PRV-10: an institution’s care records with their statuses; null when missing or not readable. */
  careRecords?: Maybe<CareRecords>;
  /** One case; null when missing or not visible. Views of confidential cases are audited (REP-7). */
  case?: Maybe<Case>;
  /** Cases the viewer may see, filtered and ordered (newest first by default); for 安稳办 every case of the district (REP-8). BAD_USER_INPUT names a filter that cannot be asked (e.g. recordedFrom not before recordedBefore). */
  cases: CaseConnection;
  /** PRV-8: one file; null when missing or refused. Every read is audited, refusals too. */
  childFile?: Maybe<ChildFile>;
  /** PRV-8: open files and overdue talks per institution and category: counts, never names. */
  childFileCounts: Array<ChildFileCount>;
  /** PRV-8: classes, categories and staff the viewer may open a file with (empty lists if none). */
  childFileForm: ChildFileForm;
  /** PRV-8: the watched children the viewer is responsible for (names for the need-to-know group only; the district’s others get counts from childFileCounts). Audited. */
  childFiles: ChildFileList;
  /** PRV-4: the viewer’s own dormitory door and who is inside; null without an institution. */
  dormDoor?: Maybe<DormDoor>;
  /** PRV-4: people of the door’s staff register by name (at most 20); empty for non-keepers. */
  dormDoorPeople: Array<DormDoorPerson>;
  /** PRV-4: dorm entries and refused attempts the viewer reads (head, 安稳办, leadership). */
  dormEntries: DormEntryConnection;
  /** Re-checks (VET-9) and reminder interviews (VET-10) due, within scope. */
  dueChecks: DueCheckList;
  /** PRV-1: one hazard; null when missing or not readable. */
  hazard?: Maybe<Hazard>;
  /** PRV-1: hazards the viewer reads (hazardListFilter), newest first, paged. */
  hazards: HazardList;
  /** The .xlsx template for importing institution heads’ accounts, base64 (administrators). */
  headAccountsTemplate: Scalars['String']['output'];
  /** PRV-1: one inspection; null when missing or not readable. */
  inspection?: Maybe<Inspection>;
  /** One campaign; null when missing or not readable. */
  inspectionCampaign?: Maybe<InspectionCampaign>;
  /** PRV-1: campaigns the viewer reads (a head: those covering her institution), newest first. */
  inspectionCampaigns: InspectionCampaignList;
  /** PRV-1: the district’s checklist templates (the committee reads them; empty otherwise). */
  inspectionTemplates: Array<InspectionTemplate>;
  /** One institution; null when it does not exist or is outside the viewer’s scope (same answer). */
  institution?: Maybe<Institution>;
  /** An institution’s card 校园保护档案 (its head, and committee members whose scope holds it); null when out of reach; FORBIDDEN for teachers and the administrator. */
  institutionRecord?: Maybe<InstitutionRecord>;
  /** Institutions within the viewer’s scope, in name order. */
  institutions: InstitutionConnection;
  /** PRV-6 to PRV-8: an institution’s intakes and classes; null when missing or not readable. */
  intakes?: Maybe<IntakeRegister>;
  /** Mail kept or sent by the outbox, newest first (ADMIN). */
  mailOutbox: OutboxMailConnection;
  /** The signed-in viewer; null when not signed in. */
  me?: Maybe<Viewer>;
  /** Misconduct cases the viewer could open (VET-11), newest first, never one about the viewer; the list behind the dashboard’s OPEN_MISCONDUCT. */
  misconductCases: MisconductCaseList;
  /** PRV-2: an institution’s monitored places; null when missing or not readable. */
  monitoredPlaces?: Maybe<MonitoredPlaceRegister>;
  /** The viewer’s notifications, newest first. */
  myNotifications: NotificationConnection;
  /** Issue 10: the viewer’s home 工作台: what waits on the viewer, soonest deadline first, and the cases the viewer reported. */
  myWork: MyWork;
  /** The oversight dashboard 监管总览 over the viewer’s scope (leadership and the committee’s sections); FORBIDDEN for anyone else. */
  oversight: Oversight;
  /** PRV-2: the district overview: the place register of every institution the viewer reads, by name. */
  placeRegisters: Array<PlaceRegisterSummary>;
  /** PRV-2, PRV-5 to PRV-10, ACC-1: the gaps of every institution the viewer counts (inspectors, leadership; a head her own), counts only, most first; empty for anyone else. */
  preventionGapOverview: Array<PreventionGapInstitution>;
  /** PRV-2, PRV-5 to PRV-10: an institution’s prevention gaps found from its records: one by one for its head, counted for its inspectors and leadership; null for anyone else. Audited. */
  preventionGaps?: Maybe<PreventionGaps>;
  /** Issue 4: active staff of the viewer’s own institution, to pick the suspect from; names and roles only. */
  reportableStaff: Array<ReportableStaffMember>;
  /** REP-9: the district’s reporting mailbox and hotline. */
  reportingChannels: ReportingChannels;
  /** The whole responsibility matrix, duties × institution kinds (ORG-2). */
  responsibilityMatrix: Array<MatrixCell>;
  /** PRV-3: one risk subject; a person’s identity for the need-to-know group only. Every read is audited. */
  riskSubject?: Maybe<RiskSubject>;
  /** PRV-3: risk sites and persons the viewer reads, newest first; never a person’s identity. */
  riskSubjects: RiskSubjectConnection;
  /** The staff register within the viewer’s scope, in name order. */
  staff: StaffConnection;
  /** One staff member; null when missing or out of scope. Audited. */
  staffMember?: Maybe<StaffMember>;
  /** REP-9: one tip with its conversation. Every read is audited. */
  tip?: Maybe<Tip>;
  /** REP-9: a proof-of-work challenge for sending a tip. */
  tipChallenge: TipChallenge;
  /** REP-9: the schools the public tip page offers (names only). */
  tipSchools: Array<TipSchool>;
  /** REP-9: the conversation of a tip, for its code and passphrase (wrong ones are throttled per code). */
  tipThread: TipThreadResult;
  /** REP-9, REP-7: the tip inbox of 安稳办, latest message first; no contents. */
  tips: Array<TipListItem>;
  /** PRV-5, PRV-9, PRV-10: an institution’s coverage of a topic: counts for inspectors and leadership, the untrained by name for the head (audited); null when not readable. */
  trainingCoverage?: Maybe<TrainingCoverage>;
  /** PRV-5: coverage per institution the committee reader inspects, counts only, least first. */
  trainingCoverageOverview: Array<InstitutionTrainingCoverage>;
  /** PRV-5: one session; null when not readable. */
  trainingSession?: Maybe<TrainingSession>;
  /** PRV-5: the register to tick attendance from (at most 500); empty for non-organisers. */
  trainingSessionRegister: Array<TrainingRegisterMember>;
  /** PRV-5, PRV-9, PRV-10: sessions the viewer reads (organiser, leadership), newest first. */
  trainingSessions: Array<TrainingSession>;
  /** PRV-5: what the viewer may do on the training pages. */
  trainingViewer: TrainingViewer;
  /** decideVetting for one staff member; null when not visible. */
  vettingDecision?: Maybe<VettingDecision>;
};


export type QueryAccountSessionsArgs = {
  accountId: Scalars['ID']['input'];
};


export type QueryAccountStaffChoicesArgs = {
  institutionId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssessmentPeriodArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCareRecordsArgs = {
  institutionId: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};


export type QueryChildFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChildFilesArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDormDoorPeopleArgs = {
  search: Scalars['String']['input'];
};


export type QueryDormEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DormEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDueChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DueCheckFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHazardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHazardsArgs = {
  filter?: InputMaybe<HazardFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIntakesArgs = {
  institutionId: Scalars['ID']['input'];
};


export type QueryMailOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMisconductCasesArgs = {
  filter?: InputMaybe<MisconductCaseFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryMonitoredPlacesArgs = {
  institutionId: Scalars['ID']['input'];
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOversightArgs = {
  filter?: InputMaybe<OversightFilter>;
  table?: InputMaybe<OversightTablePage>;
};


export type QueryPlaceRegistersArgs = {
  filter?: InputMaybe<PlaceRegisterFilter>;
};


export type QueryPreventionGapsArgs = {
  institutionId: Scalars['ID']['input'];
};


export type QueryReportableStaffArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRiskSubjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskSubjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RiskSubjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTipThreadArgs = {
  code: Scalars['String']['input'];
  passphrase: Scalars['String']['input'];
};


export type QueryTipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TipStatus>;
};


export type QueryTrainingCoverageArgs = {
  institutionId: Scalars['ID']['input'];
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
  topic: TrainingTopic;
};


export type QueryTrainingCoverageOverviewArgs = {
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
  topic: TrainingTopic;
};


export type QueryTrainingSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingSessionRegisterArgs = {
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type QueryTrainingSessionsArgs = {
  topic?: InputMaybe<TrainingTopic>;
};


export type QueryVettingDecisionArgs = {
  staffId: Scalars['ID']['input'];
};

/** Red, amber or green; NONE when there is no figure. */
export type Rag =
  | 'AMBER'
  | 'GREEN'
  | 'NONE'
  | 'RED';

/** ACC-1, ACC-3: a finding, with its score contribution; on a case, its failures and impacts. */
export type RecordAssessmentFindingInput = {
  /** The assessment. */
  assessmentId: Scalars['ID']['input'];
  /** A case of the institution the finding concerns. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** ACC-3 failures (needs a case). */
  failures?: InputMaybe<Array<HandlingFailure>>;
  /** ACC-3 impacts (needs a case). */
  impacts?: InputMaybe<Array<Impact>>;
  /** Points added or deducted, -100 to 100; 0 by default. */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** ACC-2 findings about the work. */
  sanctionGrounds?: InputMaybe<Array<SanctionGround>>;
  /** 督导室 or a joint inspection team. */
  source: FindingSource;
  /** What was found. */
  text: Scalars['String']['input'];
};

/** The assessment as it now stands, or why not. */
export type RecordAssessmentFindingResult = Assessment | AssessmentForbiddenError | AssessmentNotFoundError | AssessmentStateError | SanctionNotAllowedError | ValidationError;

/** PRV-5: tick (or untick) staff as present at a session. */
export type RecordAttendanceInput = {
  /** True ticks them present, false unticks them. */
  present: Scalars['Boolean']['input'];
  /** The session. */
  sessionId: Scalars['ID']['input'];
  /** Staff records from the organiser’s register (at most 500). */
  staffIds: Array<Scalars['ID']['input']>;
};

/** The session with its attendance, or why not (nothing changed). */
export type RecordAttendanceResult = TrainingForbiddenError | TrainingNotFoundError | TrainingSession | ValidationError;

/** PRV-2: the day of a blind-spot self-inspection 监控死角自查. */
export type RecordBlindSpotSelfInspectionInput = {
  /** The day it was done, YYYY-MM-DD in the district’s time zone; not in the future. */
  inspectedOn: Scalars['String']['input'];
  /** The institution. */
  institutionId: Scalars['ID']['input'];
};

/** The register as it now stands, or why not. */
export type RecordBlindSpotSelfInspectionResult = MonitoredPlaceRegister | PlaceForbiddenError | PlaceNotFoundError | ValidationError;

/** PRV-10: one handling step of a bullying case, completed. */
export type RecordBullyingStepInput = {
  /** The case (of the bullying category). */
  caseId: Scalars['ID']['input'];
  /** When it was completed: not before the report, not in the future. */
  completedAt: Scalars['DateTimeISO']['input'];
  /** What was done, up to 2000 characters (confidential). */
  note: Scalars['String']['input'];
  /** The step; steps are recorded in order, once each. */
  step: BullyingStep;
};

/** The case’s bullying steps after the step, or why not. */
export type RecordBullyingStepResult = BullyingSteps | CaseForbiddenError | CaseNotFoundError | ValidationError;

/** PRV-6: a new class of an intake. */
export type RecordClassInput = {
  /** The head teacher, from the staff register. */
  headTeacherStaffId?: InputMaybe<Scalars['ID']['input']>;
  /** The intake. */
  intakeId: Scalars['ID']['input'];
  /** Name, e.g. 2026级(3)班; unique in the institution. */
  name: Scalars['String']['input'];
};

/** PRV-7: the counselling room 心理辅导室 and hotline (replaces the last record). */
export type RecordCounsellingInput = {
  /** A counselling room exists. */
  hasCounsellingRoom: Scalars['Boolean']['input'];
  /** The hotline number. */
  hotline?: InputMaybe<Scalars['String']['input']>;
  /** The institution. */
  institutionId: Scalars['ID']['input'];
  /** Where the room is (required with a room). */
  roomLocation?: InputMaybe<Scalars['String']['input']>;
};

/** The counselling room and hotline, or why not. */
export type RecordCounsellingResult = CareForbiddenError | CareNotFoundError | Counselling | ValidationError;

/** PRV-6: the sexual-abuse-prevention course delivered to classes of an intake. */
export type RecordCourseDeliveryInput = {
  /** The classes of the intake that had it (at least one). */
  classIds: Array<Scalars['ID']['input']>;
  /** The day it was delivered, YYYY-MM-DD; not in the future. */
  deliveredOn: Scalars['String']['input'];
  /** The intake. */
  intakeId: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The teacher, from the institution’s staff register. */
  teacherStaffId: Scalars['ID']['input'];
};

/** The delivery, or why not. */
export type RecordCourseDeliveryResult = CareForbiddenError | CareNotFoundError | CourseDelivery | ValidationError;

/** What the teacher records when a child discloses. */
export type RecordDisclosureInput = {
  /** What kind. */
  category: IncidentCategory;
  /** Oral or written. */
  channel: DisclosureChannel;
  /** The child’s class (confidential), up to 60 characters. */
  childClass: Scalars['String']['input'];
  /** The child’s name (confidential), up to 60 characters. */
  childName: Scalars['String']['input'];
  /** What was said, in the child’s words, up to 4000 characters. */
  childStatement: Scalars['String']['input'];
  /** The child is in danger now. */
  isChildInDanger: Scalars['Boolean']['input'];
  /** REP-11: the head is otherwise in conflict (e.g. a relative). */
  isHeadOtherwiseInConflict?: Scalars['Boolean']['input'];
  /** REP-11: the suspect is the school head (suspectType STAFF). */
  isSuspectHead?: Scalars['Boolean']['input'];
  /** When she heard it; default now; earlier allowed, the future refused. */
  receivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Free-text description of the suspect, up to 200 characters. */
  suspectDescription?: InputMaybe<Scalars['String']['input']>;
  /** A staff register id (issue 5), when picked. */
  suspectStaffId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the suspect is. */
  suspectType: SuspectType;
};

/** The recorded case, or why not. */
export type RecordDisclosureResult = Case | ReportingTimeError | ValidationError;

/** PRV-4: someone at the dormitory door, now. */
export type RecordDormEntryInput = {
  /** Why they came. */
  purpose: DormPurpose;
  /** A note on the purpose. */
  purposeNote?: InputMaybe<Scalars['String']['input']>;
  /** The person, from the institution’s staff register. */
  staffMemberId: Scalars['ID']['input'];
};

/** The entry, or why not (a refusal is recorded too). */
export type RecordDormEntryResult = DormEntry | DormEntryRefusedError | DormForbiddenError | DormNotFoundError | ValidationError;

/** PRV-4: someone leaving the dormitory, now. */
export type RecordDormExitInput = {
  /** The entry. */
  entryId: Scalars['ID']['input'];
};

/** The entry with its exit, or why not. */
export type RecordDormExitResult = DormEntry | DormForbiddenError | DormNotFoundError | DormStateError;

/** The district learned of a case from elsewhere: attach to a case (caseId) or open one the school never reported (institutionId, category, suspectType). */
export type RecordExternalSourceInput = {
  /** An existing case. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** For a new case. */
  category?: InputMaybe<IncidentCategory>;
  /** The institution, for a case the school never reported. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** When the district learned of it. */
  learnedAt: Scalars['DateTimeISO']['input'];
  /** A note, up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** From whom. */
  source: ExternalSource;
  /** For a new case. */
  suspectType?: InputMaybe<SuspectType>;
};

/** The case with the external source, or why not. */
export type RecordExternalSourceResult = Case | CaseForbiddenError | CaseNotFoundError | ReportingTimeError | ValidationError;

/** PRV-1: one item’s result; a FAILED item creates its hazard (owner and due date now or later). */
export type RecordInspectionItemInput = {
  /** FAILED: the due date. */
  dueAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** FAILED: what is wrong (required). */
  hazardDescription?: InputMaybe<Scalars['String']['input']>;
  /** The inspection. */
  inspectionId: Scalars['ID']['input'];
  /** The template item. */
  itemId: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** FAILED: the owner, from the staff register. */
  ownerStaffId?: InputMaybe<Scalars['ID']['input']>;
  /** FAILED: the viewer’s own uploads (POST /api/photos), at most 9, added to the hazard’s photos. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** PASSED, FAILED or NOT_APPLICABLE. */
  result: InspectionResult;
};

/** The inspection as it now stands, or why not. */
export type RecordInspectionItemResult = Inspection | InspectionForbiddenError | InspectionNotFoundError | InspectionStateError | ValidationError;

/** PRV-6: a new intake 年级/届. */
export type RecordIntakeInput = {
  /** Enrolment day, YYYY-MM-DD. */
  enrolledOn: Scalars['String']['input'];
  /** The institution. */
  institutionId: Scalars['ID']['input'];
  /** Name, e.g. 2026级; unique in the institution. */
  name: Scalars['String']['input'];
};

/** The intake, or why not. */
export type RecordIntakeResult = CareForbiddenError | CareNotFoundError | Intake | ValidationError;

/** A reminder interview held (VET-10). */
export type RecordInterviewInput = {
  /** When it took place. */
  interviewedAt: Scalars['DateTimeISO']['input'];
  /** Who held it. */
  interviewer: Scalars['String']['input'];
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The staff member. */
  staffId: Scalars['ID']['input'];
};

/** The staff member, or why not. */
export type RecordInterviewResult = InvalidStaffStateError | StaffForbiddenError | StaffMember | StaffNotFoundError | ValidationError;

/** PRV-5: an appointment of a vice-principal for legal affairs 法治副校长. */
export type RecordLegalVicePrincipalInput = {
  /** The institution. */
  institutionId: Scalars['ID']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** The unit’s own name, e.g. 九龙坡区公安分局杨家坪派出所. */
  organisation: Scalars['String']['input'];
  /** Contact phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The term’s last day, YYYY-MM-DD (included). */
  termEnd: Scalars['String']['input'];
  /** The term’s first day, YYYY-MM-DD. */
  termStart: Scalars['String']['input'];
  /** Police, procuratorate, court or justice bureau. */
  unit: LegalVicePrincipalUnit;
};

/** The appointment, or why not. */
export type RecordLegalVicePrincipalResult = CareForbiddenError | CareNotFoundError | LegalVicePrincipal | ValidationError;

/** PRV-2: a new place of the register, or a change to one. */
export type RecordMonitoredPlaceInput = {
  /** Cameras covering it (0 to 99; at least 1 when monitored). */
  cameraCount: Scalars['Int']['input'];
  /** The institution. */
  institutionId: Scalars['ID']['input'];
  /** Whether cameras cover it. */
  isMonitored: Scalars['Boolean']['input'];
  /** Kind of place. */
  kind: MonitoredPlaceKind;
  /** Name, e.g. 心理咨询室. */
  name: Scalars['String']['input'];
  /** Coverage note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The viewer’s own uploads (POST /api/photos), at most 9, added to the place’s photos. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The place to change; omitted to add one. */
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /** For a one-to-one room: which (required there, refused elsewhere). */
  roomType?: InputMaybe<OneToOneRoomType>;
};

/** The register as it now stands, or why not. */
export type RecordMonitoredPlaceResult = MonitoredPlaceRegister | PlaceForbiddenError | PlaceNotFoundError | ValidationError;

/** The police report (REP-3). */
export type RecordPoliceReportInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The officer, up to 60 characters. */
  officerName?: InputMaybe<Scalars['String']['input']>;
  /** Police station, up to 120 characters. */
  policeStation: Scalars['String']['input'];
  /** Receipt or case number, up to 60 characters. */
  receiptNumber: Scalars['String']['input'];
  /** When the police were told. */
  reportedAt: Scalars['DateTimeISO']['input'];
};

/** The case with its police report, or why not. */
export type RecordPoliceReportResult = Case | CaseForbiddenError | CaseNotFoundError | ReportingTimeError | TransitionRefusedError | ValidationError;

/** A qualification or training certificate held (VET-5). */
export type RecordQualificationInput = {
  /** Issue date. */
  issuedAt: Scalars['DateTimeISO']['input'];
  /** Kind. */
  kind: QualificationKind;
  /** Certificate number. */
  number: Scalars['String']['input'];
  /** The staff member. */
  staffId: Scalars['ID']['input'];
};

/** The staff member, or why not. */
export type RecordQualificationResult = StaffForbiddenError | StaffMember | StaffNotFoundError | ValidationError;

/** PRV-1: what was done to rectify a hazard 整改. */
export type RecordRectificationInput = {
  /** The hazard. */
  hazardId: Scalars['ID']['input'];
  /** What was done. */
  note: Scalars['String']['input'];
  /** The viewer’s own uploads (POST /api/photos), at most 9: what was done. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The hazard as it now stands, or why not. */
export type RecordRectificationResult = Hazard | InspectionForbiddenError | InspectionNotFoundError | InspectionStateError | ValidationError;

/** PRV-3: a follow-up; of a subject not yet referred, with the referral. */
export type RecordRiskFollowUpInput = {
  /** When it was followed up (not in the future). */
  followedUpAt: Scalars['DateTimeISO']['input'];
  /** What was done and seen. */
  note: Scalars['String']['input'];
  /** What it found. */
  outcome: RiskFollowUpOutcome;
  /** The viewer’s own uploads (POST /api/photos), at most 9; of a risk person read only by the need-to-know group. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The referral (required while not referred). */
  referral?: InputMaybe<RiskReferralInput>;
  /** The risk subject. */
  riskSubjectId: Scalars['ID']['input'];
};

/** The risk subject as it now stands, or why not. */
export type RecordRiskFollowUpResult = RiskSubject | RiskSubjectForbiddenError | RiskSubjectNotFoundError | RiskSubjectStateError | ValidationError;

/** PRV-3: a new risk site or person near an institution. */
export type RecordRiskSubjectInput = {
  /** The institution. */
  institutionId: Scalars['ID']['input'];
  /** Distance or place relative to the campus. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A person’s address (encrypted at rest). */
  personAddress?: InputMaybe<Scalars['String']['input']>;
  /** A person’s description (encrypted at rest). */
  personDescription?: InputMaybe<Scalars['String']['input']>;
  /** A person’s resident ID number (encrypted at rest). */
  personIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** A person’s name (encrypted at rest). */
  personName?: InputMaybe<Scalars['String']['input']>;
  /** A person’s type (required for a person). */
  personType?: InputMaybe<RiskPersonType>;
  /** The referral, when already made. */
  referral?: InputMaybe<RiskReferralInput>;
  /** A site’s address. */
  siteAddress?: InputMaybe<Scalars['String']['input']>;
  /** A site’s description. */
  siteDescription?: InputMaybe<Scalars['String']['input']>;
  /** A site’s name (required for a site). */
  siteName?: InputMaybe<Scalars['String']['input']>;
  /** A site’s type (required for a site). */
  siteType?: InputMaybe<RiskSiteType>;
  /** Site or person. */
  subjectType: RiskSubjectType;
};

/** The risk subject as it now stands, or why not. */
export type RecordRiskSubjectResult = RiskSubject | RiskSubjectForbiddenError | RiskSubjectNotFoundError | RiskSubjectStateError | ValidationError;

/** ACC-2: a sanction from sanctionOptions; an interview with its date, attendees and minutes. */
export type RecordSanctionInput = {
  /** The assessment. */
  assessmentId: Scalars['ID']['input'];
  /** 约谈: when it took place (required for INTERVIEW). */
  interviewAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 约谈: who attended (required for INTERVIEW). */
  interviewAttendees?: InputMaybe<Scalars['String']['input']>;
  /** 约谈: the minutes (required for INTERVIEW). */
  interviewMinutes?: InputMaybe<Scalars['String']['input']>;
  /** WARNING, INTERVIEW or CIRCULAR. */
  sanction: Sanction;
};

/** The assessment as it now stands, or why not. */
export type RecordSanctionResult = Assessment | AssessmentForbiddenError | AssessmentNotFoundError | AssessmentStateError | SanctionNotAllowedError | ValidationError;

/** PRV-7: mental-health or puberty lessons of one class in the term’s plan. */
export type RecordTeachingPlanInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
  /** Lessons, 1 to 60. */
  lessons: Scalars['Int']['input'];
  /** A day of the term the lessons are planned in, YYYY-MM-DD. */
  plannedOn: Scalars['String']['input'];
  /** Mental health or puberty. */
  topic: PlanLessonTopic;
};

/** The plan entry, or why not (a closed class has no lessons). */
export type RecordTeachingPlanResult = CareForbiddenError | CareNotFoundError | CareStateError | TeachingPlanEntry | ValidationError;

/** PRV-5, PRV-9, PRV-10: a training session held; the organiser is the head’s institution or the member’s unit. */
export type RecordTrainingSessionInput = {
  /** When it was held (not in the future). */
  heldAt: Scalars['DateTimeISO']['input'];
  /** What was handed out or shown (titles, links). */
  materials?: InputMaybe<Scalars['String']['input']>;
  /** What the training was about. */
  topic: TrainingTopic;
  /** Who trained (a person or a unit). */
  trainer: Scalars['String']['input'];
};

/** The session, or why not. */
export type RecordTrainingSessionResult = TrainingForbiddenError | TrainingSession | ValidationError;

/** The result of one check, recorded by the unit whose duty it is. */
export type RecordVettingCheckInput = {
  /** The check. */
  check: VettingCheckKind;
  /** When the check was made. */
  checkedAt: Scalars['DateTimeISO']['input'];
  /** The person who made it. */
  checkedBy: Scalars['String']['input'];
  /** What the check found about the person’s criminal past (VET-6, VET-7); none when omitted. Only the criminal-database check, its in-service re-check, the teacher entry system and the new-institution review may record findings. Any finding blocks the person and bans them district-wide for life. */
  findings?: InputMaybe<Array<CriminalFinding>>;
  /** CLEAR, RECORD_FOUND or NOT_MET. */
  outcome: CheckOutcome;
  /** Reference number. */
  referenceNumber: Scalars['String']['input'];
  /** The staff member. */
  staffId: Scalars['ID']['input'];
  /** The system consulted. */
  system: Scalars['String']['input'];
};

/** The staff member, or why not. */
export type RecordVettingCheckResult = InvalidStaffStateError | NotResponsibleError | StaffMember | StaffNotFoundError | ValidationError;

/** REP-10: a psychological concern about the case’s child and what was done. */
export type RecordWelfareNoteInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The concern, up to 2000 characters (confidential). */
  concernNote: Scalars['String']['input'];
  /** When the guardian was told; null if not yet; not in the future. */
  guardianToldAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** A suspension of study (休学) was arranged. */
  isStudySuspended: Scalars['Boolean']['input'];
};

/** The case with its welfare notes, or why not. */
export type RecordWelfareNoteResult = Case | CaseForbiddenError | CaseNotFoundError | ValidationError;

/** PRV-8: a talk or class meeting held. */
export type RecordWelfareTalkInput = {
  /** The file. */
  fileId: Scalars['ID']['input'];
  /** When it was held (not in the future). */
  heldAt: Scalars['DateTimeISO']['input'];
  /** Talk or class meeting. */
  kind: WelfareTalkKind;
  /** What was said and agreed. */
  note: Scalars['String']['input'];
};

/** The file with the talk, or why not. */
export type RecordWelfareTalkResult = ChildFile | ChildFileForbiddenError | ChildFileNotFoundError | ChildFileStateError | ValidationError;

/** PRV-1: a rectification 整改 and its verification. */
export type Rectification = {
  __typename: 'Rectification';
  /** The rectification. */
  id: Scalars['ID']['output'];
  /** What was done. */
  note: Scalars['String']['output'];
  /** Photos of what was done, in the order attached. */
  photos: Array<Photo>;
  /** When it was recorded (the hazard counts as rectified then, once verified). */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  recordedByName: Scalars['String']['output'];
  /** Why it was sent back. */
  sendBackReason?: Maybe<Scalars['String']['output']>;
  /** PENDING, VERIFIED or SENT_BACK. */
  verification: RectificationVerification;
  /** When the inspector verified or sent it back. */
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** PENDING (awaiting the inspector), VERIFIED or SENT_BACK. */
export type RectificationVerification =
  | 'PENDING'
  | 'SENT_BACK'
  | 'VERIFIED';

/** A reminder interview 约谈提示 (VET-10). */
export type ReminderInterview = {
  __typename: 'ReminderInterview';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it took place. */
  interviewedAt: Scalars['DateTimeISO']['output'];
  /** Who held it. */
  interviewer: Scalars['String']['output'];
  /** Notes. */
  notes: Scalars['String']['output'];
};

/** REP-9: the reporter writes back with the tip code and passphrase. */
export type ReplyToTipInput = {
  /** The message, up to 2000 characters. */
  body: Scalars['String']['input'];
  /** The tip code. */
  code: Scalars['String']['input'];
  /** The passphrase. */
  passphrase: Scalars['String']['input'];
};

/** The conversation as the reporter reads it, or why not. */
export type ReplyToTipResult = TipNotFoundError | TipRateLimitedError | TipStateError | TipThread | ValidationError;

/** A staff member a reporter may name as the suspect: the name and role only, never the ID number. */
export type ReportableStaffMember = {
  __typename: 'ReportableStaffMember';
  /** The staff record id, passed as suspectStaffId. */
  id: Scalars['ID']['output'];
  /** The name on the staff register. */
  name: Scalars['String']['output'];
  /** The role code; the UI shows its label. */
  role: StaffRole;
};

/** A case the viewer reported, with its state; nothing about the child. */
export type ReportedCase = {
  __typename: 'ReportedCase';
  /** The category. */
  category: IncidentCategory;
  /** The case id. */
  id: Scalars['ID']['output'];
  /** REP-3: the police deadline, when one applies. */
  policeReportDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was reported to the police. */
  policeReportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The reporting assessment (REP-3, REP-4). */
  reportingStatus: ReportingStatus;
  /** Where the case stands in the workflow. */
  state: IncidentState;
};

/** REP-9: the district’s reporting mailbox and hotline. */
export type ReportingChannels = {
  __typename: 'ReportingChannels';
  /** Reporting hotline. */
  hotline: Scalars['String']['output'];
  /** Reporting mailbox (e-mail address). */
  mailbox: Scalars['String']['output'];
};

/** A hop of the reporting chain: teacher → head (REP-2), school → police (REP-3), school → district (REP-8). */
export type ReportingHop =
  | 'SCHOOL_TO_DISTRICT'
  | 'SCHOOL_TO_POLICE'
  | 'TEACHER_TO_HEAD';

/** The reporting assessment (REP-3, REP-4). */
export type ReportingStatus =
  | 'AWAITING_POLICE_REPORT'
  | 'COMPLIANT'
  | 'IN_BREACH';

/** A time given breaks the reporting timeline (REP-2, REP-3). */
export type ReportingTimeError = ErrorResult & {
  __typename: 'ReportingTimeError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** The input field at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** What is wrong. */
  problem: ReportingTimeProblem;
  /** The rule. */
  ruleId: Scalars['String']['output'];
};

/** What is wrong with a time given (REP-2, REP-3). */
export type ReportingTimeProblem =
  | 'EVENT_IN_FUTURE'
  | 'HEAD_NOTIFIED_BEFORE_RECEIPT'
  | 'INVALID_TIME'
  | 'NO_RECEIPT'
  | 'POLICE_REPORT_BEFORE_RECEIPT'
  | 'RECEIPT_IN_FUTURE';

/** A check a candidate needs, why, and who records it (requiredChecks, ORG-2). */
export type RequiredCheck = {
  __typename: 'RequiredCheck';
  /** The check. */
  check: VettingCheckKind;
  /** The clause of the plan, e.g. 三. */
  clause: Scalars['String']['output'];
  /** The institution, or the committee unit whose duty it is. */
  recordedBy: CheckRecorder;
  /** The rule that requires it, e.g. VET-2. */
  ruleId: Scalars['String']['output'];
  /** Whether the viewer may record this check. */
  viewerCanRecord: Scalars['Boolean']['output'];
};

/** A new set-password link (the old password and link stop working, sessions end), or why not. */
export type ResetAccountPasswordResult = AccountNotFoundError | SetPasswordLinkIssued | ValidationError;

/** A unit responsible for a duty, and the rule and clause that say so. */
export type Responsibility = {
  __typename: 'Responsibility';
  /** Section mark of the plan, e.g. 三. */
  clause: Scalars['String']['output'];
  /** Rule ID of DOMAIN.md, e.g. ORG-1. */
  ruleId: Scalars['String']['output'];
  /** The responsible committee unit. */
  unit: UnitCode;
};

/** ACC-5: a leader confirms or rejects a computed veto with a written reason. */
export type ReviewVetoInput = {
  /** The assessment. */
  assessmentId: Scalars['ID']['input'];
  /** CONFIRM or REJECT. */
  decision: VetoDecision;
  /** The written reason (required). */
  reason: Scalars['String']['input'];
};

/** The assessment as it now stands, or why not. */
export type ReviewVetoResult = Assessment | AssessmentForbiddenError | AssessmentNotFoundError | AssessmentStateError | SanctionNotAllowedError | ValidationError;

/** PRV-3: why a risk subject is closed; before a follow-up only DUPLICATE or RECORDED_IN_ERROR. */
export type RiskClosingReason =
  | 'DUPLICATE'
  | 'RECORDED_IN_ERROR'
  | 'RISK_REMOVED'
  | 'UNDER_CONTROL';

/** PRV-3: one follow-up. */
export type RiskFollowUp = {
  __typename: 'RiskFollowUp';
  /** When it was followed up. */
  followedUpAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The note; of a risk person only for the need-to-know group (null otherwise). */
  note?: Maybe<Scalars['String']['output']>;
  /** What it found. */
  outcome: RiskFollowUpOutcome;
  /** Photos of the follow-up, in the order attached; of a risk person only for the need-to-know group (empty otherwise). */
  photos: Array<Photo>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  recordedByName: Scalars['String']['output'];
};

/** PRV-3: what a follow-up found. */
export type RiskFollowUpOutcome =
  | 'IMPROVED'
  | 'RISK_REMOVED'
  | 'UNCHANGED'
  | 'WORSENED';

/** PRV-3: a risk person’s identity, need-to-know like a case file (the head, 安稳办, leadership); each read audited. */
export type RiskPersonIdentity = {
  __typename: 'RiskPersonIdentity';
  /** Address. */
  address?: Maybe<Scalars['String']['output']>;
  /** Description (behaviour, appearance). */
  description?: Maybe<Scalars['String']['output']>;
  /** Resident ID number. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
};

/** PRV-3: 刑满释放人员, 非正常上访人员, 精神障碍患者, 吸毒人员, 有偏执行为或极端情绪人员. */
export type RiskPersonType =
  | 'ABNORMAL_PETITIONER'
  | 'DRUG_USER'
  | 'MENTAL_DISORDER'
  | 'PARANOID_OR_AGGRIEVED'
  | 'RELEASED_PRISONER';

/** PRV-3: who a risk is referred to (riskReportRouting). */
export type RiskRecipient =
  | 'LOCAL_POLICE_STATION'
  | 'TOWNSHIP_OR_STREET_OFFICE';

/** PRV-3: the referral to the township or street office and the police station. */
export type RiskReferralInput = {
  /** When it was referred to the police station. */
  policeReferredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The police station. */
  policeStation?: InputMaybe<Scalars['String']['input']>;
  /** The township or street office. */
  townshipOffice?: InputMaybe<Scalars['String']['input']>;
  /** When it was referred to the office. */
  townshipReferredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** PRV-3: the referral to the township or street office and the local police station. */
export type RiskReferralView = {
  __typename: 'RiskReferralView';
  /** Recipients riskReportRouting names that it has not reached. */
  missingRecipients: Array<RiskRecipient>;
  /** When it was referred to the police station. */
  policeReferredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The police station 派出所 referred to. */
  policeStation?: Maybe<Scalars['String']['output']>;
  /** The township or street office 镇街 referred to. */
  townshipOffice?: Maybe<Scalars['String']['output']>;
  /** When it was referred to the office. */
  townshipReferredAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** PRV-3: a risk site: where it is and what it is (internal, not personal data). */
export type RiskSiteDetails = {
  __typename: 'RiskSiteDetails';
  /** Address. */
  address?: Maybe<Scalars['String']['output']>;
  /** What makes it a risk. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name of the place, e.g. 某某网吧. */
  name: Scalars['String']['output'];
};

/** PRV-3: 僻街背巷, 小旅馆, 出租屋, 宾馆, 招待所, 网吧, 游戏厅, KTV, 溜冰场. */
export type RiskSiteType =
  | 'GAME_ROOM'
  | 'GUESTHOUSE'
  | 'HOTEL'
  | 'INTERNET_CAFE'
  | 'KTV'
  | 'RENTED_ROOM'
  | 'SKATING_RINK'
  | 'SMALL_HOTEL'
  | 'UNMONITORED_BACK_STREET';

/** PRV-3: a risk site or high-risk person near an institution. */
export type RiskSubject = {
  __typename: 'RiskSubject';
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The closing note; of a person only for the need-to-know group. */
  closingNote?: Maybe<Scalars['String']['output']>;
  /** Why it was closed. */
  closingReason?: Maybe<RiskClosingReason>;
  /** Follow-ups, oldest first (riskSubject(id) and commands only; empty in lists). */
  followUps: Array<RiskFollowUp>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The institution it is near. */
  institutionId: Scalars['ID']['output'];
  /** The institution’s name. */
  institutionName: Scalars['String']['output'];
  /** The latest follow-up. */
  lastFollowedUpAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Distance or place relative to the campus; of a person only for the need-to-know group. */
  location?: Maybe<Scalars['String']['output']>;
  /** A person’s identity: only from riskSubject(id) and the commands, only for the need-to-know group; each read audited. */
  person?: Maybe<RiskPersonIdentity>;
  /** A person’s type. */
  personType?: Maybe<RiskPersonType>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  recordedByName: Scalars['String']['output'];
  /** PRV-3: the referral (已报镇街/派出所). */
  referral: RiskReferralView;
  /** A site’s name, address and description. */
  site?: Maybe<RiskSiteDetails>;
  /** A site’s type. */
  siteType?: Maybe<RiskSiteType>;
  /** Where it stands. */
  status: RiskSubjectStatus;
  /** Site or person. */
  subjectType: RiskSubjectType;
  /** What the viewer may do next. */
  viewerCan: RiskSubjectViewerCan;
};

/** PRV-3: risk subjects the viewer reads, newest first. */
export type RiskSubjectConnection = {
  __typename: 'RiskSubjectConnection';
  /** This page. */
  edges: Array<RiskSubjectEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** How many match the filter. */
  totalCount: Scalars['Int']['output'];
  /** The viewer may record a risk subject (the head, 安稳办). */
  viewerCanRecord: Scalars['Boolean']['output'];
};

/** An edge of the risk subject list. */
export type RiskSubjectEdge = {
  __typename: 'RiskSubjectEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The risk subject. */
  node: RiskSubject;
};

/** Which risk subjects to list. */
export type RiskSubjectFilter = {
  /** One institution. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only institutions of this kind. */
  institutionKind?: InputMaybe<InstitutionKind>;
  /** true: not closed; false: closed; null: both. */
  isOpen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only institutions of the kinds this section supervises (ORG-1, the responsibility matrix). */
  section?: InputMaybe<SupervisingSection>;
  /** Only institutions on this street or town 镇街 (exact name, up to 40 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Sites or persons. */
  subjectType?: InputMaybe<RiskSubjectType>;
};

/** The viewer may not do this (PRV-3: the head or 安稳办 only). */
export type RiskSubjectForbiddenError = ErrorResult & {
  __typename: 'RiskSubjectForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule of the surroundings policy that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** No such risk subject or institution, or not one the viewer reads. */
export type RiskSubjectNotFoundError = ErrorResult & {
  __typename: 'RiskSubjectNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** PRV-3: the lifecycle refuses the step (closed, not referred yet, no or a wrong closing reason). */
export type RiskSubjectStateError = ErrorResult & {
  __typename: 'RiskSubjectStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** Why the lifecycle refuses it. */
  reason: RiskTransitionRefusal;
  /** The rule behind it. */
  ruleId: Scalars['String']['output'];
};

/** PRV-3: recorded, referred to the office and the police, followed up, closed. */
export type RiskSubjectStatus =
  | 'CLOSED'
  | 'FOLLOWED_UP'
  | 'OPEN'
  | 'REFERRED';

/** PRV-3: a risk site or a risk person. */
export type RiskSubjectType =
  | 'RISK_PERSON'
  | 'RISK_SITE';

/** What the viewer may do with this risk subject next (the domain’s riskSubjectAccess). */
export type RiskSubjectViewerCan = {
  __typename: 'RiskSubjectViewerCan';
  /** Close it, with a reason (PRV-3). */
  close: Scalars['Boolean']['output'];
  /** The reasons it may be closed with now. */
  closingReasons: Array<RiskClosingReason>;
  /** A follow-up must carry the referral first (the subject is not referred yet). */
  needsReferral: Scalars['Boolean']['output'];
  /** Read a risk person’s identity (need-to-know, PRV-3). */
  readPersonalData: Scalars['Boolean']['output'];
  /** Record a follow-up (PRV-3). */
  recordFollowUp: Scalars['Boolean']['output'];
};

/** PRV-3: why the lifecycle refuses a step. */
export type RiskTransitionRefusal =
  | 'CLOSING_REASON_NOT_ALLOWED'
  | 'CLOSING_REASON_REQUIRED'
  | 'NOT_FROM_STATUS'
  | 'REFERRAL_INCOMPLETE';

/** TEACHER, HEAD (学校负责人) and STAFF belong to one institution; SECTION_MEMBER to a committee unit; LEADER to the leading group (LEAD); ADMIN administers the system. */
export type Role =
  | 'ADMIN'
  | 'HEAD'
  | 'LEADER'
  | 'SECTION_MEMBER'
  | 'STAFF'
  | 'TEACHER';

/** ACC-2: 警示, 约谈, 通报, from the mildest. */
export type Sanction =
  | 'CIRCULAR'
  | 'INTERVIEW'
  | 'WARNING';

/** ACC-2: 思想不重视, 工作不力, 造成不良影响. */
export type SanctionGround =
  | 'BAD_INFLUENCE'
  | 'INEFFECTIVE_WORK'
  | 'NOT_TAKEN_SERIOUSLY';

/** ACC-2: sanctionOptions does not allow this sanction. */
export type SanctionNotAllowedError = ErrorResult & {
  __typename: 'SanctionNotAllowedError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** What the findings allow. */
  options: Array<SanctionOptionView>;
};

/** ACC-2: a sanction `sanctionOptions` allows. */
export type SanctionOptionView = {
  __typename: 'SanctionOptionView';
  /** The clause of the plan. */
  clause: Scalars['String']['output'];
  /** ACC-2. */
  ruleId: Scalars['String']['output'];
  /** The sanction. */
  sanction: Sanction;
};

/** PRV-6 to PRV-8: a class 班级 and its head teacher 班主任. */
export type SchoolClass = {
  __typename: 'SchoolClass';
  /** When it closed (graduated, merged); null while taught. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The head teacher’s name. */
  headTeacherName?: Maybe<Scalars['String']['output']>;
  /** The head teacher, from the staff register. */
  headTeacherStaffId?: Maybe<Scalars['ID']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Its intake. */
  intakeId: Scalars['ID']['output'];
  /** Name, unique in the institution, e.g. 2026级(1)班. */
  name: Scalars['String']['output'];
};

/** The class, or why not. */
export type SchoolClassResult = CareForbiddenError | CareNotFoundError | CareStateError | SchoolClass | ValidationError;

/** REP-4: cases with a breach of one kind, for one supervising section. */
export type SectionBreachCount = {
  __typename: 'SectionBreachCount';
  /** The breach. */
  breach: BreachCode;
  /** Cases. */
  count: Scalars['Int']['output'];
  /** The section (ORG-1). */
  section: SupervisingSection;
};

/** Disables or re-enables an account. */
export type SetAccountDisabledInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** True: the account cannot sign in and all its sessions end at once. */
  isDisabled: Scalars['Boolean']['input'];
};

/** The account, or why not (ValidationError: an administrator cannot disable themself). */
export type SetAccountDisabledResult = Account | AccountNotFoundError | ValidationError;

/** Links an institution account to a staff record, or unlinks it. */
export type SetAccountStaffMemberInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** A staff record of the account’s institution not linked to another account; null unlinks. */
  staffMemberId?: InputMaybe<Scalars['ID']['input']>;
};

/** The account with its link, or why not (ValidationError on staffMemberId). */
export type SetAccountStaffMemberResult = Account | AccountNotFoundError | ValidationError;

/** Marks an institution as applying to open, or ends that (VET-4). */
export type SetOpeningApplicationInput = {
  /** The kindergarten or training institution. */
  institutionId: Scalars['ID']['input'];
  /** True: applying to open, its proposed staff need POLICY’s review. False: decided. */
  isApplying: Scalars['Boolean']['input'];
  /** Why, e.g. the application’s file number. At most 500. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The institution, or why not. */
export type SetOpeningApplicationResult = Institution | OpeningApplicationForbiddenError | OpeningInstitutionNotFoundError | OpeningNotApplicableError | ValidationError;

/** A new password, with the token of a set-password link. */
export type SetPasswordInput = {
  /** The new password: 10 to 256 characters, not containing the username. */
  password: Scalars['String']['input'];
  /** The token from the set-password link. */
  token: Scalars['String']['input'];
};

/** The set-password link is unknown, used, replaced or expired: ask the administrator for a new one. */
export type SetPasswordLinkInvalidError = ErrorResult & {
  __typename: 'SetPasswordLinkInvalidError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** An account with its new one-time set-password link. The link is shown once: only a hash of its token is kept. */
export type SetPasswordLinkIssued = {
  __typename: 'SetPasswordLinkIssued';
  /** The account. */
  account: Account;
  /** Until when the link can be used (once). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Path of the link in the web app, e.g. /set-password#<token>; prefix the site’s origin. */
  setPasswordPath: Scalars['String']['output'];
};

/** The password was set, or why not. */
export type SetPasswordResult = PasswordSet | SetPasswordLinkInvalidError | ValidationError;

/** Credentials for signIn. */
export type SignInInput = {
  /** Password. */
  password: Scalars['String']['input'];
  /** Sign-in name; case and surrounding spaces are ignored. */
  username: Scalars['String']['input'];
};

/** The signed-in viewer, the second factor still to give (or to enrol), or why sign-in was refused. */
export type SignInResult = AccountLockedError | InvalidCredentialsError | MfaEnrolmentRequired | MfaRequired | ValidationError | Viewer;

/** A person of the institution’s staff register, as the care-record forms offer them. */
export type StaffChoice = {
  __typename: 'StaffChoice';
  /** Staff member id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Post, e.g. 三年级二班班主任. */
  post: Scalars['String']['output'];
  /** Register role. */
  role: StaffRole;
};

/** A page of staff, in name order. */
export type StaffConnection = {
  __typename: 'StaffConnection';
  /** The staff of this page. */
  edges: Array<StaffEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many staff match the filter within the viewer’s scope. */
  totalCount: Scalars['Int']['output'];
};

/** A staff member in a page of results. */
export type StaffEdge = {
  __typename: 'StaffEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The staff member. */
  node: StaffMember;
};

/** Narrows the staff list; all given conditions must hold. */
export type StaffFilter = {
  /** One institution within the viewer’s scope. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this role. */
  role?: InputMaybe<StaffRole>;
  /** Part of the name, a masked or last-4 ID number (5001**********1234, 1234), or a full ID number. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<StaffStatus>;
};

/** The viewer sees the record but may not do this. */
export type StaffForbiddenError = ErrorResult & {
  __typename: 'StaffForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule of the staff or misconduct policy that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** A roster imported in full. */
export type StaffImportReport = {
  __typename: 'StaffImportReport';
  /** Of those, BLOCKED by the district ban register. */
  blockedCount: Scalars['Int']['output'];
  /** Staff members added (as candidates). */
  importedCount: Scalars['Int']['output'];
  /** Data rows in the file. */
  rowCount: Scalars['Int']['output'];
};

/** A person on an institution’s staff register. */
export type StaffMember = {
  __typename: 'StaffMember';
  /** When the head activated the member. */
  activatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Recorded checks, newest first. */
  checks: Array<VettingCheckRecord>;
  /** When the member was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Next re-check and interview; null unless ACTIVE. */
  dueDates?: Maybe<InServiceDueDates>;
  /** Employment type. */
  employmentType: EmploymentType;
  /** Whether the post has access to pupils. */
  hasStudentAccess: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The full resident ID number, for PERSONNEL (人事科) only; each read is audited. Null for others. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** The resident ID number masked: first 4, 10 asterisks, last 4. */
  idNumberMasked: Scalars['String']['output'];
  /** The institution whose register it is. */
  institution: Institution;
  /** Reminder interviews, newest first. */
  interviews: Array<ReminderInterview>;
  /** Misconduct cases the viewer handles or oversees (VET-11), newest first; never to their subject. */
  misconductCases: Array<MisconductCase>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone: Scalars['String']['output'];
  /** Post, e.g. 小二班保育员. */
  post: Scalars['String']['output'];
  /** Qualifications and certificates, revoked ones included. */
  qualifications: Array<Qualification>;
  /** Role. */
  role: StaffRole;
  /** 入职日期, when known. */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** CANDIDATE, ACTIVE, BLOCKED or DISMISSED. */
  status: StaffStatus;
  /** decideVetting now: CLEAR, BLOCKED or INCOMPLETE, with reasons. */
  vetting: VettingDecision;
  /** What the viewer may do on this record now (the domain’s staff policy). */
  viewerCan: StaffMemberActions;
};

/** What the viewer may do on a staff record now, from the domain’s staff policy. */
export type StaffMemberActions = {
  __typename: 'StaffMemberActions';
  /** activateStaff (VET-1): a candidate whose vetting is CLEAR, by its head. */
  canActivate: Scalars['Boolean']['output'];
  /** openMisconductCase (VET-11): by its handlers, never the subject. */
  canOpenMisconductCase: Scalars['Boolean']['output'];
  /** The full ID number is shown (idNumber, VET-2). */
  canReadIdNumber: Scalars['Boolean']['output'];
  /** recordInterview (VET-10): an active member with access to students. */
  canRecordInterview: Scalars['Boolean']['output'];
  /** recordQualification (VET-5). */
  canRecordQualification: Scalars['Boolean']['output'];
  /** The checks the viewer may record now (recordVettingCheck). */
  recordableChecks: Array<VettingCheckKind>;
};

/** A staff record an institution account can be linked to (administrators). */
export type StaffMemberChoice = {
  __typename: 'StaffMemberChoice';
  /** Staff record id. */
  id: Scalars['ID']['output'];
  /** The account already linked to it, if any. */
  linkedUsername?: Maybe<Scalars['String']['output']>;
  /** Name on the register. */
  name: Scalars['String']['output'];
  /** Post. */
  post: Scalars['String']['output'];
  /** Role on the register. */
  role: StaffRole;
  /** Register status. */
  status: StaffStatus;
};

/** No such staff member in the viewer’s scope. */
export type StaffNotFoundError = ErrorResult & {
  __typename: 'StaffNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** A staff role the plan names (教师, 保育员, 保安 ...). */
export type StaffRole =
  | 'CANTEEN_WORKER'
  | 'CHILDCARE_WORKER'
  | 'CLEANER'
  | 'DORM_MANAGER'
  | 'HEAD_TEACHER'
  | 'KINDERGARTEN_TEACHER'
  | 'LEGAL_VICE_PRINCIPAL'
  | 'LIFE_TEACHER'
  | 'SCHOOL_HEAD'
  | 'SECURITY_GUARD'
  | 'TEACHER';

/** CANDIDATE: not active, not assignable. ACTIVE: vetted CLEAR and activated. BLOCKED: for good. DISMISSED: expelled (VET-11). */
export type StaffStatus =
  | 'ACTIVE'
  | 'BLOCKED'
  | 'CANDIDATE'
  | 'DISMISSED';

/** PRV-1: start an inspection: the head’s self-inspection in a campaign, or an inspector’s. */
export type StartInspectionInput = {
  /** The campaign (required for SELF; its template is used). */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** UNANNOUNCED after a case at the institution: the items its category touches come first. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** The institution. */
  institutionId: Scalars['ID']['input'];
  /** SELF, ON_SITE or UNANNOUNCED. */
  kind: InspectionKind;
  /** The template, without a campaign; the default otherwise. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

/** The inspection, or why not. */
export type StartInspectionResult = Inspection | InspectionForbiddenError | InspectionNotFoundError | InspectionStateError | ValidationError;

/** Submit an inspection once every item is recorded. */
export type SubmitInspectionInput = {
  /** The inspection. */
  inspectionId: Scalars['ID']['input'];
};

/** The submitted inspection, or why not. */
export type SubmitInspectionResult = Inspection | InspectionForbiddenError | InspectionNotFoundError | InspectionStateError | ValidationError;

/** REP-9: an anonymous tip, with the browser’s proof of work. */
export type SubmitTipInput = {
  /** What happened. */
  category: IncidentCategory;
  /** The challenge from tipChallenge. */
  challenge: Scalars['String']['input'];
  /** A way to be contacted, up to 100 characters. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** What happened, up to 2000 characters. */
  description: Scalars['String']['input'];
  /** When it happened, up to 100 characters. */
  happenedWhen?: InputMaybe<Scalars['String']['input']>;
  /** The school chosen from the list. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** The decimal nonce that solves it. */
  nonce: Scalars['String']['input'];
  /** The school as typed, up to 60 characters. */
  schoolName?: InputMaybe<Scalars['String']['input']>;
};

/** The tip code and passphrase, shown once, or why the tip was not taken. */
export type SubmitTipResult = TipProofError | TipRateLimitedError | TipReceipt | ValidationError;

/** ACC-5: the institution’s written statement 申辩 on a computed veto. */
export type SubmitVetoStatementInput = {
  /** The assessment. */
  assessmentId: Scalars['ID']['input'];
  /** The statement. */
  text: Scalars['String']['input'];
};

/** The assessment as it now stands, or why not. */
export type SubmitVetoStatementResult = Assessment | AssessmentForbiddenError | AssessmentNotFoundError | AssessmentStateError | SanctionNotAllowedError | ValidationError;

export type Subscription = {
  __typename: 'Subscription';
  /** A signal each time the case or one of its records changes (an alert, a breach, a step): refetch case(id). Refused as NOT_FOUND for a case the viewer may not read. */
  caseChanged: LiveSignal;
  /** A signal each time the viewer’s notifications change (a new one, one read): refetch myNotifications. */
  myNotificationsChanged: LiveSignal;
};


export type SubscriptionCaseChangedArgs = {
  id: Scalars['ID']['input'];
};

/** A section that supervises institutions by kind (ORG-1): BASIC, PRESCHOOL or VOCATIONAL. */
export type SupervisingSection =
  | 'BASIC'
  | 'PRESCHOOL'
  | 'VOCATIONAL';

/** Who the suspect is. */
export type SuspectType =
  | 'OUTSIDER'
  | 'STAFF'
  | 'STUDENT'
  | 'UNKNOWN';

/** PRV-7: this term’s teaching plan (teachingPlanStatus). */
export type TeachingPlan = {
  __typename: 'TeachingPlan';
  /** Each open class with its lessons this term. */
  classes: Array<ClassLessons>;
  /** This term’s entries, newest first. */
  entries: Array<TeachingPlanEntry>;
  /** The district’s minimum lessons per class and term. */
  minLessonsPerClass: Scalars['Int']['output'];
  /** The term’s end (exclusive). */
  termEnd: Scalars['DateTimeISO']['output'];
  /** The term’s start. */
  termStart: Scalars['DateTimeISO']['output'];
};

/** PRV-7: one line of the teaching plan. */
export type TeachingPlanEntry = {
  __typename: 'TeachingPlanEntry';
  /** The class. */
  classId: Scalars['ID']['output'];
  /** Its name. */
  className: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Lessons. */
  lessons: Scalars['Int']['output'];
  /** A day of the term they are planned in. */
  plannedAt: Scalars['DateTimeISO']['output'];
  /** Mental health or puberty. */
  topic: PlanLessonTopic;
};

/** Why a text input was refused at the boundary, before any service saw it. */
export type TextProblem =
  | 'DISALLOWED_CHARACTERS'
  | 'INVISIBLE_ONLY'
  | 'NAME_WITHOUT_LETTER'
  | 'NAME_WITH_SYMBOLS'
  | 'TOO_LONG';

/** REP-3: police reports whose time from first knowledge fell in [from, to). */
export type TimeToPoliceBucket = {
  __typename: 'TimeToPoliceBucket';
  /** Cases. */
  count: Scalars['Int']['output'];
  /** Minutes, included. */
  fromMinutes: Scalars['Float']['output'];
  /** The whole bucket lies within the police deadline. */
  isWithinDeadline: Scalars['Boolean']['output'];
  /** Minutes, excluded; null for the last bucket. */
  toMinutes?: Maybe<Scalars['Float']['output']>;
};

/** REP-9: one tip as 安稳办 reads it. Every read is audited. */
export type Tip = {
  __typename: 'Tip';
  /** Who is to write next; null once closed. */
  awaiting?: Maybe<TipAuthor>;
  /** The case it became. */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** What happened, as the reporter chose. */
  category: IncidentCategory;
  /** A way to reach the reporter, if they gave one. */
  contact?: Maybe<Scalars['String']['output']>;
  /** What happened, in the reporter’s words. */
  description: Scalars['String']['output'];
  /** When it happened, in the reporter’s words. */
  happenedWhen?: Maybe<Scalars['String']['output']>;
  /** The tip. */
  id: Scalars['ID']['output'];
  /** The school chosen from the list. */
  institutionId?: Maybe<Scalars['ID']['output']>;
  /** REP-7: a sexual-abuse lead, for the designated officers only. */
  isConfidential: Scalars['Boolean']['output'];
  /** When the last message was written. */
  lastMessageAt: Scalars['DateTimeISO']['output'];
  /** The conversation, oldest first. */
  messages: Array<TipMessage>;
  /** The rules routing it (REP-9, REP-8, and REP-7 when confidential). */
  ruleIds: Array<Scalars['String']['output']>;
  /** The school chosen from the list, or as typed. */
  school?: Maybe<Scalars['String']['output']>;
  /** Open, a case, or closed. */
  status: TipStatus;
  /** When it was sent. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** The tip code, in groups of four. */
  tipCode: Scalars['String']['output'];
  /** What the viewer may do now. */
  viewerCan: TipViewerCan;
};

/** Who wrote a message of a tip: the anonymous reporter or 安稳办. */
export type TipAuthor =
  | 'REPORTER'
  | 'SAFETY';

/** REP-9: a proof-of-work challenge for the browser (no third-party CAPTCHA). */
export type TipChallenge = {
  __typename: 'TipChallenge';
  /** Signed by the server; valid for ten minutes, once. */
  challenge: Scalars['String']['output'];
  /** Leading zero bits SHA-256(challenge + ":" + nonce) must have; the nonce is a decimal integer. */
  difficulty: Scalars['Int']['output'];
};

/** The viewer may not do this (REP-9, REP-7). */
export type TipForbiddenError = ErrorResult & {
  __typename: 'TipForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule of the tip policy that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** REP-9: a tip as the inbox lists it: no contents. */
export type TipListItem = {
  __typename: 'TipListItem';
  /** Who is to write next; null once closed. */
  awaiting?: Maybe<TipAuthor>;
  /** What happened, as the reporter chose. */
  category: IncidentCategory;
  /** The tip. */
  id: Scalars['ID']['output'];
  /** REP-7: a sexual-abuse lead, for the designated officers only. */
  isConfidential: Scalars['Boolean']['output'];
  /** When the last message was written. */
  lastMessageAt: Scalars['DateTimeISO']['output'];
  /** The school chosen from the list, or as typed. */
  school?: Maybe<Scalars['String']['output']>;
  /** Open, a case, or closed. */
  status: TipStatus;
  /** When it was sent. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** The tip code, in groups of four. */
  tipCode: Scalars['String']['output'];
};

/** REP-9: one message of a tip’s conversation. */
export type TipMessage = {
  __typename: 'TipMessage';
  /** The anonymous reporter or 安稳办 (never an officer’s name). */
  author: TipAuthor;
  /** What was written. */
  body: Scalars['String']['output'];
  /** When it was sent. */
  sentAt: Scalars['DateTimeISO']['output'];
};

/** No such tip, or the code and passphrase do not match (the two are answered alike). */
export type TipNotFoundError = ErrorResult & {
  __typename: 'TipNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** REP-9: the proof of work is missing, expired, already used or does not solve the challenge. */
export type TipProofError = ErrorResult & {
  __typename: 'TipProofError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** REP-9: too many tips, replies or wrong passphrases from here or for this code; try later. */
export type TipRateLimitedError = ErrorResult & {
  __typename: 'TipRateLimitedError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** Seconds until it may be tried again. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/** REP-9: what the reporter writes down: shown once, never recoverable. */
export type TipReceipt = {
  __typename: 'TipReceipt';
  /** The passphrase, in groups of four; stored only as a hash. */
  passphrase: Scalars['String']['output'];
  /** The tip code, in groups of four. */
  tipCode: Scalars['String']['output'];
};

/** A school the tip page offers (public: name only). */
export type TipSchool = {
  __typename: 'TipSchool';
  /** The institution. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** REP-9: the tip is closed or already a case. */
export type TipStateError = ErrorResult & {
  __typename: 'TipStateError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** REP-9: an anonymous tip is open, turned into a case (the talk goes on), or closed. */
export type TipStatus =
  | 'CLOSED'
  | 'CONVERTED'
  | 'OPEN';

/** REP-9: the conversation as the reporter reads it with the code and passphrase. */
export type TipThread = {
  __typename: 'TipThread';
  /** Whether the reporter may still write (not once closed). */
  canReply: Scalars['Boolean']['output'];
  /** What happened, as the reporter chose. */
  category: IncidentCategory;
  /** What the reporter wrote first. */
  description: Scalars['String']['output'];
  /** The conversation, oldest first. */
  messages: Array<TipMessage>;
  /** Open, a case, or closed. */
  status: TipStatus;
  /** When it was sent. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** The tip code, in groups of four. */
  tipCode: Scalars['String']['output'];
};

/** The conversation as the reporter reads it, or why not. */
export type TipThreadResult = TipNotFoundError | TipRateLimitedError | TipStateError | TipThread | ValidationError;

/** What the viewer may do with a tip now (the tip policy’s answer). */
export type TipViewerCan = {
  __typename: 'TipViewerCan';
  /** Write to the reporter. */
  answer: Scalars['Boolean']['output'];
  /** Close the tip (the conversation ends). */
  close: Scalars['Boolean']['output'];
  /** Turn the tip into a case (REP-8, REP-3). */
  convert: Scalars['Boolean']['output'];
};

/** PRV-5, PRV-9, PRV-10: a staff member ticked present at a session. */
export type TrainingAttendee = {
  __typename: 'TrainingAttendee';
  /** The institution of the staff record. */
  institutionName: Scalars['String']['output'];
  /** Name on the staff register. */
  name: Scalars['String']['output'];
  /** Role on the register. */
  role: StaffRole;
  /** The staff record. */
  staffId: Scalars['ID']['output'];
};

/** PRV-5, PRV-9, PRV-10: who of an institution’s register was trained on a topic. */
export type TrainingCoverage = {
  __typename: 'TrainingCoverage';
  /** Serving staff who must be trained on the topic. */
  audienceCount: Scalars['Int']['output'];
  /** Of them, trained at a session of the school year. */
  coveredCount: Scalars['Int']['output'];
  /** The institution. */
  institutionId: Scalars['ID']['output'];
  /** Its name. */
  institutionName: Scalars['String']['output'];
  /** The rules counted (PRV-5, PRV-9 or PRV-10). */
  ruleIds: Array<Scalars['String']['output']>;
  /** End of the school year counted (exclusive). */
  schoolYearEnd: Scalars['DateTimeISO']['output'];
  /** Start of the school year counted (inclusive). */
  schoolYearStart: Scalars['DateTimeISO']['output'];
  /** covered / audience (0 to 1); null when nobody must be. */
  share?: Maybe<Scalars['Float']['output']>;
  /** The topic. */
  topic: TrainingTopic;
  /** Who is not trained, by name: for the head only (each read audited); null for counts-only readers. */
  untrained?: Maybe<Array<UntrainedStaff>>;
};

/** Only the organiser (the head of the institution, or the committee unit) records this (PRV-5). */
export type TrainingForbiddenError = ErrorResult & {
  __typename: 'TrainingForbiddenError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** The rule that refuses it. */
  ruleId: Scalars['String']['output'];
};

/** No such session, or not one the viewer reaches. */
export type TrainingNotFoundError = ErrorResult & {
  __typename: 'TrainingNotFoundError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** PRV-5: one person of a staff register, for ticking attendance at a session. */
export type TrainingRegisterMember = {
  __typename: 'TrainingRegisterMember';
  /** Employment type. */
  employmentType: EmploymentType;
  /** Ticked present at this session. */
  isPresent: Scalars['Boolean']['output'];
  /** Name on the register. */
  name: Scalars['String']['output'];
  /** Post. */
  post: Scalars['String']['output'];
  /** Role (security, dormitory, cleaning and canteen staff included). */
  role: StaffRole;
  /** The staff record. */
  staffId: Scalars['ID']['output'];
};

/** PRV-5, PRV-9, PRV-10: a staff training session and who attended. */
export type TrainingSession = {
  __typename: 'TrainingSession';
  /** Staff ticked present. */
  attendeeCount: Scalars['Int']['output'];
  /** Who was ticked present, by name (empty for a viewer who does not tick attendance). */
  attendees: Array<TrainingAttendee>;
  /** When it was held. */
  heldAt: Scalars['DateTimeISO']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** What was handed out or shown. */
  materials?: Maybe<Scalars['String']['output']>;
  /** The organising institution, for an institution’s own session. */
  organiserInstitutionId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  organiserInstitutionName?: Maybe<Scalars['String']['output']>;
  /** The organising committee unit, for a district session. */
  organiserUnit?: Maybe<UnitCode>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded the session. */
  recordedByName: Scalars['String']['output'];
  /** What the training was about. */
  topic: TrainingTopic;
  /** Who trained (a person or a unit). */
  trainer: Scalars['String']['output'];
  /** What the viewer may do. */
  viewerCan: TrainingSessionViewerCan;
};

/** What the viewer may do with a training session (trainingSessionAccess). */
export type TrainingSessionViewerCan = {
  __typename: 'TrainingSessionViewerCan';
  /** Change the session (PRV-5). */
  editSession: Scalars['Boolean']['output'];
  /** Tick attendance from the organiser’s staff register (PRV-5). */
  recordAttendance: Scalars['Boolean']['output'];
};

/** PRV-5: law and ethics (every employment type and role); PRV-9: staff mental health (everybody); PRV-10: bullying prevention for head teachers 班主任. */
export type TrainingTopic =
  | 'BULLYING_PREVENTION_FOR_HEAD_TEACHERS'
  | 'LAW_AND_ETHICS'
  | 'STAFF_MENTAL_HEALTH';

/** The training pages’ entry point: what the viewer may do there. */
export type TrainingViewer = {
  __typename: 'TrainingViewer';
  /** Record a session (a head for her institution, a committee unit for its own). */
  canRecordSession: Scalars['Boolean']['output'];
  /** Reads the district overview (counts per institution). */
  canViewOverview: Scalars['Boolean']['output'];
  /** The viewer’s own institution, whose coverage she reads. */
  ownInstitutionId?: Maybe<Scalars['ID']['output']>;
};

/** Why the workflow refused a step. */
export type TransitionRefusal =
  | 'BACKWARDS'
  | 'CLOSING_REASON_REQUIRED'
  | 'INCIDENT_CLOSED'
  | 'POLICE_REPORT_REQUIRED'
  | 'PRIVATE_SETTLEMENT_FORBIDDEN'
  | 'SAME_STATE';

/** The workflow refused the step (canTransition). */
export type TransitionRefusedError = ErrorResult & {
  __typename: 'TransitionRefusedError';
  /** The breach the refused attempt recorded (漏报, 私下调解). */
  breachRecorded?: Maybe<BreachCode>;
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** Why. */
  refusal: TransitionRefusal;
  /** The rule. */
  ruleId: Scalars['String']['output'];
};

/** A committee unit of section 三 of the plan. */
export type UnitCode =
  | 'BASIC'
  | 'HEALTH'
  | 'INSPECT'
  | 'LEAD'
  | 'OFFICE'
  | 'PERSONNEL'
  | 'POLICY'
  | 'PRESCHOOL'
  | 'SAFETY'
  | 'VOCATIONAL';

/** A staff member not trained on the topic this school year (for the head only). */
export type UntrainedStaff = {
  __typename: 'UntrainedStaff';
  /** Employment type. */
  employmentType: EmploymentType;
  /** Name on the register. */
  name: Scalars['String']['output'];
  /** Post. */
  post: Scalars['String']['output'];
  /** Role. */
  role: StaffRole;
  /** The staff record. */
  staffId: Scalars['ID']['output'];
};

/** PRV-8: change a file’s categories, counsellors, student number and files. */
export type UpdateChildFileInput = {
  /** Watch categories (at least one). */
  categories: Array<Scalars['String']['input']>;
  /** Counsellors from the staff register. */
  counsellorStaffIds: Array<Scalars['ID']['input']>;
  /** The file. */
  fileId: Scalars['ID']['input'];
  /** The growth file. */
  growthFile?: InputMaybe<Scalars['String']['input']>;
  /** The personal file. */
  personalFile?: InputMaybe<Scalars['String']['input']>;
  /** Student number 学籍号. */
  studentNumber?: InputMaybe<Scalars['String']['input']>;
};

/** The file as changed, or why not. */
export type UpdateChildFileResult = ChildFile | ChildFileForbiddenError | ChildFileNotFoundError | ChildFileStateError | ValidationError;

/** The input did not pass validation. */
export type ValidationError = ErrorResult & {
  __typename: 'ValidationError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** TOO_LONG: the most characters the field takes, for the message ("最多 60 字"); null otherwise. */
  limit?: Maybe<Scalars['Int']['output']>;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
  /** What is wrong with the text itself (characters, a name without letters); null otherwise. */
  textProblem?: Maybe<TextProblem>;
};

/** VERIFY the rectification, or SEND_BACK with a reason. */
export type VerificationDecision =
  | 'SEND_BACK'
  | 'VERIFY';

/** The signed-in viewer, or why the second factor was refused. */
export type VerifyMfaResult = AccountLockedError | InvalidMfaCodeError | MfaChallengeExpiredError | ValidationError | Viewer;

/** PRV-1: the inspector verifies the rectification or sends it back with a reason. */
export type VerifyRectificationInput = {
  /** VERIFY or SEND_BACK. */
  decision: VerificationDecision;
  /** The hazard. */
  hazardId: Scalars['ID']['input'];
  /** SEND_BACK: why (required). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The hazard as it now stands, or why not. */
export type VerifyRectificationResult = Hazard | InspectionForbiddenError | InspectionNotFoundError | InspectionStateError | ValidationError;

/** ACC-5: a leader’s decision. */
export type VetoDecision =
  | 'CONFIRM'
  | 'REJECT';

/** A ground’s failure: an ACC-3 handling failure or a REP-4 breach (ACC-4). */
export type VetoGroundFailure =
  | 'CONCEALMENT'
  | 'DELAYED_DISCIPLINE'
  | 'INEFFECTIVE_SUPERVISION'
  | 'LATE_REPORT'
  | 'OMISSION'
  | 'PRIVATE_SETTLEMENT'
  | 'REFUSED_DISCIPLINE'
  | 'SHIRKED_OR_CONCEALED';

/** ACC-5: one ground of a veto: a case, a failure, an impact, the rules and the clause. */
export type VetoGroundView = {
  __typename: 'VetoGroundView';
  /** The case. */
  case: AssessedCaseRef;
  /** The clause of the plan, e.g. 五(三). */
  clause: Scalars['String']['output'];
  /** An ACC-3 handling failure or a REP-4 breach (ACC-4). */
  failure: VetoGroundFailure;
  /** The impact. */
  impact: Impact;
  /** Rule IDs. */
  ruleIds: Array<Scalars['String']['output']>;
};

/** ACC-5: a leader’s review, beside the verdict it decided on. */
export type VetoReview = {
  __typename: 'VetoReview';
  /** CONFIRM or REJECT. */
  decision: VetoDecision;
  /** The written reason. */
  reason: Scalars['String']['output'];
  /** When. */
  reviewedAt: Scalars['DateTimeISO']['output'];
  /** Who decided. */
  reviewedByName: Scalars['String']['output'];
  /** The verdict as computed when the leader decided. */
  verdict: VetoVerdictView;
};

/** ACC-5: the institution’s written statement 申辩. */
export type VetoStatement = {
  __typename: 'VetoStatement';
  /** When. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Who submitted it. */
  submittedByName: Scalars['String']['output'];
  /** The statement. */
  text: Scalars['String']['output'];
};

/** ACC-5: no veto computed; computed and awaiting a leader; confirmed; rejected. */
export type VetoStatus =
  | 'AWAITING_REVIEW'
  | 'CONFIRMED'
  | 'NONE'
  | 'REJECTED';

/** ACC-3..5: the verdict `evaluateVeto` computed; never typed in. */
export type VetoVerdictView = {
  __typename: 'VetoVerdictView';
  /** Every case looked at that does not ground it. */
  excluded: Array<ExcludedCaseView>;
  /** Every ground (empty when not vetoed). */
  grounds: Array<VetoGroundView>;
  /** A veto is computed. */
  isVetoed: Scalars['Boolean']['output'];
  /** ACC-3: the institution’s leaders bear leadership responsibility. */
  leadershipResponsible: Scalars['Boolean']['output'];
  /** Rule IDs. */
  ruleIds: Array<Scalars['String']['output']>;
};

/** One rule that blocks a hire. A district-ban hit says only DISTRICT_BAN / VET-7. */
export type VettingBlock = {
  __typename: 'VettingBlock';
  /** The check that found it, when a check did. */
  check?: Maybe<VettingCheckKind>;
  /** The clause of the plan. */
  clause: Scalars['String']['output'];
  /** Why. */
  code: VettingBlockCode;
  /** The rule, e.g. VET-1. */
  ruleId: Scalars['String']['output'];
};

/** Why a hire is blocked. */
export type VettingBlockCode =
  | 'CHECK_NOT_PASSED'
  | 'CRIMINAL_PUNISHMENT'
  | 'DISTRICT_BAN'
  | 'EMPLOYMENT_PROHIBITION'
  | 'RECORD_FOUND'
  | 'TEACHER_QUALIFICATION_BARRED';

/** A pre-hire check (VET-1 to VET-5) or an in-service re-check (VET-9). TEMPORARY_HIRE_CHECK is kept for checks recorded before VET-3 was read as oversight: it is never required and can no longer be recorded. */
export type VettingCheckKind =
  | 'CHILDCARE_TRAINING'
  | 'CRIMINAL_DATABASE'
  | 'IN_SERVICE_RECHECK'
  | 'KINDERGARTEN_TEACHER_QUALIFICATION'
  | 'NEW_INSTITUTION_REVIEW'
  | 'TEACHER_ENTRY_SYSTEM'
  | 'TEMPORARY_HIRE_CHECK';

/** One recorded check: date, person, system, result and reference number. */
export type VettingCheckRecord = {
  __typename: 'VettingCheckRecord';
  /** The check. */
  check: VettingCheckKind;
  /** When the check was made. */
  checkedAt: Scalars['DateTimeISO']['output'];
  /** The person who made the check. */
  checkedBy: Scalars['String']['output'];
  /** What the check found about the person’s criminal past (VET-6, VET-7); empty when nothing was found. */
  findings: Array<CriminalFinding>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** CLEAR, RECORD_FOUND or NOT_MET. */
  outcome: CheckOutcome;
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The unit (or INSTITUTION) that recorded it. */
  recordedBy: CheckRecorder;
  /** Reference number of the query or document. */
  referenceNumber: Scalars['String']['output'];
  /** The system consulted, e.g. 严重违法犯罪案件教职员工信息库. */
  system: Scalars['String']['output'];
};

/** decideVetting’s answer, computed at request time: CLEAR, BLOCKED or INCOMPLETE. */
export type VettingDecision = {
  __typename: 'VettingDecision';
  /** Every blocking rule (non-empty exactly when BLOCKED). */
  blocking: Array<VettingBlock>;
  /** The checks with which criminal findings (VET-6, VET-7) may be recorded: the criminal-database check and its in-service re-check, the teacher entry system and the new-institution review. */
  checksWithFindings: Array<VettingCheckKind>;
  /** Every required check without a result yet. */
  missing: Array<RequiredCheck>;
  /** Every check the candidate needs. */
  required: Array<RequiredCheck>;
  /** The rule IDs behind the decision. */
  ruleIds: Array<Scalars['String']['output']>;
  /** CLEAR, BLOCKED or INCOMPLETE. */
  status: VettingStatus;
};

/** Activation refused: the vetting decision is not CLEAR. */
export type VettingNotClearError = ErrorResult & {
  __typename: 'VettingNotClearError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** The decision, with what blocks or is missing. */
  decision: VettingDecision;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** The vetting decision (VET-1 to VET-8). */
export type VettingStatus =
  | 'BLOCKED'
  | 'CLEAR'
  | 'INCOMPLETE';

/** The signed-in person. `institution` is resolved separately. */
export type Viewer = {
  __typename: 'Viewer';
  /** Whether the viewer may download the case list as Excel (/api/cases/export): caseExportAccess (REP-7, ORG-1). */
  canExportCases: Scalars['Boolean']['output'];
  /** The viewer may open the misconduct list (VET-11: handles or oversees some case); the UI shows its entry. */
  canListMisconduct: Scalars['Boolean']['output'];
  /** The viewer may open the oversight dashboard 监管总览 (oversightAccess); the UI shows its entry. */
  canViewDashboard: Scalars['Boolean']['output'];
  /** Name shown in the UI. */
  displayName: Scalars['String']['output'];
  /** Issue 10: which home 工作台 the viewer lands on (from the domain’s oversightAccess). */
  home: ViewerHome;
  /** Account id. */
  id: Scalars['ID']['output'];
  /** The viewer’s institution, for institution roles (TEACHER, HEAD, STAFF). */
  institution?: Maybe<Institution>;
  /** The language the viewer reads mail in. */
  language: AccountLanguage;
  /** The viewer’s second factor. */
  mfa: MfaStatus;
  /** What the viewer may do; the UI hides the rest. */
  permissions: Array<Permission>;
  /** The account’s role. */
  role: Role;
  /** Committee unit, for committee roles. */
  unit?: Maybe<UnitCode>;
  /** Sign-in name. */
  username: Scalars['String']['output'];
};

/** Issue 10: the viewer’s home 工作台: the oversight dashboard, a head’s institution card and to-do list, or the cases the viewer reported. */
export type ViewerHome =
  | 'DASHBOARD'
  | 'INSTITUTION_CARD'
  | 'OWN_CASES';

/** REP-10: a psychological concern about the child, whether the guardian was told, whether study was suspended (休学). */
export type WelfareNote = {
  __typename: 'WelfareNote';
  /** The concern, in the recorder’s words (confidential, REP-7). */
  concernNote: Scalars['String']['output'];
  /** When the guardian was told; null if not yet. */
  guardianToldAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** UUID. */
  id: Scalars['ID']['output'];
  /** A suspension of study (休学) was arranged. */
  isStudySuspended: Scalars['Boolean']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  recordedBy: CasePerson;
};

/** PRV-8: a talk 谈心 with the child, or a class meeting 班会 about the child. */
export type WelfareTalkKind =
  | 'CLASS_MEETING'
  | 'TALK';

/** PRV-8: when the next talk is due (welfareTalkStatus). */
export type WelfareTalkStatusView = {
  __typename: 'WelfareTalkStatusView';
  /** When the next one is due (from the last, else from the opening). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Due and not held (an open file only). */
  isOverdue: Scalars['Boolean']['output'];
  /** The last talk or class meeting held, if any. */
  lastTalkAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** PRV-8: a talk 谈心 or a class meeting about a watched child. */
export type WelfareTalkView = {
  __typename: 'WelfareTalkView';
  /** Who held it, from the staff register. */
  byStaffName?: Maybe<Scalars['String']['output']>;
  /** When it was held. */
  heldAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Talk or class meeting. */
  kind: WelfareTalkKind;
  /** The note (encrypted at rest). */
  note: Scalars['String']['output'];
};

/** One item of the viewer’s to-do list; its title is built by the client from these parts. */
export type WorkItem = {
  __typename: 'WorkItem';
  /** The case’s category, for case items. */
  caseCategory?: Maybe<IncidentCategory>;
  /** The case to open, for case items. Never the child. */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** When the case was recorded, for case items. */
  caseRecordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The deadline, when the rule sets one. */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** REP-6: the child is in danger now. */
  isChildInDanger: Scalars['Boolean']['output'];
  /** The deadline has passed (at the server’s now). */
  isOverdue: Scalars['Boolean']['output'];
  /** What is to be done. */
  kind: WorkItemKind;
  /** EMERGENCY_STEPS: the steps still open. */
  openSteps: Array<EmergencyStep>;
  /** The rule that asks for it, e.g. REP-3. */
  ruleId: Scalars['String']['output'];
  /** The staff member to open, for vetting items. */
  staffId?: Maybe<Scalars['ID']['output']>;
  /** The staff member’s name, for vetting items. */
  staffName?: Maybe<Scalars['String']['output']>;
  /** The staff member’s role, for vetting items. */
  staffRole?: Maybe<StaffRole>;
};

/** What waits: acknowledge a case (REP-2), report it to the police (REP-3), its emergency steps (REP-6), a due re-check (VET-9) or reminder interview (VET-10). */
export type WorkItemKind =
  | 'ACKNOWLEDGE_CASE'
  | 'EMERGENCY_STEPS'
  | 'INTERVIEW_DUE'
  | 'REPORT_TO_POLICE'
  | 'VETTING_CHECK_DUE';

export type AccountsQueryVariables = Exact<{
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountsQuery = { __typename: 'Query', accounts: { __typename: 'AccountConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AccountEdge', cursor: string, node: { __typename: 'Account', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, institutionId?: string | null, institutionName?: string | null, email?: string | null, hasPassword: boolean, setPasswordLinkExpiresAt?: string | null, isDisabled: boolean, staffMember?: { __typename: 'LinkedStaffMember', id: string, name: string, post: string } | null } }> } };

export type SetAccountDisabledMutationVariables = Exact<{
  input: SetAccountDisabledInput;
}>;


export type SetAccountDisabledMutation = { __typename: 'Mutation', setAccountDisabled:
    | { __typename: 'Account', id: string, isDisabled: boolean }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type AccountInstitutionChoicesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountInstitutionChoicesQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', edges: Array<{ __typename: 'InstitutionEdge', node: { __typename: 'Institution', id: string, name: string } }> } };

export type AccountStaffChoicesQueryVariables = Exact<{
  institutionId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountStaffChoicesQuery = { __typename: 'Query', accountStaffChoices: Array<{ __typename: 'StaffMemberChoice', id: string, name: string, role: StaffRole, post: string, status: StaffStatus, linkedUsername?: string | null }> };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename: 'Mutation', createAccount:
    | { __typename: 'SetPasswordLinkIssued', setPasswordPath: string, expiresAt: string, account: { __typename: 'Account', id: string, username: string, displayName: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type ResetAccountPasswordMutationVariables = Exact<{
  input: AccountIdInput;
}>;


export type ResetAccountPasswordMutation = { __typename: 'Mutation', resetAccountPassword:
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SetPasswordLinkIssued', setPasswordPath: string, expiresAt: string, account: { __typename: 'Account', id: string, username: string, displayName: string, hasPassword: boolean, setPasswordLinkExpiresAt?: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type AccountSessionsQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type AccountSessionsQuery = { __typename: 'Query', accountSessions: Array<{ __typename: 'AccountSession', id: string, createdAt: string, lastSeenAt: string, isCurrent: boolean }> };

export type EndAccountSessionsMutationVariables = Exact<{
  input: EndAccountSessionsInput;
}>;


export type EndAccountSessionsMutation = { __typename: 'Mutation', endAccountSessions:
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AccountSessionsEnded', endedCount: number }
   };

export type SetAccountStaffMemberMutationVariables = Exact<{
  input: SetAccountStaffMemberInput;
}>;


export type SetAccountStaffMemberMutation = { __typename: 'Mutation', setAccountStaffMember:
    | { __typename: 'Account', id: string, staffMember?: { __typename: 'LinkedStaffMember', id: string, name: string, post: string } | null }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type HeadAccountsTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadAccountsTemplateQuery = { __typename: 'Query', headAccountsTemplate: string };

export type ImportHeadAccountsMutationVariables = Exact<{
  input: ImportHeadAccountsInput;
}>;


export type ImportHeadAccountsMutation = { __typename: 'Mutation', importHeadAccounts:
    | { __typename: 'HeadAccountsImported', created: Array<{ __typename: 'SetPasswordLinkIssued', setPasswordPath: string, expiresAt: string, account: { __typename: 'Account', id: string, username: string, displayName: string, institutionName?: string | null } }> }
    | { __typename: 'ImportRejectedError', code: ErrorCode, message: string, rowCount: number, errors: Array<{ __typename: 'ImportRowError', row: number, column?: string | null, code: string, message: string }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type SetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type SetPasswordMutation = { __typename: 'Mutation', setPassword:
    | { __typename: 'PasswordSet', username: string }
    | { __typename: 'SetPasswordLinkInvalidError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type AssessmentPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentPeriodsQuery = { __typename: 'Query', assessmentPeriods: { __typename: 'AssessmentPeriodList', canOpenPeriod: boolean, canExport: boolean, items: Array<{ __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string, institutionCount: number, openedAt: string }> } };

export type AssessmentPeriodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssessmentPeriodQuery = { __typename: 'Query', assessmentPeriod?: { __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string, institutionCount: number, rows: Array<{ __typename: 'AssessmentRow', id: string, institutionId: string, institutionName: string, institutionKind: InstitutionKind, score: number, vetoStatus: VetoStatus, isEligibleForAwards: boolean }> } | null, assessmentPeriods: { __typename: 'AssessmentPeriodList', canExport: boolean } };

export type CaseRefFieldsFragment = { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null };

export type VerdictFieldsFragment = { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> };

export type AssessmentFieldsFragment = { __typename: 'Assessment', id: string, institutionId: string, institutionName: string, institutionKind: InstitutionKind, score: number, vetoStatus: VetoStatus, isEligibleForAwards: boolean, outcomeRuleIds: Array<string>, vetoComputedAt?: string | null, statementDueAt?: string | null, period: { __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string }, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> }, statement?: { __typename: 'VetoStatement', text: string, submittedByName: string, submittedAt: string } | null, review?: { __typename: 'VetoReview', decision: VetoDecision, reason: string, reviewedByName: string, reviewedAt: string, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> } } | null, findings: Array<{ __typename: 'AssessmentFinding', id: string, source: FindingSource, text: string, points: number, failures: Array<HandlingFailure>, impacts: Array<Impact>, sanctionGrounds: Array<SanctionGround>, recordedByName: string, recordedAt: string, case?: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } | null }>, evidence: { __typename: 'AssessmentEvidence', activeStaff: number, overdueRechecks: number, staffFoundNotClear: number, overdueInterviews: number, cases: Array<{ __typename: 'CaseEvidence', breaches: Array<BreachCode>, failures: Array<HandlingFailure>, impacts: Array<Impact>, isStaffSuspect: boolean, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, misconductCases: Array<{ __typename: 'MisconductEvidence', id: string, status: string, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, outcomes: Array<string> }> }, sanctionOptions: Array<{ __typename: 'SanctionOptionView', sanction: Sanction, ruleId: string, clause: string }>, sanctions: Array<{ __typename: 'AssessmentSanction', id: string, sanction: Sanction, decidedByName: string, decidedAt: string, interviewAt?: string | null, interviewAttendees?: string | null, interviewMinutes?: string | null, circularNumber?: string | null }>, viewerCan: { __typename: 'AssessmentActions', canRecordFinding: boolean, canSubmitStatement: boolean, canReviewVeto: boolean, canRecordSanction: boolean, canDownloadCircular: boolean } };

export type AssessmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssessmentQuery = { __typename: 'Query', assessment?: { __typename: 'Assessment', id: string, institutionId: string, institutionName: string, institutionKind: InstitutionKind, score: number, vetoStatus: VetoStatus, isEligibleForAwards: boolean, outcomeRuleIds: Array<string>, vetoComputedAt?: string | null, statementDueAt?: string | null, period: { __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string }, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> }, statement?: { __typename: 'VetoStatement', text: string, submittedByName: string, submittedAt: string } | null, review?: { __typename: 'VetoReview', decision: VetoDecision, reason: string, reviewedByName: string, reviewedAt: string, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> } } | null, findings: Array<{ __typename: 'AssessmentFinding', id: string, source: FindingSource, text: string, points: number, failures: Array<HandlingFailure>, impacts: Array<Impact>, sanctionGrounds: Array<SanctionGround>, recordedByName: string, recordedAt: string, case?: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } | null }>, evidence: { __typename: 'AssessmentEvidence', activeStaff: number, overdueRechecks: number, staffFoundNotClear: number, overdueInterviews: number, cases: Array<{ __typename: 'CaseEvidence', breaches: Array<BreachCode>, failures: Array<HandlingFailure>, impacts: Array<Impact>, isStaffSuspect: boolean, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, misconductCases: Array<{ __typename: 'MisconductEvidence', id: string, status: string, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, outcomes: Array<string> }> }, sanctionOptions: Array<{ __typename: 'SanctionOptionView', sanction: Sanction, ruleId: string, clause: string }>, sanctions: Array<{ __typename: 'AssessmentSanction', id: string, sanction: Sanction, decidedByName: string, decidedAt: string, interviewAt?: string | null, interviewAttendees?: string | null, interviewMinutes?: string | null, circularNumber?: string | null }>, viewerCan: { __typename: 'AssessmentActions', canRecordFinding: boolean, canSubmitStatement: boolean, canReviewVeto: boolean, canRecordSanction: boolean, canDownloadCircular: boolean } } | null };

export type OpenAssessmentPeriodMutationVariables = Exact<{
  input: OpenAssessmentPeriodInput;
}>;


export type OpenAssessmentPeriodMutation = { __typename: 'Mutation', openAssessmentPeriod:
    | { __typename: 'AssessmentForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentPeriod', id: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type RecordAssessmentFindingMutationVariables = Exact<{
  input: RecordAssessmentFindingInput;
}>;


export type RecordAssessmentFindingMutation = { __typename: 'Mutation', recordAssessmentFinding:
    | { __typename: 'Assessment', id: string, institutionId: string, institutionName: string, institutionKind: InstitutionKind, score: number, vetoStatus: VetoStatus, isEligibleForAwards: boolean, outcomeRuleIds: Array<string>, vetoComputedAt?: string | null, statementDueAt?: string | null, period: { __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string }, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> }, statement?: { __typename: 'VetoStatement', text: string, submittedByName: string, submittedAt: string } | null, review?: { __typename: 'VetoReview', decision: VetoDecision, reason: string, reviewedByName: string, reviewedAt: string, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> } } | null, findings: Array<{ __typename: 'AssessmentFinding', id: string, source: FindingSource, text: string, points: number, failures: Array<HandlingFailure>, impacts: Array<Impact>, sanctionGrounds: Array<SanctionGround>, recordedByName: string, recordedAt: string, case?: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } | null }>, evidence: { __typename: 'AssessmentEvidence', activeStaff: number, overdueRechecks: number, staffFoundNotClear: number, overdueInterviews: number, cases: Array<{ __typename: 'CaseEvidence', breaches: Array<BreachCode>, failures: Array<HandlingFailure>, impacts: Array<Impact>, isStaffSuspect: boolean, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, misconductCases: Array<{ __typename: 'MisconductEvidence', id: string, status: string, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, outcomes: Array<string> }> }, sanctionOptions: Array<{ __typename: 'SanctionOptionView', sanction: Sanction, ruleId: string, clause: string }>, sanctions: Array<{ __typename: 'AssessmentSanction', id: string, sanction: Sanction, decidedByName: string, decidedAt: string, interviewAt?: string | null, interviewAttendees?: string | null, interviewMinutes?: string | null, circularNumber?: string | null }>, viewerCan: { __typename: 'AssessmentActions', canRecordFinding: boolean, canSubmitStatement: boolean, canReviewVeto: boolean, canRecordSanction: boolean, canDownloadCircular: boolean } }
    | { __typename: 'AssessmentForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentStateError', code: ErrorCode, message: string }
    | { __typename: 'SanctionNotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type SubmitVetoStatementMutationVariables = Exact<{
  input: SubmitVetoStatementInput;
}>;


export type SubmitVetoStatementMutation = { __typename: 'Mutation', submitVetoStatement:
    | { __typename: 'Assessment', id: string, institutionId: string, institutionName: string, institutionKind: InstitutionKind, score: number, vetoStatus: VetoStatus, isEligibleForAwards: boolean, outcomeRuleIds: Array<string>, vetoComputedAt?: string | null, statementDueAt?: string | null, period: { __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string }, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> }, statement?: { __typename: 'VetoStatement', text: string, submittedByName: string, submittedAt: string } | null, review?: { __typename: 'VetoReview', decision: VetoDecision, reason: string, reviewedByName: string, reviewedAt: string, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> } } | null, findings: Array<{ __typename: 'AssessmentFinding', id: string, source: FindingSource, text: string, points: number, failures: Array<HandlingFailure>, impacts: Array<Impact>, sanctionGrounds: Array<SanctionGround>, recordedByName: string, recordedAt: string, case?: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } | null }>, evidence: { __typename: 'AssessmentEvidence', activeStaff: number, overdueRechecks: number, staffFoundNotClear: number, overdueInterviews: number, cases: Array<{ __typename: 'CaseEvidence', breaches: Array<BreachCode>, failures: Array<HandlingFailure>, impacts: Array<Impact>, isStaffSuspect: boolean, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, misconductCases: Array<{ __typename: 'MisconductEvidence', id: string, status: string, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, outcomes: Array<string> }> }, sanctionOptions: Array<{ __typename: 'SanctionOptionView', sanction: Sanction, ruleId: string, clause: string }>, sanctions: Array<{ __typename: 'AssessmentSanction', id: string, sanction: Sanction, decidedByName: string, decidedAt: string, interviewAt?: string | null, interviewAttendees?: string | null, interviewMinutes?: string | null, circularNumber?: string | null }>, viewerCan: { __typename: 'AssessmentActions', canRecordFinding: boolean, canSubmitStatement: boolean, canReviewVeto: boolean, canRecordSanction: boolean, canDownloadCircular: boolean } }
    | { __typename: 'AssessmentForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentStateError', code: ErrorCode, message: string }
    | { __typename: 'SanctionNotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type ReviewVetoMutationVariables = Exact<{
  input: ReviewVetoInput;
}>;


export type ReviewVetoMutation = { __typename: 'Mutation', reviewVeto:
    | { __typename: 'Assessment', id: string, institutionId: string, institutionName: string, institutionKind: InstitutionKind, score: number, vetoStatus: VetoStatus, isEligibleForAwards: boolean, outcomeRuleIds: Array<string>, vetoComputedAt?: string | null, statementDueAt?: string | null, period: { __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string }, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> }, statement?: { __typename: 'VetoStatement', text: string, submittedByName: string, submittedAt: string } | null, review?: { __typename: 'VetoReview', decision: VetoDecision, reason: string, reviewedByName: string, reviewedAt: string, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> } } | null, findings: Array<{ __typename: 'AssessmentFinding', id: string, source: FindingSource, text: string, points: number, failures: Array<HandlingFailure>, impacts: Array<Impact>, sanctionGrounds: Array<SanctionGround>, recordedByName: string, recordedAt: string, case?: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } | null }>, evidence: { __typename: 'AssessmentEvidence', activeStaff: number, overdueRechecks: number, staffFoundNotClear: number, overdueInterviews: number, cases: Array<{ __typename: 'CaseEvidence', breaches: Array<BreachCode>, failures: Array<HandlingFailure>, impacts: Array<Impact>, isStaffSuspect: boolean, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, misconductCases: Array<{ __typename: 'MisconductEvidence', id: string, status: string, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, outcomes: Array<string> }> }, sanctionOptions: Array<{ __typename: 'SanctionOptionView', sanction: Sanction, ruleId: string, clause: string }>, sanctions: Array<{ __typename: 'AssessmentSanction', id: string, sanction: Sanction, decidedByName: string, decidedAt: string, interviewAt?: string | null, interviewAttendees?: string | null, interviewMinutes?: string | null, circularNumber?: string | null }>, viewerCan: { __typename: 'AssessmentActions', canRecordFinding: boolean, canSubmitStatement: boolean, canReviewVeto: boolean, canRecordSanction: boolean, canDownloadCircular: boolean } }
    | { __typename: 'AssessmentForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentStateError', code: ErrorCode, message: string }
    | { __typename: 'SanctionNotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type RecordSanctionMutationVariables = Exact<{
  input: RecordSanctionInput;
}>;


export type RecordSanctionMutation = { __typename: 'Mutation', recordSanction:
    | { __typename: 'Assessment', id: string, institutionId: string, institutionName: string, institutionKind: InstitutionKind, score: number, vetoStatus: VetoStatus, isEligibleForAwards: boolean, outcomeRuleIds: Array<string>, vetoComputedAt?: string | null, statementDueAt?: string | null, period: { __typename: 'AssessmentPeriod', id: string, name: string, startsAt: string, endsAt: string }, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> }, statement?: { __typename: 'VetoStatement', text: string, submittedByName: string, submittedAt: string } | null, review?: { __typename: 'VetoReview', decision: VetoDecision, reason: string, reviewedByName: string, reviewedAt: string, verdict: { __typename: 'VetoVerdictView', isVetoed: boolean, leadershipResponsible: boolean, ruleIds: Array<string>, grounds: Array<{ __typename: 'VetoGroundView', failure: VetoGroundFailure, impact: Impact, ruleIds: Array<string>, clause: string, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, excluded: Array<{ __typename: 'ExcludedCaseView', reason: CaseExclusionReason, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }> } } | null, findings: Array<{ __typename: 'AssessmentFinding', id: string, source: FindingSource, text: string, points: number, failures: Array<HandlingFailure>, impacts: Array<Impact>, sanctionGrounds: Array<SanctionGround>, recordedByName: string, recordedAt: string, case?: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } | null }>, evidence: { __typename: 'AssessmentEvidence', activeStaff: number, overdueRechecks: number, staffFoundNotClear: number, overdueInterviews: number, cases: Array<{ __typename: 'CaseEvidence', breaches: Array<BreachCode>, failures: Array<HandlingFailure>, impacts: Array<Impact>, isStaffSuspect: boolean, case: { __typename: 'AssessedCaseRef', caseId?: string | null, category?: IncidentCategory | null, receivedAt?: string | null } }>, misconductCases: Array<{ __typename: 'MisconductEvidence', id: string, status: string, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, outcomes: Array<string> }> }, sanctionOptions: Array<{ __typename: 'SanctionOptionView', sanction: Sanction, ruleId: string, clause: string }>, sanctions: Array<{ __typename: 'AssessmentSanction', id: string, sanction: Sanction, decidedByName: string, decidedAt: string, interviewAt?: string | null, interviewAttendees?: string | null, interviewMinutes?: string | null, circularNumber?: string | null }>, viewerCan: { __typename: 'AssessmentActions', canRecordFinding: boolean, canSubmitStatement: boolean, canReviewVeto: boolean, canRecordSanction: boolean, canDownloadCircular: boolean } }
    | { __typename: 'AssessmentForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AssessmentStateError', code: ErrorCode, message: string }
    | { __typename: 'SanctionNotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type AssessmentInstitutionOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssessmentInstitutionOptionsQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', edges: Array<{ __typename: 'InstitutionEdge', node: { __typename: 'Institution', id: string, name: string } }> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename: 'Query', auditEvents: { __typename: 'AuditEventConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: { __typename: 'AuditEvent', id: string, occurredAt: string, actorUsername?: string | null, actorName?: string | null, action: string, targetType?: string | null, targetId?: string | null, targetName?: string | null, outcome: string } }> } };

export type AuditActorsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditActorsQuery = { __typename: 'Query', auditActors: Array<{ __typename: 'AuditActor', id: string, displayName: string, username: string }> };

export type ViewerFieldsFragment = { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, home: ViewerHome, canExportCases: boolean, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me?: { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, home: ViewerHome, canExportCases: boolean, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename: 'Mutation', signIn:
    | { __typename: 'AccountLockedError', code: ErrorCode, message: string, lockedUntil: string }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'MfaEnrolmentRequired', challenge: string }
    | { __typename: 'MfaRequired', challenge: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
    | { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, home: ViewerHome, canExportCases: boolean, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null }
   };

export type MfaEnrolmentFieldsFragment = { __typename: 'MfaEnrolment', secret: string, otpauthUri: string, qrCodeSvg: string };

export type VerifyMfaMutationVariables = Exact<{
  input: MfaCodeInput;
}>;


export type VerifyMfaMutation = { __typename: 'Mutation', verifyMfa:
    | { __typename: 'AccountLockedError', lockedUntil: string, code: ErrorCode }
    | { __typename: 'InvalidMfaCodeError', code: ErrorCode }
    | { __typename: 'MfaChallengeExpiredError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
    | { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, home: ViewerHome, canExportCases: boolean, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null }
   };

export type BeginMfaEnrolmentMutationVariables = Exact<{
  challenge: Scalars['String']['input'];
}>;


export type BeginMfaEnrolmentMutation = { __typename: 'Mutation', beginMfaEnrolment:
    | { __typename: 'MfaChallengeExpiredError', code: ErrorCode }
    | { __typename: 'MfaEnrolment', secret: string, otpauthUri: string, qrCodeSvg: string }
    | { __typename: 'MfaStateError', code: ErrorCode }
   };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  input: MfaCodeInput;
}>;


export type ConfirmMfaEnrolmentMutation = { __typename: 'Mutation', confirmMfaEnrolment:
    | { __typename: 'AccountLockedError', lockedUntil: string, code: ErrorCode }
    | { __typename: 'InvalidMfaCodeError', code: ErrorCode }
    | { __typename: 'MfaChallengeExpiredError', code: ErrorCode }
    | { __typename: 'MfaEnrolled', recoveryCodes: Array<string>, viewer: { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, home: ViewerHome, canExportCases: boolean, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null } }
    | { __typename: 'ValidationError', code: ErrorCode }
   };

export type MyMfaQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMfaQuery = { __typename: 'Query', me?: { __typename: 'Viewer', id: string, mfa: { __typename: 'MfaStatus', isEnabled: boolean, isRequired: boolean, recoveryCodesLeft: number } } | null };

export type BeginMyMfaEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginMyMfaEnrolmentMutation = { __typename: 'Mutation', beginMyMfaEnrolment:
    | { __typename: 'MfaChallengeExpiredError', code: ErrorCode }
    | { __typename: 'MfaEnrolment', secret: string, otpauthUri: string, qrCodeSvg: string }
    | { __typename: 'MfaStateError', code: ErrorCode }
   };

export type ConfirmMyMfaEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmMyMfaEnrolmentMutation = { __typename: 'Mutation', confirmMyMfaEnrolment:
    | { __typename: 'InvalidMfaCodeError', code: ErrorCode }
    | { __typename: 'MfaRecoveryCodes', recoveryCodes: Array<string> }
    | { __typename: 'MfaStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   };

export type DisableMyMfaMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type DisableMyMfaMutation = { __typename: 'Mutation', disableMyMfa:
    | { __typename: 'InvalidMfaCodeError', code: ErrorCode }
    | { __typename: 'MfaDisabled' }
    | { __typename: 'MfaStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename: 'Mutation', signOut: boolean };

export type PreventionGapItemFieldsFragment = { __typename: 'PreventionGapItem', code: PreventionGapCode, ruleId: string, clause: string, subjectKind?: GapSubjectKind | null, label?: string | null, isSubjectHidden: boolean, responsibleStaffName?: string | null, fixPath: GapFixPath, fixTargetId?: string | null };

export type PreventionGapsQueryVariables = Exact<{
  institutionId: Scalars['ID']['input'];
}>;


export type PreventionGapsQuery = { __typename: 'Query', preventionGaps?: { __typename: 'PreventionGaps', institutionId: string, institutionName: string, total: number, viewerCanViewSubjects: boolean, counts: Array<{ __typename: 'PreventionGapCount', code: PreventionGapCode, ruleId: string, count: number }>, gaps: Array<{ __typename: 'PreventionGapItem', code: PreventionGapCode, ruleId: string, clause: string, subjectKind?: GapSubjectKind | null, label?: string | null, isSubjectHidden: boolean, responsibleStaffName?: string | null, fixPath: GapFixPath, fixTargetId?: string | null }> } | null };

export type PreventionGapOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PreventionGapOverviewQuery = { __typename: 'Query', preventionGapOverview: Array<{ __typename: 'PreventionGapInstitution', institutionId: string, institutionName: string, total: number, counts: Array<{ __typename: 'PreventionGapCount', code: PreventionGapCode, ruleId: string, count: number }> }> };

export type CareRecordsFieldsFragment = { __typename: 'CareRecords', institutionId: string, institutionName: string, hasBullyingDocuments: boolean, legalVicePrincipal: { __typename: 'LegalVicePrincipalOverview', status: LegalVicePrincipalStatusCode, isGap: boolean, isWarning: boolean, endsAt?: string | null, appointmentId?: string | null, appointments: Array<{ __typename: 'LegalVicePrincipal', id: string, name: string, unit: LegalVicePrincipalUnit, organisation: string, phone?: string | null, termStart: string, termEnd: string }> }, courses: Array<{ __typename: 'IntakeCourse', intakeId: string, intakeName: string, enrolledAt: string, status: CourseStatusCode, deadline: string, deliveredAt?: string | null, undeliveredClassNames: Array<string>, deliveries: Array<{ __typename: 'CourseDelivery', id: string, deliveredAt: string, classNames: Array<string>, teacherName: string, note?: string | null }> }>, classes: Array<{ __typename: 'CareClass', id: string, name: string, intakeId: string }>, teachingPlan: { __typename: 'TeachingPlan', termStart: string, termEnd: string, minLessonsPerClass: number, classes: Array<{ __typename: 'ClassLessons', classId: string, className: string, lessons: number, isShort: boolean }>, entries: Array<{ __typename: 'TeachingPlanEntry', id: string, className: string, topic: PlanLessonTopic, lessons: number, plannedAt: string }> }, counselling: { __typename: 'Counselling', hasCounsellingRoom: boolean, roomLocation?: string | null, hotline?: string | null, isProvided: boolean, recordedAt?: string | null }, bullyingDocuments: Array<{ __typename: 'BullyingDocument', id: string, kind: BullyingDocumentKind, title: string, adoptedAt: string, fileName: string, byteSize: number }>, viewerCan: { __typename: 'CareRecordsViewerCan', recordLegalVicePrincipal: boolean, recordCourseDelivery: boolean, recordTeachingPlan: boolean, recordCounselling: boolean, recordBullyingDocument: boolean, manageClasses: boolean }, staffChoices: Array<{ __typename: 'StaffChoice', id: string, name: string, post: string }> };

export type CareRecordsQueryVariables = Exact<{
  institutionId: Scalars['ID']['input'];
}>;


export type CareRecordsQuery = { __typename: 'Query', careRecords?: { __typename: 'CareRecords', institutionId: string, institutionName: string, hasBullyingDocuments: boolean, legalVicePrincipal: { __typename: 'LegalVicePrincipalOverview', status: LegalVicePrincipalStatusCode, isGap: boolean, isWarning: boolean, endsAt?: string | null, appointmentId?: string | null, appointments: Array<{ __typename: 'LegalVicePrincipal', id: string, name: string, unit: LegalVicePrincipalUnit, organisation: string, phone?: string | null, termStart: string, termEnd: string }> }, courses: Array<{ __typename: 'IntakeCourse', intakeId: string, intakeName: string, enrolledAt: string, status: CourseStatusCode, deadline: string, deliveredAt?: string | null, undeliveredClassNames: Array<string>, deliveries: Array<{ __typename: 'CourseDelivery', id: string, deliveredAt: string, classNames: Array<string>, teacherName: string, note?: string | null }> }>, classes: Array<{ __typename: 'CareClass', id: string, name: string, intakeId: string }>, teachingPlan: { __typename: 'TeachingPlan', termStart: string, termEnd: string, minLessonsPerClass: number, classes: Array<{ __typename: 'ClassLessons', classId: string, className: string, lessons: number, isShort: boolean }>, entries: Array<{ __typename: 'TeachingPlanEntry', id: string, className: string, topic: PlanLessonTopic, lessons: number, plannedAt: string }> }, counselling: { __typename: 'Counselling', hasCounsellingRoom: boolean, roomLocation?: string | null, hotline?: string | null, isProvided: boolean, recordedAt?: string | null }, bullyingDocuments: Array<{ __typename: 'BullyingDocument', id: string, kind: BullyingDocumentKind, title: string, adoptedAt: string, fileName: string, byteSize: number }>, viewerCan: { __typename: 'CareRecordsViewerCan', recordLegalVicePrincipal: boolean, recordCourseDelivery: boolean, recordTeachingPlan: boolean, recordCounselling: boolean, recordBullyingDocument: boolean, manageClasses: boolean }, staffChoices: Array<{ __typename: 'StaffChoice', id: string, name: string, post: string }> } | null };

export type RecordLegalVicePrincipalMutationVariables = Exact<{
  input: RecordLegalVicePrincipalInput;
}>;


export type RecordLegalVicePrincipalMutation = { __typename: 'Mutation', recordLegalVicePrincipal:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'LegalVicePrincipal', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type RecordCourseDeliveryMutationVariables = Exact<{
  input: RecordCourseDeliveryInput;
}>;


export type RecordCourseDeliveryMutation = { __typename: 'Mutation', recordCourseDelivery:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'CourseDelivery', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type RecordTeachingPlanMutationVariables = Exact<{
  input: RecordTeachingPlanInput;
}>;


export type RecordTeachingPlanMutation = { __typename: 'Mutation', recordTeachingPlan:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'CareStateError' }
    | { __typename: 'TeachingPlanEntry', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type RecordCounsellingMutationVariables = Exact<{
  input: RecordCounsellingInput;
}>;


export type RecordCounsellingMutation = { __typename: 'Mutation', recordCounselling:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'Counselling', isProvided: boolean }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type ChildFileSummaryFieldsFragment = { __typename: 'ChildFile', id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } };

export type ChildFileFieldsFragment = { __typename: 'ChildFile', headTeacherName?: string | null, studentNumber?: string | null, personalFile?: string | null, growthFile?: string | null, openedAt: string, closingReason?: string | null, hiddenCaseCount: number, id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, counsellors: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }>, talks: Array<{ __typename: 'WelfareTalkView', id: string, kind: WelfareTalkKind, heldAt: string, byStaffName?: string | null, note: string }>, cases: Array<{ __typename: 'ChildFileLinkedCase', id: string, category: IncidentCategory, state: IncidentState, receivedAt: string }>, viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: boolean, updateFile: boolean, closeFile: boolean }, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } };

export type ChildFilesQueryVariables = Exact<{
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ChildFilesQuery = { __typename: 'Query', childFiles: { __typename: 'ChildFileList', showsChildren: boolean, items: Array<{ __typename: 'ChildFile', id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } }> }, childFileForm: { __typename: 'ChildFileForm', categories: Array<string>, classes: Array<{ __typename: 'ChildFileClassOption', id: string, name: string, headTeacherName?: string | null }>, staff: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }> } };

export type ChildFileCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChildFileCountsQuery = { __typename: 'Query', childFileCounts: Array<{ __typename: 'ChildFileCount', institutionId: string, institutionName: string, section: UnitCode, category: string, openCount: number, overdueCount: number }> };

export type ChildFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChildFileQuery = { __typename: 'Query', childFile?: { __typename: 'ChildFile', headTeacherName?: string | null, studentNumber?: string | null, personalFile?: string | null, growthFile?: string | null, openedAt: string, closingReason?: string | null, hiddenCaseCount: number, id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, counsellors: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }>, talks: Array<{ __typename: 'WelfareTalkView', id: string, kind: WelfareTalkKind, heldAt: string, byStaffName?: string | null, note: string }>, cases: Array<{ __typename: 'ChildFileLinkedCase', id: string, category: IncidentCategory, state: IncidentState, receivedAt: string }>, viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: boolean, updateFile: boolean, closeFile: boolean }, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } } | null };

export type OpenChildFileMutationVariables = Exact<{
  input: OpenChildFileInput;
}>;


export type OpenChildFileMutation = { __typename: 'Mutation', openChildFile:
    | { __typename: 'ChildFile', headTeacherName?: string | null, studentNumber?: string | null, personalFile?: string | null, growthFile?: string | null, openedAt: string, closingReason?: string | null, hiddenCaseCount: number, id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, counsellors: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }>, talks: Array<{ __typename: 'WelfareTalkView', id: string, kind: WelfareTalkKind, heldAt: string, byStaffName?: string | null, note: string }>, cases: Array<{ __typename: 'ChildFileLinkedCase', id: string, category: IncidentCategory, state: IncidentState, receivedAt: string }>, viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: boolean, updateFile: boolean, closeFile: boolean }, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } }
    | { __typename: 'ChildFileForbiddenError', code: ErrorCode }
    | { __typename: 'ChildFileNotFoundError', code: ErrorCode }
    | { __typename: 'ChildFileStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   };

export type RecordWelfareTalkMutationVariables = Exact<{
  input: RecordWelfareTalkInput;
}>;


export type RecordWelfareTalkMutation = { __typename: 'Mutation', recordWelfareTalk:
    | { __typename: 'ChildFile', headTeacherName?: string | null, studentNumber?: string | null, personalFile?: string | null, growthFile?: string | null, openedAt: string, closingReason?: string | null, hiddenCaseCount: number, id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, counsellors: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }>, talks: Array<{ __typename: 'WelfareTalkView', id: string, kind: WelfareTalkKind, heldAt: string, byStaffName?: string | null, note: string }>, cases: Array<{ __typename: 'ChildFileLinkedCase', id: string, category: IncidentCategory, state: IncidentState, receivedAt: string }>, viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: boolean, updateFile: boolean, closeFile: boolean }, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } }
    | { __typename: 'ChildFileForbiddenError', code: ErrorCode }
    | { __typename: 'ChildFileNotFoundError', code: ErrorCode }
    | { __typename: 'ChildFileStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   };

export type CloseChildFileMutationVariables = Exact<{
  input: CloseChildFileInput;
}>;


export type CloseChildFileMutation = { __typename: 'Mutation', closeChildFile:
    | { __typename: 'ChildFile', headTeacherName?: string | null, studentNumber?: string | null, personalFile?: string | null, growthFile?: string | null, openedAt: string, closingReason?: string | null, hiddenCaseCount: number, id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, counsellors: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }>, talks: Array<{ __typename: 'WelfareTalkView', id: string, kind: WelfareTalkKind, heldAt: string, byStaffName?: string | null, note: string }>, cases: Array<{ __typename: 'ChildFileLinkedCase', id: string, category: IncidentCategory, state: IncidentState, receivedAt: string }>, viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: boolean, updateFile: boolean, closeFile: boolean }, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } }
    | { __typename: 'ChildFileForbiddenError', code: ErrorCode }
    | { __typename: 'ChildFileNotFoundError', code: ErrorCode }
    | { __typename: 'ChildFileStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   };

export type LinkChildFileCaseMutationVariables = Exact<{
  input: LinkChildFileCaseInput;
}>;


export type LinkChildFileCaseMutation = { __typename: 'Mutation', linkChildFileCase:
    | { __typename: 'ChildFile', headTeacherName?: string | null, studentNumber?: string | null, personalFile?: string | null, growthFile?: string | null, openedAt: string, closingReason?: string | null, hiddenCaseCount: number, id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, counsellors: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }>, talks: Array<{ __typename: 'WelfareTalkView', id: string, kind: WelfareTalkKind, heldAt: string, byStaffName?: string | null, note: string }>, cases: Array<{ __typename: 'ChildFileLinkedCase', id: string, category: IncidentCategory, state: IncidentState, receivedAt: string }>, viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: boolean, updateFile: boolean, closeFile: boolean }, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } }
    | { __typename: 'ChildFileForbiddenError', code: ErrorCode }
    | { __typename: 'ChildFileNotFoundError', code: ErrorCode }
    | { __typename: 'ChildFileStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   };

export type ChildFileFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ChildFileFormQuery = { __typename: 'Query', childFileForm: { __typename: 'ChildFileForm', categories: Array<string>, staff: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }> } };

export type UpdateChildFileMutationVariables = Exact<{
  input: UpdateChildFileInput;
}>;


export type UpdateChildFileMutation = { __typename: 'Mutation', updateChildFile:
    | { __typename: 'ChildFile', headTeacherName?: string | null, studentNumber?: string | null, personalFile?: string | null, growthFile?: string | null, openedAt: string, closingReason?: string | null, hiddenCaseCount: number, id: string, institutionName: string, className: string, childName: string, categories: Array<string>, closedAt?: string | null, counsellors: Array<{ __typename: 'ChildFileStaff', id: string, name: string, post: string }>, talks: Array<{ __typename: 'WelfareTalkView', id: string, kind: WelfareTalkKind, heldAt: string, byStaffName?: string | null, note: string }>, cases: Array<{ __typename: 'ChildFileLinkedCase', id: string, category: IncidentCategory, state: IncidentState, receivedAt: string }>, viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: boolean, updateFile: boolean, closeFile: boolean }, talkStatus: { __typename: 'WelfareTalkStatusView', lastTalkAt?: string | null, dueAt: string, isOverdue: boolean } }
    | { __typename: 'ChildFileForbiddenError', code: ErrorCode }
    | { __typename: 'ChildFileNotFoundError', code: ErrorCode }
    | { __typename: 'ChildFileStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   };

export type IntakeRegisterQueryVariables = Exact<{
  institutionId: Scalars['ID']['input'];
}>;


export type IntakeRegisterQuery = { __typename: 'Query', intakes?: { __typename: 'IntakeRegister', institutionId: string, institutionName: string, viewerCan: { __typename: 'ClassesViewerCan', manageClasses: boolean }, staffChoices: Array<{ __typename: 'StaffChoice', id: string, name: string, post: string }>, intakes: Array<{ __typename: 'Intake', id: string, name: string, enrolledAt: string, classes: Array<{ __typename: 'SchoolClass', id: string, name: string, headTeacherStaffId?: string | null, headTeacherName?: string | null, closedAt?: string | null }> }> } | null };

export type RecordIntakeMutationVariables = Exact<{
  input: RecordIntakeInput;
}>;


export type RecordIntakeMutation = { __typename: 'Mutation', recordIntake:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'Intake', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type RecordClassMutationVariables = Exact<{
  input: RecordClassInput;
}>;


export type RecordClassMutation = { __typename: 'Mutation', recordClass:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'CareStateError' }
    | { __typename: 'SchoolClass', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type AssignHeadTeacherMutationVariables = Exact<{
  input: AssignHeadTeacherInput;
}>;


export type AssignHeadTeacherMutation = { __typename: 'Mutation', assignHeadTeacher:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'CareStateError' }
    | { __typename: 'SchoolClass', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type CloseClassMutationVariables = Exact<{
  input: CloseClassInput;
}>;


export type CloseClassMutation = { __typename: 'Mutation', closeClass:
    | { __typename: 'CareForbiddenError' }
    | { __typename: 'CareNotFoundError' }
    | { __typename: 'CareStateError' }
    | { __typename: 'SchoolClass', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

type SchoolClassResultFields_CareForbiddenError_Fragment = { __typename: 'CareForbiddenError' };

type SchoolClassResultFields_CareNotFoundError_Fragment = { __typename: 'CareNotFoundError' };

type SchoolClassResultFields_CareStateError_Fragment = { __typename: 'CareStateError' };

type SchoolClassResultFields_SchoolClass_Fragment = { __typename: 'SchoolClass', id: string };

type SchoolClassResultFields_ValidationError_Fragment = { __typename: 'ValidationError', field?: string | null };

export type SchoolClassResultFieldsFragment =
  | SchoolClassResultFields_CareForbiddenError_Fragment
  | SchoolClassResultFields_CareNotFoundError_Fragment
  | SchoolClassResultFields_CareStateError_Fragment
  | SchoolClassResultFields_SchoolClass_Fragment
  | SchoolClassResultFields_ValidationError_Fragment
;

export type DormEntryFieldsFragment = { __typename: 'DormEntry', id: string, institutionId: string, institutionName: string, staffMemberId: string, staffName: string, staffRole: StaffRole, purpose: DormPurpose, purposeNote?: string | null, decision: DormDecision, refusal?: DormRefusal | null, isRegistrationRequired: boolean, enteredAt: string, exitedAt?: string | null, isNight: boolean, recordedByName: string, canRecordExit: boolean };

export type DormDoorQueryVariables = Exact<{ [key: string]: never; }>;


export type DormDoorQuery = { __typename: 'Query', dormDoor?: { __typename: 'DormDoor', institutionId: string, institutionName: string, isBoarding: boolean, canRecordEntry: boolean, nightStartMinute: number, nightEndMinute: number, inside: Array<{ __typename: 'DormEntry', id: string, institutionId: string, institutionName: string, staffMemberId: string, staffName: string, staffRole: StaffRole, purpose: DormPurpose, purposeNote?: string | null, decision: DormDecision, refusal?: DormRefusal | null, isRegistrationRequired: boolean, enteredAt: string, exitedAt?: string | null, isNight: boolean, recordedByName: string, canRecordExit: boolean }> } | null };

export type DormDoorPeopleQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type DormDoorPeopleQuery = { __typename: 'Query', dormDoorPeople: Array<{ __typename: 'DormDoorPerson', id: string, name: string, role: StaffRole, post: string }> };

export type DormEntriesQueryVariables = Exact<{
  filter?: InputMaybe<DormEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DormEntriesQuery = { __typename: 'Query', dormEntries: { __typename: 'DormEntryConnection', totalCount: number, items: Array<{ __typename: 'DormEntry', id: string, institutionId: string, institutionName: string, staffMemberId: string, staffName: string, staffRole: StaffRole, purpose: DormPurpose, purposeNote?: string | null, decision: DormDecision, refusal?: DormRefusal | null, isRegistrationRequired: boolean, enteredAt: string, exitedAt?: string | null, isNight: boolean, recordedByName: string, canRecordExit: boolean }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RecordDormEntryMutationVariables = Exact<{
  input: RecordDormEntryInput;
}>;


export type RecordDormEntryMutation = { __typename: 'Mutation', recordDormEntry:
    | { __typename: 'DormEntry', id: string, institutionId: string, institutionName: string, staffMemberId: string, staffName: string, staffRole: StaffRole, purpose: DormPurpose, purposeNote?: string | null, decision: DormDecision, refusal?: DormRefusal | null, isRegistrationRequired: boolean, enteredAt: string, exitedAt?: string | null, isNight: boolean, recordedByName: string, canRecordExit: boolean }
    | { __typename: 'DormEntryRefusedError', reason: DormRefusal, attempt: { __typename: 'DormEntry', id: string, institutionId: string, institutionName: string, staffMemberId: string, staffName: string, staffRole: StaffRole, purpose: DormPurpose, purposeNote?: string | null, decision: DormDecision, refusal?: DormRefusal | null, isRegistrationRequired: boolean, enteredAt: string, exitedAt?: string | null, isNight: boolean, recordedByName: string, canRecordExit: boolean } }
    | { __typename: 'DormForbiddenError', ruleId: string }
    | { __typename: 'DormNotFoundError' }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type RecordDormExitMutationVariables = Exact<{
  input: RecordDormExitInput;
}>;


export type RecordDormExitMutation = { __typename: 'Mutation', recordDormExit:
    | { __typename: 'DormEntry', id: string, institutionId: string, institutionName: string, staffMemberId: string, staffName: string, staffRole: StaffRole, purpose: DormPurpose, purposeNote?: string | null, decision: DormDecision, refusal?: DormRefusal | null, isRegistrationRequired: boolean, enteredAt: string, exitedAt?: string | null, isNight: boolean, recordedByName: string, canRecordExit: boolean }
    | { __typename: 'DormForbiddenError', code: ErrorCode }
    | { __typename: 'DormNotFoundError', code: ErrorCode }
    | { __typename: 'DormStateError', code: ErrorCode }
   };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { __typename: 'Query', myWork: { __typename: 'MyWork', home: ViewerHome, totalCount: number, items: Array<{ __typename: 'WorkItem', kind: WorkItemKind, ruleId: string, caseId?: string | null, caseCategory?: IncidentCategory | null, caseRecordedAt?: string | null, staffId?: string | null, staffName?: string | null, staffRole?: StaffRole | null, dueAt?: string | null, isOverdue: boolean, isChildInDanger: boolean, openSteps: Array<EmergencyStep> }>, careGaps: { __typename: 'MyCareGaps', institutionId?: string | null, total: number, canOpenList: boolean, first: Array<{ __typename: 'PreventionGapItem', code: PreventionGapCode, ruleId: string, clause: string, subjectKind?: GapSubjectKind | null, label?: string | null, isSubjectHidden: boolean, responsibleStaffName?: string | null, fixPath: GapFixPath, fixTargetId?: string | null }> }, reportedCases: Array<{ __typename: 'ReportedCase', id: string, category: IncidentCategory, state: IncidentState, reportingStatus: ReportingStatus, recordedAt: string, policeReportDueAt?: string | null, policeReportedAt?: string | null }> } };

export type BullyingStepsFieldsFragment = { __typename: 'BullyingSteps', caseId: string, nextStep?: BullyingStep | null, viewerCan: { __typename: 'BullyingStepsViewerCan', recordStep: boolean }, steps: Array<{ __typename: 'BullyingStepView', step: BullyingStep, status: BullyingStepStatus, dueAt: string, completedAt?: string | null, isLate: boolean, note?: string | null, recordedBy?: string | null }> };

export type CaseBullyingStepsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseBullyingStepsQuery = { __typename: 'Query', case?: { __typename: 'Case', id: string, bullyingSteps?: { __typename: 'BullyingSteps', caseId: string, nextStep?: BullyingStep | null, viewerCan: { __typename: 'BullyingStepsViewerCan', recordStep: boolean }, steps: Array<{ __typename: 'BullyingStepView', step: BullyingStep, status: BullyingStepStatus, dueAt: string, completedAt?: string | null, isLate: boolean, note?: string | null, recordedBy?: string | null }> } | null } | null };

export type RecordBullyingStepMutationVariables = Exact<{
  input: RecordBullyingStepInput;
}>;


export type RecordBullyingStepMutation = { __typename: 'Mutation', recordBullyingStep:
    | { __typename: 'BullyingSteps', caseId: string, nextStep?: BullyingStep | null, viewerCan: { __typename: 'BullyingStepsViewerCan', recordStep: boolean }, steps: Array<{ __typename: 'BullyingStepView', step: BullyingStep, status: BullyingStepStatus, dueAt: string, completedAt?: string | null, isLate: boolean, note?: string | null, recordedBy?: string | null }> }
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type CaseSummaryFieldsFragment = { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null };

export type CaseDetailFieldsFragment = { __typename: 'Case', suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> } };

export type CaseConfidentialFieldsFragment = { __typename: 'Case', childStatement?: string | null, child?: { __typename: 'ChildIdentity', name: string, className: string } | null };

export type CaseWelfareFieldsFragment = { __typename: 'Case', welfareNotes?: Array<{ __typename: 'WelfareNote', id: string, concernNote: string, guardianToldAt?: string | null, isStudySuspended: boolean, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }> | null };

export type CasesQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
}>;


export type CasesQuery = { __typename: 'Query', cases: { __typename: 'CaseConnection', totalCount: number, isTotalCountCapped: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'CaseEdge', cursor: string, node: { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null } }> } };

export type CaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseQuery = { __typename: 'Query', case?: { __typename: 'Case', canStartUnannouncedInspection: boolean, id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, childStatement?: string | null, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> }, child?: { __typename: 'ChildIdentity', name: string, className: string } | null, welfareNotes?: Array<{ __typename: 'WelfareNote', id: string, concernNote: string, guardianToldAt?: string | null, isStudySuspended: boolean, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }> | null } | null };

export type ReportingChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingChannelsQuery = { __typename: 'Query', reportingChannels: { __typename: 'ReportingChannels', mailbox: string, hotline: string } };

export type ReportableStaffQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReportableStaffQuery = { __typename: 'Query', reportableStaff: Array<{ __typename: 'ReportableStaffMember', id: string, name: string, role: StaffRole }> };

export type RecordDisclosureMutationVariables = Exact<{
  input: RecordDisclosureInput;
}>;


export type RecordDisclosureMutation = { __typename: 'Mutation', recordDisclosure:
    | { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> } }
    | { __typename: 'ReportingTimeError', code: ErrorCode, message: string, problem: ReportingTimeProblem, ruleId: string, field?: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type AcknowledgeCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type AcknowledgeCaseMutation = { __typename: 'Mutation', acknowledgeCase:
    | { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> } }
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string, forbiddenRuleId?: string | null }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TransitionRefusedError', code: ErrorCode, message: string, refusal: TransitionRefusal, ruleId: string, breachRecorded?: BreachCode | null }
   };

export type CompleteEmergencyStepMutationVariables = Exact<{
  input: CompleteEmergencyStepInput;
}>;


export type CompleteEmergencyStepMutation = { __typename: 'Mutation', completeEmergencyStep:
    | { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> } }
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string, forbiddenRuleId?: string | null }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReportingTimeError', code: ErrorCode, message: string, problem: ReportingTimeProblem, ruleId: string, field?: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type RecordPoliceReportMutationVariables = Exact<{
  input: RecordPoliceReportInput;
}>;


export type RecordPoliceReportMutation = { __typename: 'Mutation', recordPoliceReport:
    | { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> } }
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string, forbiddenRuleId?: string | null }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReportingTimeError', code: ErrorCode, message: string, problem: ReportingTimeProblem, ruleId: string, field?: string | null }
    | { __typename: 'TransitionRefusedError', code: ErrorCode, message: string, refusal: TransitionRefusal, ruleId: string, breachRecorded?: BreachCode | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type RecordExternalSourceMutationVariables = Exact<{
  input: RecordExternalSourceInput;
}>;


export type RecordExternalSourceMutation = { __typename: 'Mutation', recordExternalSource:
    | { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> } }
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string, forbiddenRuleId?: string | null }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReportingTimeError', code: ErrorCode, message: string, problem: ReportingTimeProblem, ruleId: string, field?: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { __typename: 'Mutation', closeCase:
    | { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> } }
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string, forbiddenRuleId?: string | null }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TransitionRefusedError', code: ErrorCode, message: string, refusal: TransitionRefusal, ruleId: string, breachRecorded?: BreachCode | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type RecordWelfareNoteMutationVariables = Exact<{
  input: RecordWelfareNoteInput;
}>;


export type RecordWelfareNoteMutation = { __typename: 'Mutation', recordWelfareNote:
    | { __typename: 'Case', id: string, institutionId: string, institutionName: string, category: IncidentCategory, suspectType: SuspectType, state: IncidentState, isConfidential: boolean, isChildInDanger: boolean, receivedAt: string, recordedAt: string, acknowledgedAt?: string | null, closedAt?: string | null, closingReason?: ClosingReason | null, suspectDescription?: string | null, isSuspectHead: boolean, channel: DisclosureChannel, isHeadInConflict: boolean, access: CaseAccess, reporting: { __typename: 'CaseReporting', status: ReportingStatus, isPoliceReportRequired: boolean, headNotificationDueAt: string, policeReportDueAt: string, isHeadNotificationLate: boolean, assessedAt: string }, breaches: Array<{ __typename: 'CaseBreach', code: BreachCode, hop: ReportingHop, ruleIds: Array<string>, occurredAt: string, recordedAt: string }>, policeReport?: { __typename: 'PoliceReport', reportedAt: string, policeStation: string, receiptNumber: string, officerName?: string | null, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } } | null, reporter: { __typename: 'CasePerson', id: string, displayName: string }, acknowledgedBy?: { __typename: 'CasePerson', id: string, displayName: string } | null, emergencyChecklist: Array<{ __typename: 'EmergencyChecklistItem', step: EmergencyStep, ruleId: string, doneAt?: string | null, doneBy?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, externalSources: Array<{ __typename: 'ExternalSourceRecord', source: ExternalSource, learnedAt: string, note?: string | null, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }>, timeline: Array<{ __typename: 'CaseEvent', kind: CaseEventKind, at: string, detail?: string | null, deadline?: DeadlineKind | null, dueAt?: string | null, deadlineOutcome?: DeadlineOutcome | null, actor?: { __typename: 'CasePerson', id: string, displayName: string } | null }>, viewerCan: { __typename: 'CaseActions', canAcknowledge: boolean, canCompleteEmergencyStep: boolean, canRecordPoliceReport: boolean, canRecordExternalSource: boolean, canClose: boolean, canRecordWelfareNote: boolean, closingReasons: Array<{ __typename: 'ClosingReasonOption', reason: ClosingReason, isAllowed: boolean, ruleId: string, refusal?: TransitionRefusal | null }> }, welfareNotes?: Array<{ __typename: 'WelfareNote', id: string, concernNote: string, guardianToldAt?: string | null, isStudySuspended: boolean, recordedAt: string, recordedBy: { __typename: 'CasePerson', id: string, displayName: string } }> | null }
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string, forbiddenRuleId?: string | null }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type NotificationItemFragment = { __typename: 'Notification', id: string, kind: NotificationKind, caseId?: string | null, title: string, body: string, urgent: boolean, createdAt: string, readAt?: string | null, facts?: { __typename: 'NotificationFacts', institutionName: string, category?: IncidentCategory | null, deadlineKind?: DeadlineKind | null, dueAt?: string | null, hazardItemZh?: string | null, hazardItemEn?: string | null, hazardId?: string | null, isChildInDanger: boolean } | null };

export type SetMyLanguageMutationVariables = Exact<{
  language: AccountLanguage;
}>;


export type SetMyLanguageMutation = { __typename: 'Mutation', setMyLanguage: { __typename: 'Viewer', id: string, language: AccountLanguage } };

export type MyNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyNotificationsQuery = { __typename: 'Query', myNotifications: { __typename: 'NotificationConnection', unreadCount: number, urgentUnread: Array<{ __typename: 'Notification', id: string, kind: NotificationKind, caseId?: string | null, title: string, body: string, urgent: boolean, createdAt: string, readAt?: string | null, facts?: { __typename: 'NotificationFacts', institutionName: string, category?: IncidentCategory | null, deadlineKind?: DeadlineKind | null, dueAt?: string | null, hazardItemZh?: string | null, hazardItemEn?: string | null, hazardId?: string | null, isChildInDanger: boolean } | null }>, edges: Array<{ __typename: 'NotificationEdge', cursor: string, node: { __typename: 'Notification', id: string, kind: NotificationKind, caseId?: string | null, title: string, body: string, urgent: boolean, createdAt: string, readAt?: string | null, facts?: { __typename: 'NotificationFacts', institutionName: string, category?: IncidentCategory | null, deadlineKind?: DeadlineKind | null, dueAt?: string | null, hazardItemZh?: string | null, hazardItemEn?: string | null, hazardId?: string | null, isChildInDanger: boolean } | null } }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename: 'Mutation', markNotificationRead:
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Notification', id: string, readAt?: string | null }
   };

export type IncidentInstitutionOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncidentInstitutionOptionsQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', edges: Array<{ __typename: 'InstitutionEdge', node: { __typename: 'Institution', id: string, name: string } }> } };

export type MyNotificationsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsChangedSubscription = { __typename: 'Subscription', myNotificationsChanged: { __typename: 'LiveSignal', at: string } };

export type CaseChangedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseChangedSubscription = { __typename: 'Subscription', caseChanged: { __typename: 'LiveSignal', at: string } };

export type InspectionCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionCampaignsQuery = { __typename: 'Query', inspectionCampaigns: { __typename: 'InspectionCampaignList', canOpen: boolean, items: Array<{ __typename: 'InspectionCampaign', id: string, name: string, startsAt: string, endsAt: string, institutionCount: number, selfInspectionsSubmitted: number, ownSelfInspectionId?: string | null, ownSelfInspectionSubmittedAt?: string | null, viewerCan: { __typename: 'InspectionCampaignActions', canStartSelfInspection: boolean } }> } };

export type InspectionTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionTemplatesQuery = { __typename: 'Query', inspectionTemplates: Array<{ __typename: 'InspectionTemplate', id: string, nameZh: string, nameEn: string }> };

export type InspectionCampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionCampaignQuery = { __typename: 'Query', inspectionCampaign?: { __typename: 'InspectionCampaign', id: string, name: string, startsAt: string, endsAt: string, templateNameZh: string, templateNameEn: string, institutionCount: number, selfInspectionsSubmitted: number, institutions: Array<{ __typename: 'CampaignInstitution', institutionId: string, institutionName: string, institutionKind: InstitutionKind, selfInspectionId?: string | null, submittedAt?: string | null }> } | null };

export type OpenInspectionCampaignMutationVariables = Exact<{
  input: OpenInspectionCampaignInput;
}>;


export type OpenInspectionCampaignMutation = { __typename: 'Mutation', openInspectionCampaign:
    | { __typename: 'InspectionCampaign', id: string }
    | { __typename: 'InspectionForbiddenError', code: ErrorCode }
    | { __typename: 'InspectionNotFoundError', code: ErrorCode }
    | { __typename: 'InspectionStateError', code: ErrorCode }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type StartInspectionMutationVariables = Exact<{
  input: StartInspectionInput;
}>;


export type StartInspectionMutation = { __typename: 'Mutation', startInspection:
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionForbiddenError', code: ErrorCode }
    | { __typename: 'InspectionNotFoundError', code: ErrorCode }
    | { __typename: 'InspectionStateError', code: ErrorCode }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type InspectionFieldsFragment = { __typename: 'Inspection', id: string, kind: InspectionKind, campaignName?: string | null, institutionId: string, institutionName: string, startedAt: string, submittedAt?: string | null, viewerCan: { __typename: 'InspectionActions', canRecordItem: boolean, canSubmit: boolean }, items: Array<{ __typename: 'InspectionItem', result?: InspectionResult | null, note?: string | null, hazardId?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, group: InspectionItemGroup, ruleId: string, textZh: string, textEn: string } }> };

export type InspectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionQuery = { __typename: 'Query', inspection?: { __typename: 'Inspection', id: string, kind: InspectionKind, campaignName?: string | null, institutionId: string, institutionName: string, startedAt: string, submittedAt?: string | null, viewerCan: { __typename: 'InspectionActions', canRecordItem: boolean, canSubmit: boolean }, items: Array<{ __typename: 'InspectionItem', result?: InspectionResult | null, note?: string | null, hazardId?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, group: InspectionItemGroup, ruleId: string, textZh: string, textEn: string } }> } | null };

export type RecordInspectionItemMutationVariables = Exact<{
  input: RecordInspectionItemInput;
}>;


export type RecordInspectionItemMutation = { __typename: 'Mutation', recordInspectionItem:
    | { __typename: 'Inspection', id: string, kind: InspectionKind, campaignName?: string | null, institutionId: string, institutionName: string, startedAt: string, submittedAt?: string | null, viewerCan: { __typename: 'InspectionActions', canRecordItem: boolean, canSubmit: boolean }, items: Array<{ __typename: 'InspectionItem', result?: InspectionResult | null, note?: string | null, hazardId?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, group: InspectionItemGroup, ruleId: string, textZh: string, textEn: string } }> }
    | { __typename: 'InspectionForbiddenError', code: ErrorCode }
    | { __typename: 'InspectionNotFoundError', code: ErrorCode }
    | { __typename: 'InspectionStateError', code: ErrorCode }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type SubmitInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
}>;


export type SubmitInspectionMutation = { __typename: 'Mutation', submitInspection:
    | { __typename: 'Inspection', id: string, kind: InspectionKind, campaignName?: string | null, institutionId: string, institutionName: string, startedAt: string, submittedAt?: string | null, viewerCan: { __typename: 'InspectionActions', canRecordItem: boolean, canSubmit: boolean }, items: Array<{ __typename: 'InspectionItem', result?: InspectionResult | null, note?: string | null, hazardId?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, group: InspectionItemGroup, ruleId: string, textZh: string, textEn: string } }> }
    | { __typename: 'InspectionForbiddenError', code: ErrorCode }
    | { __typename: 'InspectionNotFoundError', code: ErrorCode }
    | { __typename: 'InspectionStateError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   };

export type HazardsQueryVariables = Exact<{
  filter?: InputMaybe<HazardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HazardsQuery = { __typename: 'Query', hazards: { __typename: 'HazardList', totalCount: number, items: Array<{ __typename: 'Hazard', id: string, institutionName: string, description: string, foundAt: string, dueAt?: string | null, ownerName?: string | null, status: HazardStatus, stage: HazardStage, item: { __typename: 'InspectionTemplateItem', id: string, textZh: string, textEn: string }, photos: Array<{ __typename: 'Photo', id: string, thumbnailUrl: string }> }> } };

export type HazardFieldsFragment = { __typename: 'Hazard', id: string, institutionId: string, institutionName: string, inspectionId: string, inspectionKind: InspectionKind, description: string, foundAt: string, ownerStaffId?: string | null, ownerName?: string | null, dueAt?: string | null, status: HazardStatus, missing: Array<string>, stage: HazardStage, rectifiedAt?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, ruleId: string, textZh: string, textEn: string }, rectifications: Array<{ __typename: 'Rectification', id: string, note: string, recordedAt: string, recordedByName: string, verification: RectificationVerification, verifiedAt?: string | null, sendBackReason?: string | null, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, viewerCan: { __typename: 'HazardActions', canAssign: boolean, canRecordRectification: boolean, canVerify: boolean } };

export type HazardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HazardQuery = { __typename: 'Query', hazard?: { __typename: 'Hazard', id: string, institutionId: string, institutionName: string, inspectionId: string, inspectionKind: InspectionKind, description: string, foundAt: string, ownerStaffId?: string | null, ownerName?: string | null, dueAt?: string | null, status: HazardStatus, missing: Array<string>, stage: HazardStage, rectifiedAt?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, ruleId: string, textZh: string, textEn: string }, rectifications: Array<{ __typename: 'Rectification', id: string, note: string, recordedAt: string, recordedByName: string, verification: RectificationVerification, verifiedAt?: string | null, sendBackReason?: string | null, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, viewerCan: { __typename: 'HazardActions', canAssign: boolean, canRecordRectification: boolean, canVerify: boolean } } | null };

export type AssignHazardMutationVariables = Exact<{
  input: AssignHazardInput;
}>;


export type AssignHazardMutation = { __typename: 'Mutation', assignHazard:
    | { __typename: 'Hazard', id: string, institutionId: string, institutionName: string, inspectionId: string, inspectionKind: InspectionKind, description: string, foundAt: string, ownerStaffId?: string | null, ownerName?: string | null, dueAt?: string | null, status: HazardStatus, missing: Array<string>, stage: HazardStage, rectifiedAt?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, ruleId: string, textZh: string, textEn: string }, rectifications: Array<{ __typename: 'Rectification', id: string, note: string, recordedAt: string, recordedByName: string, verification: RectificationVerification, verifiedAt?: string | null, sendBackReason?: string | null, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, viewerCan: { __typename: 'HazardActions', canAssign: boolean, canRecordRectification: boolean, canVerify: boolean } }
    | { __typename: 'InspectionForbiddenError', code: ErrorCode }
    | { __typename: 'InspectionNotFoundError', code: ErrorCode }
    | { __typename: 'InspectionStateError', code: ErrorCode }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type RecordRectificationMutationVariables = Exact<{
  input: RecordRectificationInput;
}>;


export type RecordRectificationMutation = { __typename: 'Mutation', recordRectification:
    | { __typename: 'Hazard', id: string, institutionId: string, institutionName: string, inspectionId: string, inspectionKind: InspectionKind, description: string, foundAt: string, ownerStaffId?: string | null, ownerName?: string | null, dueAt?: string | null, status: HazardStatus, missing: Array<string>, stage: HazardStage, rectifiedAt?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, ruleId: string, textZh: string, textEn: string }, rectifications: Array<{ __typename: 'Rectification', id: string, note: string, recordedAt: string, recordedByName: string, verification: RectificationVerification, verifiedAt?: string | null, sendBackReason?: string | null, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, viewerCan: { __typename: 'HazardActions', canAssign: boolean, canRecordRectification: boolean, canVerify: boolean } }
    | { __typename: 'InspectionForbiddenError', code: ErrorCode }
    | { __typename: 'InspectionNotFoundError', code: ErrorCode }
    | { __typename: 'InspectionStateError', code: ErrorCode }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type VerifyRectificationMutationVariables = Exact<{
  input: VerifyRectificationInput;
}>;


export type VerifyRectificationMutation = { __typename: 'Mutation', verifyRectification:
    | { __typename: 'Hazard', id: string, institutionId: string, institutionName: string, inspectionId: string, inspectionKind: InspectionKind, description: string, foundAt: string, ownerStaffId?: string | null, ownerName?: string | null, dueAt?: string | null, status: HazardStatus, missing: Array<string>, stage: HazardStage, rectifiedAt?: string | null, item: { __typename: 'InspectionTemplateItem', id: string, code: string, ruleId: string, textZh: string, textEn: string }, rectifications: Array<{ __typename: 'Rectification', id: string, note: string, recordedAt: string, recordedByName: string, verification: RectificationVerification, verifiedAt?: string | null, sendBackReason?: string | null, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, viewerCan: { __typename: 'HazardActions', canAssign: boolean, canRecordRectification: boolean, canVerify: boolean } }
    | { __typename: 'InspectionForbiddenError', code: ErrorCode }
    | { __typename: 'InspectionNotFoundError', code: ErrorCode }
    | { __typename: 'InspectionStateError', code: ErrorCode }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type HazardOwnersQueryVariables = Exact<{
  institutionId: Scalars['ID']['input'];
}>;


export type HazardOwnersQuery = { __typename: 'Query', staff: { __typename: 'StaffConnection', edges: Array<{ __typename: 'StaffEdge', node: { __typename: 'StaffMember', id: string, name: string } }> } };

export type InstitutionsQueryVariables = Exact<{
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstitutionsQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'InstitutionEdge', cursor: string, node: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind, address: string, headName?: string | null, supervisingSection: UnitCode } }> } };

export type InstitutionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionQuery = { __typename: 'Query', institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind, address: string, headName?: string | null, supervisingSection: UnitCode, supervisingSectionIsDistrictDefault: boolean, isApplyingToOpen: boolean, duties: Array<{ __typename: 'InstitutionDuty', duty: DutyCode, responsibilities: Array<{ __typename: 'Responsibility', unit: UnitCode, ruleId: string, clause: string }> }> } | null };

export type SetOpeningApplicationMutationVariables = Exact<{
  input: SetOpeningApplicationInput;
}>;


export type SetOpeningApplicationMutation = { __typename: 'Mutation', setOpeningApplication:
    | { __typename: 'Institution', id: string, isApplyingToOpen: boolean }
    | { __typename: 'OpeningApplicationForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'OpeningInstitutionNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OpeningNotApplicableError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type ResponsibilityMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponsibilityMatrixQuery = { __typename: 'Query', responsibilityMatrix: Array<{ __typename: 'MatrixCell', duty: DutyCode, kind: InstitutionKind, responsibilities: Array<{ __typename: 'Responsibility', unit: UnitCode, ruleId: string, clause: string }> }> };

export type MailOutboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MailOutboxQuery = { __typename: 'Query', mailOutbox: { __typename: 'OutboxMailConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'OutboxMailEdge', cursor: string, node: { __typename: 'OutboxMail', id: string, recipientUsername?: string | null, recipientDisplayName?: string | null, to: string, kind?: NotificationKind | null, status: MailDeliveryStatus, createdAt: string, sentAt?: string | null, lastFailedAt?: string | null, failedAttempts: number } }> } };

export type OversightIndicatorFieldsFragment = { __typename: 'OversightIndicator', id: string, ruleIds: Array<string>, unit: IndicatorUnit, value?: number | null, rag: Rag, isPeriodic: boolean, drill: { __typename: 'IndicatorDrill', list: DrillList, state?: string | null, breach?: string | null, overdue: boolean, dueKind?: DueCheckKind | null, hazardStatuses: Array<HazardStatus> } };

export type OversightQueryVariables = Exact<{
  filter?: InputMaybe<OversightFilter>;
  table?: InputMaybe<OversightTablePage>;
}>;


export type OversightQuery = { __typename: 'Query', oversight: { __typename: 'Oversight', policeDeadlineMinutes: number, period: { __typename: 'OversightPeriod', kind: PeriodKind, start: string, end: string }, indicators: Array<{ __typename: 'OversightIndicator', id: string, ruleIds: Array<string>, unit: IndicatorUnit, value?: number | null, rag: Rag, isPeriodic: boolean, drill: { __typename: 'IndicatorDrill', list: DrillList, state?: string | null, breach?: string | null, overdue: boolean, dueKind?: DueCheckKind | null, hazardStatuses: Array<HazardStatus> } }>, trend: Array<{ __typename: 'MonthlyCategoryCount', month: string, category: IncidentCategory, count: number }>, timeToPolice: Array<{ __typename: 'TimeToPoliceBucket', fromMinutes: number, toMinutes?: number | null, count: number, isWithinDeadline: boolean }>, breachesBySection: Array<{ __typename: 'SectionBreachCount', section: SupervisingSection, breach: BreachCode, count: number }>, coverageByKind: Array<{ __typename: 'KindCoverage', kind: InstitutionKind, activeStaff: number, currentStaff: number, coverage?: number | null, rag: Rag }>, table: { __typename: 'OversightTable', totalCount: number, rows: Array<{ __typename: 'OversightInstitutionRow', institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind, street?: string | null }, cells: Array<{ __typename: 'OversightCell', id: string, value?: number | null, rag: Rag }> }> } } };

export type InstitutionRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionRecordQuery = { __typename: 'Query', institutionRecord?: { __typename: 'InstitutionRecord', institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind, street?: string | null, address: string }, period: { __typename: 'OversightPeriod', kind: PeriodKind, start: string, end: string }, indicators: Array<{ __typename: 'OversightIndicator', id: string, ruleIds: Array<string>, unit: IndicatorUnit, value?: number | null, rag: Rag, isPeriodic: boolean, drill: { __typename: 'IndicatorDrill', list: DrillList, state?: string | null, breach?: string | null, overdue: boolean, dueKind?: DueCheckKind | null, hazardStatuses: Array<HazardStatus> } }>, months: Array<{ __typename: 'InstitutionMonth', month: string, start: string, end: string, casesRecorded: number, cells: Array<{ __typename: 'OversightCell', id: string, value?: number | null, rag: Rag }> }> } | null };

export type OversightNavQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightNavQuery = { __typename: 'Query', me?: { __typename: 'Viewer', id: string, canViewDashboard: boolean } | null };

export type PlaceRegisterFieldsFragment = { __typename: 'MonitoredPlaceRegister', institutionId: string, institutionName: string, institutionKind: InstitutionKind, lastBlindSpotSelfInspectionOn?: string | null, blindSpotSelfInspectionDueAt: string, places: Array<{ __typename: 'MonitoredPlace', id: string, name: string, kind: MonitoredPlaceKind, roomType?: OneToOneRoomType | null, isMonitored: boolean, cameraCount: number, note?: string | null, isGap: boolean, updatedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, gaps: Array<{ __typename: 'PlaceGap', code: PreventionGapCode, ruleId: string, placeId?: string | null }>, viewerCan: { __typename: 'PlaceRegisterActions', recordPlace: boolean, recordBlindSpotSelfInspection: boolean } };

export type MonitoredPlacesQueryVariables = Exact<{
  institutionId: Scalars['ID']['input'];
}>;


export type MonitoredPlacesQuery = { __typename: 'Query', monitoredPlaces?: { __typename: 'MonitoredPlaceRegister', institutionId: string, institutionName: string, institutionKind: InstitutionKind, lastBlindSpotSelfInspectionOn?: string | null, blindSpotSelfInspectionDueAt: string, places: Array<{ __typename: 'MonitoredPlace', id: string, name: string, kind: MonitoredPlaceKind, roomType?: OneToOneRoomType | null, isMonitored: boolean, cameraCount: number, note?: string | null, isGap: boolean, updatedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, gaps: Array<{ __typename: 'PlaceGap', code: PreventionGapCode, ruleId: string, placeId?: string | null }>, viewerCan: { __typename: 'PlaceRegisterActions', recordPlace: boolean, recordBlindSpotSelfInspection: boolean } } | null };

export type RecordMonitoredPlaceMutationVariables = Exact<{
  input: RecordMonitoredPlaceInput;
}>;


export type RecordMonitoredPlaceMutation = { __typename: 'Mutation', recordMonitoredPlace:
    | { __typename: 'MonitoredPlaceRegister', institutionId: string, institutionName: string, institutionKind: InstitutionKind, lastBlindSpotSelfInspectionOn?: string | null, blindSpotSelfInspectionDueAt: string, places: Array<{ __typename: 'MonitoredPlace', id: string, name: string, kind: MonitoredPlaceKind, roomType?: OneToOneRoomType | null, isMonitored: boolean, cameraCount: number, note?: string | null, isGap: boolean, updatedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, gaps: Array<{ __typename: 'PlaceGap', code: PreventionGapCode, ruleId: string, placeId?: string | null }>, viewerCan: { __typename: 'PlaceRegisterActions', recordPlace: boolean, recordBlindSpotSelfInspection: boolean } }
    | { __typename: 'PlaceForbiddenError', ruleId: string }
    | { __typename: 'PlaceNotFoundError' }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type RecordBlindSpotSelfInspectionMutationVariables = Exact<{
  input: RecordBlindSpotSelfInspectionInput;
}>;


export type RecordBlindSpotSelfInspectionMutation = { __typename: 'Mutation', recordBlindSpotSelfInspection:
    | { __typename: 'MonitoredPlaceRegister', institutionId: string, institutionName: string, institutionKind: InstitutionKind, lastBlindSpotSelfInspectionOn?: string | null, blindSpotSelfInspectionDueAt: string, places: Array<{ __typename: 'MonitoredPlace', id: string, name: string, kind: MonitoredPlaceKind, roomType?: OneToOneRoomType | null, isMonitored: boolean, cameraCount: number, note?: string | null, isGap: boolean, updatedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, gaps: Array<{ __typename: 'PlaceGap', code: PreventionGapCode, ruleId: string, placeId?: string | null }>, viewerCan: { __typename: 'PlaceRegisterActions', recordPlace: boolean, recordBlindSpotSelfInspection: boolean } }
    | { __typename: 'PlaceForbiddenError', ruleId: string }
    | { __typename: 'PlaceNotFoundError' }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type PlaceRegistersQueryVariables = Exact<{
  filter?: InputMaybe<PlaceRegisterFilter>;
}>;


export type PlaceRegistersQuery = { __typename: 'Query', placeRegisters: Array<{ __typename: 'PlaceRegisterSummary', institutionId: string, institutionName: string, institutionKind: InstitutionKind, street?: string | null, placeCount: number, oneToOneRooms: number, unmonitoredOneToOneRooms: number, lastBlindSpotSelfInspectionOn?: string | null, blindSpotSelfInspectionDueAt: string, isBlindSpotSelfInspectionDue: boolean, gaps: Array<PreventionGapCode> }> };

export type StaffRowFieldsFragment = { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, institution: { __typename: 'Institution', id: string, name: string } };

export type VettingDecisionFieldsFragment = { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> };

export type MisconductCaseFieldsFragment = { __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } };

export type StaffMemberFieldsFragment = { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, idNumber?: string | null, phone: string, hasStudentAccess: boolean, startedAt?: string | null, activatedAt?: string | null, createdAt: string, institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind }, vetting: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, checksWithFindings: Array<VettingCheckKind>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> }, checks: Array<{ __typename: 'VettingCheckRecord', id: string, check: VettingCheckKind, outcome: CheckOutcome, checkedAt: string, checkedBy: string, system: string, referenceNumber: string, recordedBy: CheckRecorder, recordedAt: string, findings: Array<CriminalFinding> }>, qualifications: Array<{ __typename: 'Qualification', id: string, kind: QualificationKind, number: string, issuedAt: string, isRevoked: boolean, revokedAt?: string | null, revokedRuleId?: string | null }>, interviews: Array<{ __typename: 'ReminderInterview', id: string, interviewedAt: string, interviewer: string, notes: string }>, dueDates?: { __typename: 'InServiceDueDates', recheck?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null, reminderInterview?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null } | null, misconductCases: Array<{ __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }>, viewerCan: { __typename: 'StaffMemberActions', canActivate: boolean, canRecordQualification: boolean, canRecordInterview: boolean, canOpenMisconductCase: boolean, canReadIdNumber: boolean, recordableChecks: Array<VettingCheckKind> } };

export type StaffListQueryVariables = Exact<{
  filter?: InputMaybe<StaffFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffListQuery = { __typename: 'Query', staff: { __typename: 'StaffConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'StaffEdge', cursor: string, node: { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, institution: { __typename: 'Institution', id: string, name: string } } }> } };

export type StaffMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffMemberQuery = { __typename: 'Query', staffMember?: { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, idNumber?: string | null, phone: string, hasStudentAccess: boolean, startedAt?: string | null, activatedAt?: string | null, createdAt: string, institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind }, vetting: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, checksWithFindings: Array<VettingCheckKind>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> }, checks: Array<{ __typename: 'VettingCheckRecord', id: string, check: VettingCheckKind, outcome: CheckOutcome, checkedAt: string, checkedBy: string, system: string, referenceNumber: string, recordedBy: CheckRecorder, recordedAt: string, findings: Array<CriminalFinding> }>, qualifications: Array<{ __typename: 'Qualification', id: string, kind: QualificationKind, number: string, issuedAt: string, isRevoked: boolean, revokedAt?: string | null, revokedRuleId?: string | null }>, interviews: Array<{ __typename: 'ReminderInterview', id: string, interviewedAt: string, interviewer: string, notes: string }>, dueDates?: { __typename: 'InServiceDueDates', recheck?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null, reminderInterview?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null } | null, misconductCases: Array<{ __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }>, viewerCan: { __typename: 'StaffMemberActions', canActivate: boolean, canRecordQualification: boolean, canRecordInterview: boolean, canOpenMisconductCase: boolean, canReadIdNumber: boolean, recordableChecks: Array<VettingCheckKind> } } | null };

export type DueChecksQueryVariables = Exact<{
  filter?: InputMaybe<DueCheckFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DueChecksQuery = { __typename: 'Query', dueChecks: { __typename: 'DueCheckList', totalCount: number, overdueCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, items: Array<{ __typename: 'DueCheck', kind: DueCheckKind, staffId: string, staffName: string, idNumberMasked: string, role: StaffRole, institutionId: string, institutionName: string, lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, supervisedBy: Array<UnitCode> }> } };

export type AllowedMisconductOutcomesQueryVariables = Exact<{
  staffId: Scalars['ID']['input'];
  factsVerified: Scalars['Boolean']['input'];
  severity: MisconductSeverity;
  involvesCrime: Scalars['Boolean']['input'];
}>;


export type AllowedMisconductOutcomesQuery = { __typename: 'Query', staffMember?: { __typename: 'StaffMember', id: string, misconductCases: Array<{ __typename: 'MisconductCase', id: string, allowedOutcomes: { __typename: 'MisconductOptions', isInvestigationNeeded: boolean, options: Array<{ __typename: 'MisconductOption', outcome: MisconductOutcome, isMandatory: boolean, ruleId: string, clause: string }> } }> } | null };

export type AddStaffCandidateMutationVariables = Exact<{
  input: AddStaffCandidateInput;
}>;


export type AddStaffCandidateMutation = { __typename: 'Mutation', addStaffCandidate:
    | { __typename: 'DuplicateStaffError', code: ErrorCode, message: string }
    | { __typename: 'StaffForbiddenError', code: ErrorCode, message: string, ruleId: string }
    | { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, idNumber?: string | null, phone: string, hasStudentAccess: boolean, startedAt?: string | null, activatedAt?: string | null, createdAt: string, institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind }, vetting: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, checksWithFindings: Array<VettingCheckKind>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> }, checks: Array<{ __typename: 'VettingCheckRecord', id: string, check: VettingCheckKind, outcome: CheckOutcome, checkedAt: string, checkedBy: string, system: string, referenceNumber: string, recordedBy: CheckRecorder, recordedAt: string, findings: Array<CriminalFinding> }>, qualifications: Array<{ __typename: 'Qualification', id: string, kind: QualificationKind, number: string, issuedAt: string, isRevoked: boolean, revokedAt?: string | null, revokedRuleId?: string | null }>, interviews: Array<{ __typename: 'ReminderInterview', id: string, interviewedAt: string, interviewer: string, notes: string }>, dueDates?: { __typename: 'InServiceDueDates', recheck?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null, reminderInterview?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null } | null, misconductCases: Array<{ __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }>, viewerCan: { __typename: 'StaffMemberActions', canActivate: boolean, canRecordQualification: boolean, canRecordInterview: boolean, canOpenMisconductCase: boolean, canReadIdNumber: boolean, recordableChecks: Array<VettingCheckKind> } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type RecordVettingCheckMutationVariables = Exact<{
  input: RecordVettingCheckInput;
}>;


export type RecordVettingCheckMutation = { __typename: 'Mutation', recordVettingCheck:
    | { __typename: 'InvalidStaffStateError', code: ErrorCode, message: string, staffStatus?: StaffStatus | null }
    | { __typename: 'NotResponsibleError', code: ErrorCode, message: string, recordedBy: Array<CheckRecorder>, ruleId?: string | null }
    | { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, idNumber?: string | null, phone: string, hasStudentAccess: boolean, startedAt?: string | null, activatedAt?: string | null, createdAt: string, institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind }, vetting: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, checksWithFindings: Array<VettingCheckKind>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> }, checks: Array<{ __typename: 'VettingCheckRecord', id: string, check: VettingCheckKind, outcome: CheckOutcome, checkedAt: string, checkedBy: string, system: string, referenceNumber: string, recordedBy: CheckRecorder, recordedAt: string, findings: Array<CriminalFinding> }>, qualifications: Array<{ __typename: 'Qualification', id: string, kind: QualificationKind, number: string, issuedAt: string, isRevoked: boolean, revokedAt?: string | null, revokedRuleId?: string | null }>, interviews: Array<{ __typename: 'ReminderInterview', id: string, interviewedAt: string, interviewer: string, notes: string }>, dueDates?: { __typename: 'InServiceDueDates', recheck?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null, reminderInterview?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null } | null, misconductCases: Array<{ __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }>, viewerCan: { __typename: 'StaffMemberActions', canActivate: boolean, canRecordQualification: boolean, canRecordInterview: boolean, canOpenMisconductCase: boolean, canReadIdNumber: boolean, recordableChecks: Array<VettingCheckKind> } }
    | { __typename: 'StaffNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type ActivateStaffMutationVariables = Exact<{
  staffId: Scalars['ID']['input'];
}>;


export type ActivateStaffMutation = { __typename: 'Mutation', activateStaff:
    | { __typename: 'InvalidStaffStateError', code: ErrorCode, message: string, staffStatus?: StaffStatus | null }
    | { __typename: 'StaffForbiddenError', code: ErrorCode, message: string, ruleId: string }
    | { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, idNumber?: string | null, phone: string, hasStudentAccess: boolean, startedAt?: string | null, activatedAt?: string | null, createdAt: string, institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind }, vetting: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, checksWithFindings: Array<VettingCheckKind>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> }, checks: Array<{ __typename: 'VettingCheckRecord', id: string, check: VettingCheckKind, outcome: CheckOutcome, checkedAt: string, checkedBy: string, system: string, referenceNumber: string, recordedBy: CheckRecorder, recordedAt: string, findings: Array<CriminalFinding> }>, qualifications: Array<{ __typename: 'Qualification', id: string, kind: QualificationKind, number: string, issuedAt: string, isRevoked: boolean, revokedAt?: string | null, revokedRuleId?: string | null }>, interviews: Array<{ __typename: 'ReminderInterview', id: string, interviewedAt: string, interviewer: string, notes: string }>, dueDates?: { __typename: 'InServiceDueDates', recheck?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null, reminderInterview?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null } | null, misconductCases: Array<{ __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }>, viewerCan: { __typename: 'StaffMemberActions', canActivate: boolean, canRecordQualification: boolean, canRecordInterview: boolean, canOpenMisconductCase: boolean, canReadIdNumber: boolean, recordableChecks: Array<VettingCheckKind> } }
    | { __typename: 'StaffNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'VettingNotClearError', code: ErrorCode, message: string, decision: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> } }
   };

export type RecordQualificationMutationVariables = Exact<{
  input: RecordQualificationInput;
}>;


export type RecordQualificationMutation = { __typename: 'Mutation', recordQualification:
    | { __typename: 'StaffForbiddenError', code: ErrorCode, message: string, ruleId: string }
    | { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, idNumber?: string | null, phone: string, hasStudentAccess: boolean, startedAt?: string | null, activatedAt?: string | null, createdAt: string, institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind }, vetting: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, checksWithFindings: Array<VettingCheckKind>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> }, checks: Array<{ __typename: 'VettingCheckRecord', id: string, check: VettingCheckKind, outcome: CheckOutcome, checkedAt: string, checkedBy: string, system: string, referenceNumber: string, recordedBy: CheckRecorder, recordedAt: string, findings: Array<CriminalFinding> }>, qualifications: Array<{ __typename: 'Qualification', id: string, kind: QualificationKind, number: string, issuedAt: string, isRevoked: boolean, revokedAt?: string | null, revokedRuleId?: string | null }>, interviews: Array<{ __typename: 'ReminderInterview', id: string, interviewedAt: string, interviewer: string, notes: string }>, dueDates?: { __typename: 'InServiceDueDates', recheck?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null, reminderInterview?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null } | null, misconductCases: Array<{ __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }>, viewerCan: { __typename: 'StaffMemberActions', canActivate: boolean, canRecordQualification: boolean, canRecordInterview: boolean, canOpenMisconductCase: boolean, canReadIdNumber: boolean, recordableChecks: Array<VettingCheckKind> } }
    | { __typename: 'StaffNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type RecordInterviewMutationVariables = Exact<{
  input: RecordInterviewInput;
}>;


export type RecordInterviewMutation = { __typename: 'Mutation', recordInterview:
    | { __typename: 'InvalidStaffStateError', code: ErrorCode, message: string, staffStatus?: StaffStatus | null }
    | { __typename: 'StaffForbiddenError', code: ErrorCode, message: string, ruleId: string }
    | { __typename: 'StaffMember', id: string, name: string, idNumberMasked: string, role: StaffRole, employmentType: EmploymentType, post: string, status: StaffStatus, idNumber?: string | null, phone: string, hasStudentAccess: boolean, startedAt?: string | null, activatedAt?: string | null, createdAt: string, institution: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind }, vetting: { __typename: 'VettingDecision', status: VettingStatus, ruleIds: Array<string>, checksWithFindings: Array<VettingCheckKind>, required: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, missing: Array<{ __typename: 'RequiredCheck', check: VettingCheckKind, recordedBy: CheckRecorder, ruleId: string, clause: string, viewerCanRecord: boolean }>, blocking: Array<{ __typename: 'VettingBlock', code: VettingBlockCode, check?: VettingCheckKind | null, ruleId: string, clause: string }> }, checks: Array<{ __typename: 'VettingCheckRecord', id: string, check: VettingCheckKind, outcome: CheckOutcome, checkedAt: string, checkedBy: string, system: string, referenceNumber: string, recordedBy: CheckRecorder, recordedAt: string, findings: Array<CriminalFinding> }>, qualifications: Array<{ __typename: 'Qualification', id: string, kind: QualificationKind, number: string, issuedAt: string, isRevoked: boolean, revokedAt?: string | null, revokedRuleId?: string | null }>, interviews: Array<{ __typename: 'ReminderInterview', id: string, interviewedAt: string, interviewer: string, notes: string }>, dueDates?: { __typename: 'InServiceDueDates', recheck?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null, reminderInterview?: { __typename: 'DueDate', lastAt?: string | null, dueAt: string, isOverdue: boolean, ruleId: string, clause: string, supervisedBy: Array<UnitCode> } | null } | null, misconductCases: Array<{ __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }>, viewerCan: { __typename: 'StaffMemberActions', canActivate: boolean, canRecordQualification: boolean, canRecordInterview: boolean, canOpenMisconductCase: boolean, canReadIdNumber: boolean, recordableChecks: Array<VettingCheckKind> } }
    | { __typename: 'StaffNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type OpenMisconductCaseMutationVariables = Exact<{
  input: OpenMisconductCaseInput;
}>;


export type OpenMisconductCaseMutation = { __typename: 'Mutation', openMisconductCase:
    | { __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }
    | { __typename: 'StaffForbiddenError', code: ErrorCode, message: string, ruleId: string }
    | { __typename: 'StaffNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type DecideMisconductMutationVariables = Exact<{
  input: DecideMisconductInput;
}>;


export type DecideMisconductMutation = { __typename: 'Mutation', decideMisconduct:
    | { __typename: 'InvalidStaffStateError', code: ErrorCode, message: string, staffStatus?: StaffStatus | null }
    | { __typename: 'MisconductCase', id: string, staffId: string, staffName: string, institutionId: string, incidentId?: string | null, status: MisconductCaseStatus, facts: string, investigation?: string | null, factsVerified: boolean, severity?: MisconductSeverity | null, involvesCrime: boolean, outcomes: Array<MisconductOutcome>, openedAt: string, proposedAt?: string | null, decidedAt?: string | null, viewerCan: { __typename: 'MisconductCaseActions', canDecide: boolean } }
    | { __typename: 'MisconductCaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OutcomeNotAllowedError', code: ErrorCode, message: string, allowed: { __typename: 'MisconductOptions', isInvestigationNeeded: boolean, options: Array<{ __typename: 'MisconductOption', outcome: MisconductOutcome, isMandatory: boolean, ruleId: string, clause: string }> } }
    | { __typename: 'StaffForbiddenError', code: ErrorCode, message: string, ruleId: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, textProblem?: TextProblem | null, limit?: number | null }
   };

export type MisconductCasesQueryVariables = Exact<{
  filter?: InputMaybe<MisconductCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MisconductCasesQuery = { __typename: 'Query', misconductCases: { __typename: 'MisconductCaseList', totalCount: number, items: Array<{ __typename: 'MisconductCaseRow', id: string, staffId: string, staffName?: string | null, institutionId: string, institutionName: string, openedAt: string, status: MisconductCaseStatus, outcomes: Array<MisconductOutcome>, decidedAt?: string | null }> } };

export type MisconductNavQueryVariables = Exact<{ [key: string]: never; }>;


export type MisconductNavQuery = { __typename: 'Query', me?: { __typename: 'Viewer', id: string, canListMisconduct: boolean } | null };

export type RiskSubjectSummaryFieldsFragment = { __typename: 'RiskSubject', id: string, institutionId: string, institutionName: string, subjectType: RiskSubjectType, siteType?: RiskSiteType | null, personType?: RiskPersonType | null, status: RiskSubjectStatus, location?: string | null, recordedAt: string, lastFollowedUpAt?: string | null, site?: { __typename: 'RiskSiteDetails', name: string, address?: string | null } | null, referral: { __typename: 'RiskReferralView', townshipReferredAt?: string | null, policeReferredAt?: string | null } };

export type RiskSubjectsQueryVariables = Exact<{
  filter?: InputMaybe<RiskSubjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RiskSubjectsQuery = { __typename: 'Query', riskSubjects: { __typename: 'RiskSubjectConnection', totalCount: number, viewerCanRecord: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'RiskSubjectEdge', cursor: string, node: { __typename: 'RiskSubject', id: string, institutionId: string, institutionName: string, subjectType: RiskSubjectType, siteType?: RiskSiteType | null, personType?: RiskPersonType | null, status: RiskSubjectStatus, location?: string | null, recordedAt: string, lastFollowedUpAt?: string | null, site?: { __typename: 'RiskSiteDetails', name: string, address?: string | null } | null, referral: { __typename: 'RiskReferralView', townshipReferredAt?: string | null, policeReferredAt?: string | null } } }> } };

export type RiskSubjectFieldsFragment = { __typename: 'RiskSubject', recordedByName: string, closingReason?: RiskClosingReason | null, closingNote?: string | null, closedAt?: string | null, id: string, institutionId: string, institutionName: string, subjectType: RiskSubjectType, siteType?: RiskSiteType | null, personType?: RiskPersonType | null, status: RiskSubjectStatus, location?: string | null, recordedAt: string, lastFollowedUpAt?: string | null, site?: { __typename: 'RiskSiteDetails', name: string, address?: string | null, description?: string | null } | null, person?: { __typename: 'RiskPersonIdentity', name?: string | null, idNumber?: string | null, address?: string | null, description?: string | null } | null, referral: { __typename: 'RiskReferralView', townshipOffice?: string | null, townshipReferredAt?: string | null, policeStation?: string | null, policeReferredAt?: string | null, missingRecipients: Array<RiskRecipient> }, followUps: Array<{ __typename: 'RiskFollowUp', id: string, followedUpAt: string, outcome: RiskFollowUpOutcome, note?: string | null, recordedByName: string, recordedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, viewerCan: { __typename: 'RiskSubjectViewerCan', recordFollowUp: boolean, close: boolean, readPersonalData: boolean, needsReferral: boolean, closingReasons: Array<RiskClosingReason> } };

export type RiskSubjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskSubjectQuery = { __typename: 'Query', riskSubject?: { __typename: 'RiskSubject', recordedByName: string, closingReason?: RiskClosingReason | null, closingNote?: string | null, closedAt?: string | null, id: string, institutionId: string, institutionName: string, subjectType: RiskSubjectType, siteType?: RiskSiteType | null, personType?: RiskPersonType | null, status: RiskSubjectStatus, location?: string | null, recordedAt: string, lastFollowedUpAt?: string | null, site?: { __typename: 'RiskSiteDetails', name: string, address?: string | null, description?: string | null } | null, person?: { __typename: 'RiskPersonIdentity', name?: string | null, idNumber?: string | null, address?: string | null, description?: string | null } | null, referral: { __typename: 'RiskReferralView', townshipOffice?: string | null, townshipReferredAt?: string | null, policeStation?: string | null, policeReferredAt?: string | null, missingRecipients: Array<RiskRecipient> }, followUps: Array<{ __typename: 'RiskFollowUp', id: string, followedUpAt: string, outcome: RiskFollowUpOutcome, note?: string | null, recordedByName: string, recordedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, viewerCan: { __typename: 'RiskSubjectViewerCan', recordFollowUp: boolean, close: boolean, readPersonalData: boolean, needsReferral: boolean, closingReasons: Array<RiskClosingReason> } } | null };

export type RecordRiskSubjectMutationVariables = Exact<{
  input: RecordRiskSubjectInput;
}>;


export type RecordRiskSubjectMutation = { __typename: 'Mutation', recordRiskSubject:
    | { __typename: 'RiskSubject', recordedByName: string, closingReason?: RiskClosingReason | null, closingNote?: string | null, closedAt?: string | null, id: string, institutionId: string, institutionName: string, subjectType: RiskSubjectType, siteType?: RiskSiteType | null, personType?: RiskPersonType | null, status: RiskSubjectStatus, location?: string | null, recordedAt: string, lastFollowedUpAt?: string | null, site?: { __typename: 'RiskSiteDetails', name: string, address?: string | null, description?: string | null } | null, person?: { __typename: 'RiskPersonIdentity', name?: string | null, idNumber?: string | null, address?: string | null, description?: string | null } | null, referral: { __typename: 'RiskReferralView', townshipOffice?: string | null, townshipReferredAt?: string | null, policeStation?: string | null, policeReferredAt?: string | null, missingRecipients: Array<RiskRecipient> }, followUps: Array<{ __typename: 'RiskFollowUp', id: string, followedUpAt: string, outcome: RiskFollowUpOutcome, note?: string | null, recordedByName: string, recordedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, viewerCan: { __typename: 'RiskSubjectViewerCan', recordFollowUp: boolean, close: boolean, readPersonalData: boolean, needsReferral: boolean, closingReasons: Array<RiskClosingReason> } }
    | { __typename: 'RiskSubjectForbiddenError', code: ErrorCode }
    | { __typename: 'RiskSubjectNotFoundError', code: ErrorCode }
    | { __typename: 'RiskSubjectStateError', code: ErrorCode, reason: RiskTransitionRefusal }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type RecordRiskFollowUpMutationVariables = Exact<{
  input: RecordRiskFollowUpInput;
}>;


export type RecordRiskFollowUpMutation = { __typename: 'Mutation', recordRiskFollowUp:
    | { __typename: 'RiskSubject', recordedByName: string, closingReason?: RiskClosingReason | null, closingNote?: string | null, closedAt?: string | null, id: string, institutionId: string, institutionName: string, subjectType: RiskSubjectType, siteType?: RiskSiteType | null, personType?: RiskPersonType | null, status: RiskSubjectStatus, location?: string | null, recordedAt: string, lastFollowedUpAt?: string | null, site?: { __typename: 'RiskSiteDetails', name: string, address?: string | null, description?: string | null } | null, person?: { __typename: 'RiskPersonIdentity', name?: string | null, idNumber?: string | null, address?: string | null, description?: string | null } | null, referral: { __typename: 'RiskReferralView', townshipOffice?: string | null, townshipReferredAt?: string | null, policeStation?: string | null, policeReferredAt?: string | null, missingRecipients: Array<RiskRecipient> }, followUps: Array<{ __typename: 'RiskFollowUp', id: string, followedUpAt: string, outcome: RiskFollowUpOutcome, note?: string | null, recordedByName: string, recordedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, viewerCan: { __typename: 'RiskSubjectViewerCan', recordFollowUp: boolean, close: boolean, readPersonalData: boolean, needsReferral: boolean, closingReasons: Array<RiskClosingReason> } }
    | { __typename: 'RiskSubjectForbiddenError', code: ErrorCode }
    | { __typename: 'RiskSubjectNotFoundError', code: ErrorCode }
    | { __typename: 'RiskSubjectStateError', code: ErrorCode, reason: RiskTransitionRefusal }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type CloseRiskSubjectMutationVariables = Exact<{
  input: CloseRiskSubjectInput;
}>;


export type CloseRiskSubjectMutation = { __typename: 'Mutation', closeRiskSubject:
    | { __typename: 'RiskSubject', recordedByName: string, closingReason?: RiskClosingReason | null, closingNote?: string | null, closedAt?: string | null, id: string, institutionId: string, institutionName: string, subjectType: RiskSubjectType, siteType?: RiskSiteType | null, personType?: RiskPersonType | null, status: RiskSubjectStatus, location?: string | null, recordedAt: string, lastFollowedUpAt?: string | null, site?: { __typename: 'RiskSiteDetails', name: string, address?: string | null, description?: string | null } | null, person?: { __typename: 'RiskPersonIdentity', name?: string | null, idNumber?: string | null, address?: string | null, description?: string | null } | null, referral: { __typename: 'RiskReferralView', townshipOffice?: string | null, townshipReferredAt?: string | null, policeStation?: string | null, policeReferredAt?: string | null, missingRecipients: Array<RiskRecipient> }, followUps: Array<{ __typename: 'RiskFollowUp', id: string, followedUpAt: string, outcome: RiskFollowUpOutcome, note?: string | null, recordedByName: string, recordedAt: string, photos: Array<{ __typename: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, viewerCan: { __typename: 'RiskSubjectViewerCan', recordFollowUp: boolean, close: boolean, readPersonalData: boolean, needsReferral: boolean, closingReasons: Array<RiskClosingReason> } }
    | { __typename: 'RiskSubjectForbiddenError', code: ErrorCode }
    | { __typename: 'RiskSubjectNotFoundError', code: ErrorCode }
    | { __typename: 'RiskSubjectStateError', code: ErrorCode, reason: RiskTransitionRefusal }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode }
   };

export type TipSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type TipSchoolsQuery = { __typename: 'Query', tipSchools: Array<{ __typename: 'TipSchool', id: string, name: string }> };

export type TipChallengeQueryVariables = Exact<{ [key: string]: never; }>;


export type TipChallengeQuery = { __typename: 'Query', tipChallenge: { __typename: 'TipChallenge', challenge: string, difficulty: number } };

export type SubmitTipMutationVariables = Exact<{
  input: SubmitTipInput;
}>;


export type SubmitTipMutation = { __typename: 'Mutation', submitTip:
    | { __typename: 'TipProofError', code: ErrorCode, message: string }
    | { __typename: 'TipRateLimitedError', code: ErrorCode, message: string, retryAfterSeconds: number }
    | { __typename: 'TipReceipt', tipCode: string, passphrase: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, limit?: number | null }
   };

export type TipThreadFieldsFragment = { __typename: 'TipThread', tipCode: string, status: TipStatus, category: IncidentCategory, submittedAt: string, description: string, canReply: boolean, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }> };

export type TipThreadQueryVariables = Exact<{
  code: Scalars['String']['input'];
  passphrase: Scalars['String']['input'];
}>;


export type TipThreadQuery = { __typename: 'Query', tipThread:
    | { __typename: 'TipNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TipRateLimitedError', code: ErrorCode, message: string, retryAfterSeconds: number }
    | { __typename: 'TipStateError', code: ErrorCode, message: string }
    | { __typename: 'TipThread', tipCode: string, status: TipStatus, category: IncidentCategory, submittedAt: string, description: string, canReply: boolean, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type ReplyToTipMutationVariables = Exact<{
  input: ReplyToTipInput;
}>;


export type ReplyToTipMutation = { __typename: 'Mutation', replyToTip:
    | { __typename: 'TipNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TipRateLimitedError', code: ErrorCode, message: string, retryAfterSeconds: number }
    | { __typename: 'TipStateError', code: ErrorCode, message: string }
    | { __typename: 'TipThread', tipCode: string, status: TipStatus, category: IncidentCategory, submittedAt: string, description: string, canReply: boolean, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, limit?: number | null }
   };

export type TipsQueryVariables = Exact<{
  status?: InputMaybe<TipStatus>;
}>;


export type TipsQuery = { __typename: 'Query', tips: Array<{ __typename: 'TipListItem', id: string, tipCode: string, category: IncidentCategory, isConfidential: boolean, school?: string | null, status: TipStatus, submittedAt: string, lastMessageAt: string, awaiting?: TipAuthor | null }> };

export type TipFieldsFragment = { __typename: 'Tip', id: string, tipCode: string, category: IncidentCategory, isConfidential: boolean, school?: string | null, institutionId?: string | null, status: TipStatus, submittedAt: string, lastMessageAt: string, awaiting?: TipAuthor | null, happenedWhen?: string | null, description: string, contact?: string | null, caseId?: string | null, ruleIds: Array<string>, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }>, viewerCan: { __typename: 'TipViewerCan', answer: boolean, close: boolean, convert: boolean } };

export type TipQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TipQuery = { __typename: 'Query', tip?: { __typename: 'Tip', id: string, tipCode: string, category: IncidentCategory, isConfidential: boolean, school?: string | null, institutionId?: string | null, status: TipStatus, submittedAt: string, lastMessageAt: string, awaiting?: TipAuthor | null, happenedWhen?: string | null, description: string, contact?: string | null, caseId?: string | null, ruleIds: Array<string>, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }>, viewerCan: { __typename: 'TipViewerCan', answer: boolean, close: boolean, convert: boolean } } | null };

export type AnswerTipMutationVariables = Exact<{
  input: AnswerTipInput;
}>;


export type AnswerTipMutation = { __typename: 'Mutation', answerTip:
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReportingTimeError', code: ErrorCode, message: string }
    | { __typename: 'Tip', id: string, tipCode: string, category: IncidentCategory, isConfidential: boolean, school?: string | null, institutionId?: string | null, status: TipStatus, submittedAt: string, lastMessageAt: string, awaiting?: TipAuthor | null, happenedWhen?: string | null, description: string, contact?: string | null, caseId?: string | null, ruleIds: Array<string>, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }>, viewerCan: { __typename: 'TipViewerCan', answer: boolean, close: boolean, convert: boolean } }
    | { __typename: 'TipForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'TipNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TipStateError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null, limit?: number | null }
   };

export type CloseTipMutationVariables = Exact<{
  input: CloseTipInput;
}>;


export type CloseTipMutation = { __typename: 'Mutation', closeTip:
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReportingTimeError', code: ErrorCode, message: string }
    | { __typename: 'Tip', id: string, tipCode: string, category: IncidentCategory, isConfidential: boolean, school?: string | null, institutionId?: string | null, status: TipStatus, submittedAt: string, lastMessageAt: string, awaiting?: TipAuthor | null, happenedWhen?: string | null, description: string, contact?: string | null, caseId?: string | null, ruleIds: Array<string>, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }>, viewerCan: { __typename: 'TipViewerCan', answer: boolean, close: boolean, convert: boolean } }
    | { __typename: 'TipForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'TipNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TipStateError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type ConvertTipToCaseMutationVariables = Exact<{
  input: ConvertTipToCaseInput;
}>;


export type ConvertTipToCaseMutation = { __typename: 'Mutation', convertTipToCase:
    | { __typename: 'CaseForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'CaseNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReportingTimeError', code: ErrorCode, message: string, problem: ReportingTimeProblem }
    | { __typename: 'Tip', id: string, tipCode: string, category: IncidentCategory, isConfidential: boolean, school?: string | null, institutionId?: string | null, status: TipStatus, submittedAt: string, lastMessageAt: string, awaiting?: TipAuthor | null, happenedWhen?: string | null, description: string, contact?: string | null, caseId?: string | null, ruleIds: Array<string>, messages: Array<{ __typename: 'TipMessage', author: TipAuthor, body: string, sentAt: string }>, viewerCan: { __typename: 'TipViewerCan', answer: boolean, close: boolean, convert: boolean } }
    | { __typename: 'TipForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'TipNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TipStateError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   };

export type TrainingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingViewerQuery = { __typename: 'Query', trainingViewer: { __typename: 'TrainingViewer', canRecordSession: boolean, ownInstitutionId?: string | null, canViewOverview: boolean } };

export type TrainingSessionsQueryVariables = Exact<{
  topic?: InputMaybe<TrainingTopic>;
}>;


export type TrainingSessionsQuery = { __typename: 'Query', trainingSessions: Array<{ __typename: 'TrainingSession', id: string, topic: TrainingTopic, heldAt: string, trainer: string, organiserInstitutionName?: string | null, organiserUnit?: UnitCode | null, attendeeCount: number }> };

export type TrainingSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingSessionQuery = { __typename: 'Query', trainingSession?: { __typename: 'TrainingSession', id: string, topic: TrainingTopic, heldAt: string, trainer: string, materials?: string | null, organiserInstitutionId?: string | null, organiserInstitutionName?: string | null, organiserUnit?: UnitCode | null, attendeeCount: number, viewerCan: { __typename: 'TrainingSessionViewerCan', editSession: boolean, recordAttendance: boolean } } | null };

export type TrainingSessionRegisterQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingSessionRegisterQuery = { __typename: 'Query', trainingSessionRegister: Array<{ __typename: 'TrainingRegisterMember', staffId: string, name: string, role: StaffRole, employmentType: EmploymentType, post: string, isPresent: boolean }> };

export type TrainingCoverageQueryVariables = Exact<{
  institutionId: Scalars['ID']['input'];
  topic: TrainingTopic;
}>;


export type TrainingCoverageQuery = { __typename: 'Query', trainingCoverage?: { __typename: 'TrainingCoverage', institutionId: string, institutionName: string, audienceCount: number, coveredCount: number, share?: number | null, ruleIds: Array<string>, untrained?: Array<{ __typename: 'UntrainedStaff', staffId: string, name: string, role: StaffRole, post: string }> | null } | null };

export type TrainingCoverageOverviewQueryVariables = Exact<{
  topic: TrainingTopic;
}>;


export type TrainingCoverageOverviewQuery = { __typename: 'Query', trainingCoverageOverview: Array<{ __typename: 'InstitutionTrainingCoverage', institutionId: string, institutionName: string, audienceCount: number, coveredCount: number, share?: number | null }> };

export type RecordTrainingSessionMutationVariables = Exact<{
  input: RecordTrainingSessionInput;
}>;


export type RecordTrainingSessionMutation = { __typename: 'Mutation', recordTrainingSession:
    | { __typename: 'TrainingForbiddenError', code: ErrorCode }
    | { __typename: 'TrainingSession', id: string }
    | { __typename: 'ValidationError', field?: string | null }
   };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { __typename: 'Mutation', recordAttendance:
    | { __typename: 'TrainingForbiddenError', code: ErrorCode }
    | { __typename: 'TrainingNotFoundError', code: ErrorCode }
    | { __typename: 'TrainingSession', id: string, attendeeCount: number }
    | { __typename: 'ValidationError', field?: string | null }
   };

export const CaseRefFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<CaseRefFieldsFragment, unknown>;
export const VerdictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VetoVerdictView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVetoed"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<VerdictFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vetoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEligibleForAwards"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRuleIds"}},{"kind":"Field","name":{"kind":"Name","value":"vetoComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRechecks"}},{"kind":"Field","name":{"kind":"Name","value":"staffFoundNotClear"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"isStaffSuspect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"interviewMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"circularNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordFinding"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitStatement"}},{"kind":"Field","name":{"kind":"Name","value":"canReviewVeto"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordSanction"}},{"kind":"Field","name":{"kind":"Name","value":"canDownloadCircular"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VetoVerdictView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVetoed"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AssessmentFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"home"}},{"kind":"Field","name":{"kind":"Name","value":"canExportCases"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const MfaEnrolmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaEnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]} as unknown as DocumentNode<MfaEnrolmentFieldsFragment, unknown>;
export const PreventionGapItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreventionGapItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreventionGapItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isSubjectHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"fixPath"}},{"kind":"Field","name":{"kind":"Name","value":"fixTargetId"}}]}}]} as unknown as DocumentNode<PreventionGapItemFieldsFragment, unknown>;
export const CareRecordsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareRecords"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"legalVicePrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"isWarning"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"intakeName"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"undeliveredClassNames"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"classNames"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachingPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"minLessonsPerClass"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"}},{"kind":"Field","name":{"kind":"Name","value":"isShort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counselling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasCounsellingRoom"}},{"kind":"Field","name":{"kind":"Name","value":"roomLocation"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"isProvided"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bullyingDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasBullyingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalVicePrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"recordCourseDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"recordTeachingPlan"}},{"kind":"Field","name":{"kind":"Name","value":"recordCounselling"}},{"kind":"Field","name":{"kind":"Name","value":"recordBullyingDocument"}},{"kind":"Field","name":{"kind":"Name","value":"manageClasses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]} as unknown as DocumentNode<CareRecordsFieldsFragment, unknown>;
export const ChildFileSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]} as unknown as DocumentNode<ChildFileSummaryFieldsFragment, unknown>;
export const ChildFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalFile"}},{"kind":"Field","name":{"kind":"Name","value":"growthFile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"counsellors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalk"}},{"kind":"Field","name":{"kind":"Name","value":"updateFile"}},{"kind":"Field","name":{"kind":"Name","value":"closeFile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]} as unknown as DocumentNode<ChildFileFieldsFragment, unknown>;
export const SchoolClassResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolClassResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClassResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<SchoolClassResultFieldsFragment, unknown>;
export const DormEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DormEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"staffMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"isRegistrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isNight"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExit"}}]}}]} as unknown as DocumentNode<DormEntryFieldsFragment, unknown>;
export const BullyingStepsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BullyingStepsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BullyingSteps"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isLate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<BullyingStepsFieldsFragment, unknown>;
export const CaseSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CaseSummaryFieldsFragment, unknown>;
export const CaseDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailFieldsFragment, unknown>;
export const CaseConfidentialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConfidentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"className"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childStatement"}}]}}]} as unknown as DocumentNode<CaseConfidentialFieldsFragment, unknown>;
export const CaseWelfareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseWelfareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"welfareNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernNote"}},{"kind":"Field","name":{"kind":"Name","value":"guardianToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStudySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CaseWelfareFieldsFragment, unknown>;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"hazardItemZh"}},{"kind":"Field","name":{"kind":"Name","value":"hazardItemEn"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}}]}}]}}]} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const InspectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordItem"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}}]}}]}}]} as unknown as DocumentNode<InspectionFieldsFragment, unknown>;
export const HazardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordRectification"}},{"kind":"Field","name":{"kind":"Name","value":"canVerify"}}]}}]}}]} as unknown as DocumentNode<HazardFieldsFragment, unknown>;
export const OversightIndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"isPeriodic"}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"breach"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueKind"}},{"kind":"Field","name":{"kind":"Name","value":"hazardStatuses"}}]}}]}}]} as unknown as DocumentNode<OversightIndicatorFieldsFragment, unknown>;
export const PlaceRegisterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceRegisterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoredPlaceRegister"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlindSpotSelfInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"blindSpotSelfInspectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roomType"}},{"kind":"Field","name":{"kind":"Name","value":"isMonitored"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlace"}},{"kind":"Field","name":{"kind":"Name","value":"recordBlindSpotSelfInspection"}}]}}]}}]} as unknown as DocumentNode<PlaceRegisterFieldsFragment, unknown>;
export const StaffRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffRowFieldsFragment, unknown>;
export const VettingDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VettingDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VettingDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]} as unknown as DocumentNode<VettingDecisionFieldsFragment, unknown>;
export const MisconductCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MisconductCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}}]} as unknown as DocumentNode<MisconductCaseFieldsFragment, unknown>;
export const StaffMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hasStudentAccess"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksWithFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRuleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderInterview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canActivate"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordQualification"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordInterview"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenMisconductCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordableChecks"}}]}}]}}]} as unknown as DocumentNode<StaffMemberFieldsFragment, unknown>;
export const RiskSubjectSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"siteType"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}}]}}]}}]} as unknown as DocumentNode<RiskSubjectSummaryFieldsFragment, unknown>;
export const RiskSubjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipOffice"}},{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingRecipients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"readPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"needsReferral"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"siteType"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}}]}}]}}]} as unknown as DocumentNode<RiskSubjectFieldsFragment, unknown>;
export const TipThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<TipThreadFieldsFragment, unknown>;
export const TipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"happenedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"convert"}}]}}]}}]} as unknown as DocumentNode<TipFieldsFragment, unknown>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"setPasswordLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDisabled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const SetAccountDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDisabled"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const AccountInstitutionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountInstitutionChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountInstitutionChoicesQuery, AccountInstitutionChoicesQueryVariables>;
export const AccountStaffChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountStaffChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStaffChoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkedUsername"}}]}}]}}]} as unknown as DocumentNode<AccountStaffChoicesQuery, AccountStaffChoicesQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordLinkIssued"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordPath"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const ResetAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetAccountPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordLinkIssued"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordPath"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"setPasswordLinkExpiresAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const AccountSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<AccountSessionsQuery, AccountSessionsQueryVariables>;
export const EndAccountSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAccountSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndAccountSessionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAccountSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSessionsEnded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndAccountSessionsMutation, EndAccountSessionsMutationVariables>;
export const SetAccountStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetAccountStaffMemberMutation, SetAccountStaffMemberMutationVariables>;
export const HeadAccountsTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadAccountsTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headAccountsTemplate"}}]}}]} as unknown as DocumentNode<HeadAccountsTemplateQuery, HeadAccountsTemplateQueryVariables>;
export const ImportHeadAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportHeadAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportHeadAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHeadAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadAccountsImported"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordPath"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ImportHeadAccountsMutation, ImportHeadAccountsMutationVariables>;
export const SetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const AssessmentPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canOpenPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentPeriodsQuery, AssessmentPeriodsQueryVariables>;
export const AssessmentPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vetoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEligibleForAwards"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canExport"}}]}}]}}]} as unknown as DocumentNode<AssessmentPeriodQuery, AssessmentPeriodQueryVariables>;
export const AssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VetoVerdictView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVetoed"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vetoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEligibleForAwards"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRuleIds"}},{"kind":"Field","name":{"kind":"Name","value":"vetoComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRechecks"}},{"kind":"Field","name":{"kind":"Name","value":"staffFoundNotClear"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"isStaffSuspect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"interviewMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"circularNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordFinding"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitStatement"}},{"kind":"Field","name":{"kind":"Name","value":"canReviewVeto"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordSanction"}},{"kind":"Field","name":{"kind":"Name","value":"canDownloadCircular"}}]}}]}}]} as unknown as DocumentNode<AssessmentQuery, AssessmentQueryVariables>;
export const OpenAssessmentPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAssessmentPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAssessmentPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAssessmentPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OpenAssessmentPeriodMutation, OpenAssessmentPeriodMutationVariables>;
export const RecordAssessmentFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessmentFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessmentFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VetoVerdictView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVetoed"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vetoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEligibleForAwards"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRuleIds"}},{"kind":"Field","name":{"kind":"Name","value":"vetoComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRechecks"}},{"kind":"Field","name":{"kind":"Name","value":"staffFoundNotClear"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"isStaffSuspect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"interviewMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"circularNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordFinding"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitStatement"}},{"kind":"Field","name":{"kind":"Name","value":"canReviewVeto"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordSanction"}},{"kind":"Field","name":{"kind":"Name","value":"canDownloadCircular"}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentFindingMutation, RecordAssessmentFindingMutationVariables>;
export const SubmitVetoStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitVetoStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitVetoStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitVetoStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VetoVerdictView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVetoed"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vetoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEligibleForAwards"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRuleIds"}},{"kind":"Field","name":{"kind":"Name","value":"vetoComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRechecks"}},{"kind":"Field","name":{"kind":"Name","value":"staffFoundNotClear"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"isStaffSuspect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"interviewMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"circularNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordFinding"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitStatement"}},{"kind":"Field","name":{"kind":"Name","value":"canReviewVeto"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordSanction"}},{"kind":"Field","name":{"kind":"Name","value":"canDownloadCircular"}}]}}]}}]} as unknown as DocumentNode<SubmitVetoStatementMutation, SubmitVetoStatementMutationVariables>;
export const ReviewVetoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewVeto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewVetoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewVeto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VetoVerdictView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVetoed"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vetoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEligibleForAwards"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRuleIds"}},{"kind":"Field","name":{"kind":"Name","value":"vetoComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRechecks"}},{"kind":"Field","name":{"kind":"Name","value":"staffFoundNotClear"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"isStaffSuspect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"interviewMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"circularNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordFinding"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitStatement"}},{"kind":"Field","name":{"kind":"Name","value":"canReviewVeto"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordSanction"}},{"kind":"Field","name":{"kind":"Name","value":"canDownloadCircular"}}]}}]}}]} as unknown as DocumentNode<ReviewVetoMutation, ReviewVetoMutationVariables>;
export const RecordSanctionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSanction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSanctionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSanction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessedCaseRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VetoVerdictView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVetoed"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vetoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEligibleForAwards"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRuleIds"}},{"kind":"Field","name":{"kind":"Name","value":"vetoComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRechecks"}},{"kind":"Field","name":{"kind":"Name","value":"staffFoundNotClear"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"}},{"kind":"Field","name":{"kind":"Name","value":"isStaffSuspect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"interviewMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"circularNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordFinding"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitStatement"}},{"kind":"Field","name":{"kind":"Name","value":"canReviewVeto"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordSanction"}},{"kind":"Field","name":{"kind":"Name","value":"canDownloadCircular"}}]}}]}}]} as unknown as DocumentNode<RecordSanctionMutation, RecordSanctionMutationVariables>;
export const AssessmentInstitutionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentInstitutionOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentInstitutionOptionsQuery, AssessmentInstitutionOptionsQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"home"}},{"kind":"Field","name":{"kind":"Name","value":"canExportCases"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaEnrolmentRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentialsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"home"}},{"kind":"Field","name":{"kind":"Name","value":"canExportCases"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const VerifyMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MfaCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"home"}},{"kind":"Field","name":{"kind":"Name","value":"canExportCases"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<VerifyMfaMutation, VerifyMfaMutationVariables>;
export const BeginMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challenge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaEnrolmentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaEnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]} as unknown as DocumentNode<BeginMfaEnrolmentMutation, BeginMfaEnrolmentMutationVariables>;
export const ConfirmMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MfaCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaEnrolled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"home"}},{"kind":"Field","name":{"kind":"Name","value":"canExportCases"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const MyMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]}}]} as unknown as DocumentNode<MyMfaQuery, MyMfaQueryVariables>;
export const BeginMyMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginMyMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginMyMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaEnrolmentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaEnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]} as unknown as DocumentNode<BeginMyMfaEnrolmentMutation, BeginMyMfaEnrolmentMutationVariables>;
export const ConfirmMyMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMyMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMyMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaRecoveryCodes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmMyMfaEnrolmentMutation, ConfirmMyMfaEnrolmentMutationVariables>;
export const DisableMyMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableMyMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableMyMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DisableMyMfaMutation, DisableMyMfaMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const PreventionGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreventionGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preventionGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanViewSubjects"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreventionGapItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreventionGapItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreventionGapItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isSubjectHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"fixPath"}},{"kind":"Field","name":{"kind":"Name","value":"fixTargetId"}}]}}]} as unknown as DocumentNode<PreventionGapsQuery, PreventionGapsQueryVariables>;
export const PreventionGapOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreventionGapOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preventionGapOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<PreventionGapOverviewQuery, PreventionGapOverviewQueryVariables>;
export const CareRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareRecordsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareRecords"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"legalVicePrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"isWarning"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"intakeName"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"undeliveredClassNames"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"classNames"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachingPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"minLessonsPerClass"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"}},{"kind":"Field","name":{"kind":"Name","value":"isShort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counselling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasCounsellingRoom"}},{"kind":"Field","name":{"kind":"Name","value":"roomLocation"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"isProvided"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bullyingDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasBullyingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalVicePrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"recordCourseDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"recordTeachingPlan"}},{"kind":"Field","name":{"kind":"Name","value":"recordCounselling"}},{"kind":"Field","name":{"kind":"Name","value":"recordBullyingDocument"}},{"kind":"Field","name":{"kind":"Name","value":"manageClasses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]} as unknown as DocumentNode<CareRecordsQuery, CareRecordsQueryVariables>;
export const RecordLegalVicePrincipalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLegalVicePrincipal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLegalVicePrincipalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalVicePrincipal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalVicePrincipal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLegalVicePrincipalMutation, RecordLegalVicePrincipalMutationVariables>;
export const RecordCourseDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCourseDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCourseDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCourseDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCourseDeliveryMutation, RecordCourseDeliveryMutationVariables>;
export const RecordTeachingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTeachingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTeachingPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTeachingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeachingPlanEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTeachingPlanMutation, RecordTeachingPlanMutationVariables>;
export const RecordCounsellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounselling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCounsellingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounselling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Counselling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isProvided"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCounsellingMutation, RecordCounsellingMutationVariables>;
export const ChildFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showsChildren"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"childFileForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]} as unknown as DocumentNode<ChildFilesQuery, ChildFilesQueryVariables>;
export const ChildFileCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildFileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childFileCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}}]}}]}}]} as unknown as DocumentNode<ChildFileCountsQuery, ChildFileCountsQueryVariables>;
export const ChildFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalFile"}},{"kind":"Field","name":{"kind":"Name","value":"growthFile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"counsellors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalk"}},{"kind":"Field","name":{"kind":"Name","value":"updateFile"}},{"kind":"Field","name":{"kind":"Name","value":"closeFile"}}]}}]}}]} as unknown as DocumentNode<ChildFileQuery, ChildFileQueryVariables>;
export const OpenChildFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenChildFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenChildFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openChildFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalFile"}},{"kind":"Field","name":{"kind":"Name","value":"growthFile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"counsellors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalk"}},{"kind":"Field","name":{"kind":"Name","value":"updateFile"}},{"kind":"Field","name":{"kind":"Name","value":"closeFile"}}]}}]}}]} as unknown as DocumentNode<OpenChildFileMutation, OpenChildFileMutationVariables>;
export const RecordWelfareTalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWelfareTalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWelfareTalkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWelfareTalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalFile"}},{"kind":"Field","name":{"kind":"Name","value":"growthFile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"counsellors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalk"}},{"kind":"Field","name":{"kind":"Name","value":"updateFile"}},{"kind":"Field","name":{"kind":"Name","value":"closeFile"}}]}}]}}]} as unknown as DocumentNode<RecordWelfareTalkMutation, RecordWelfareTalkMutationVariables>;
export const CloseChildFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseChildFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseChildFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeChildFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalFile"}},{"kind":"Field","name":{"kind":"Name","value":"growthFile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"counsellors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalk"}},{"kind":"Field","name":{"kind":"Name","value":"updateFile"}},{"kind":"Field","name":{"kind":"Name","value":"closeFile"}}]}}]}}]} as unknown as DocumentNode<CloseChildFileMutation, CloseChildFileMutationVariables>;
export const LinkChildFileCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkChildFileCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkChildFileCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkChildFileCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalFile"}},{"kind":"Field","name":{"kind":"Name","value":"growthFile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"counsellors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalk"}},{"kind":"Field","name":{"kind":"Name","value":"updateFile"}},{"kind":"Field","name":{"kind":"Name","value":"closeFile"}}]}}]}}]} as unknown as DocumentNode<LinkChildFileCaseMutation, LinkChildFileCaseMutationVariables>;
export const ChildFileFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildFileForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childFileForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]}}]} as unknown as DocumentNode<ChildFileFormQuery, ChildFileFormQueryVariables>;
export const UpdateChildFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChildFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChildFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChildFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastTalkAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFileSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalFile"}},{"kind":"Field","name":{"kind":"Name","value":"growthFile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"counsellors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalk"}},{"kind":"Field","name":{"kind":"Name","value":"updateFile"}},{"kind":"Field","name":{"kind":"Name","value":"closeFile"}}]}}]}}]} as unknown as DocumentNode<UpdateChildFileMutation, UpdateChildFileMutationVariables>;
export const IntakeRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageClasses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacherName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeRegisterQuery, IntakeRegisterQueryVariables>;
export const RecordIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIntakeMutation, RecordIntakeMutationVariables>;
export const RecordClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolClassResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolClassResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClassResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<RecordClassMutation, RecordClassMutationVariables>;
export const AssignHeadTeacherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignHeadTeacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignHeadTeacherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignHeadTeacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolClassResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolClassResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClassResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AssignHeadTeacherMutation, AssignHeadTeacherMutationVariables>;
export const CloseClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolClassResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolClassResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClassResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<CloseClassMutation, CloseClassMutationVariables>;
export const DormDoorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DormDoor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dormDoor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"isBoarding"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordEntry"}},{"kind":"Field","name":{"kind":"Name","value":"nightStartMinute"}},{"kind":"Field","name":{"kind":"Name","value":"nightEndMinute"}},{"kind":"Field","name":{"kind":"Name","value":"inside"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DormEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DormEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"staffMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"isRegistrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isNight"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExit"}}]}}]} as unknown as DocumentNode<DormDoorQuery, DormDoorQueryVariables>;
export const DormDoorPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DormDoorPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dormDoorPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]} as unknown as DocumentNode<DormDoorPeopleQuery, DormDoorPeopleQueryVariables>;
export const DormEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DormEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dormEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DormEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DormEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"staffMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"isRegistrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isNight"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExit"}}]}}]} as unknown as DocumentNode<DormEntriesQuery, DormEntriesQueryVariables>;
export const RecordDormEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDormEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDormEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDormEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DormEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntryRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DormEntryFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DormEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"staffMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"isRegistrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isNight"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExit"}}]}}]} as unknown as DocumentNode<RecordDormEntryMutation, RecordDormEntryMutationVariables>;
export const RecordDormExitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDormExit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDormExitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDormExit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DormEntryFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DormEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DormEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"staffMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"isRegistrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isNight"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExit"}}]}}]} as unknown as DocumentNode<RecordDormExitMutation, RecordDormExitMutationVariables>;
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"home"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseCategory"}},{"kind":"Field","name":{"kind":"Name","value":"caseRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"openSteps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenList"}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreventionGapItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reportingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreventionGapItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreventionGapItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isSubjectHidden"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"fixPath"}},{"kind":"Field","name":{"kind":"Name","value":"fixTargetId"}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const CaseBullyingStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseBullyingSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bullyingSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BullyingStepsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BullyingStepsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BullyingSteps"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isLate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<CaseBullyingStepsQuery, CaseBullyingStepsQueryVariables>;
export const RecordBullyingStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBullyingStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBullyingStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBullyingStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BullyingSteps"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BullyingStepsFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BullyingStepsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BullyingSteps"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isLate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<RecordBullyingStepMutation, RecordBullyingStepMutationVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"isTotalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseConfidentialFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseWelfareFields"}},{"kind":"Field","name":{"kind":"Name","value":"canStartUnannouncedInspection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConfidentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"className"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childStatement"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseWelfareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"welfareNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernNote"}},{"kind":"Field","name":{"kind":"Name","value":"guardianToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStudySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const ReportingChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailbox"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<ReportingChannelsQuery, ReportingChannelsQueryVariables>;
export const ReportableStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportableStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportableStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ReportableStaffQuery, ReportableStaffQueryVariables>;
export const RecordDisclosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDisclosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingTimeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDisclosureMutation, RecordDisclosureMutationVariables>;
export const AcknowledgeCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"forbiddenRuleId"},"name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"breachRecorded"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeCaseMutation, AcknowledgeCaseMutationVariables>;
export const CompleteEmergencyStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteEmergencyStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEmergencyStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEmergencyStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"forbiddenRuleId"},"name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingTimeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteEmergencyStepMutation, CompleteEmergencyStepMutationVariables>;
export const RecordPoliceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPoliceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPoliceReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPoliceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"forbiddenRuleId"},"name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingTimeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"breachRecorded"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPoliceReportMutation, RecordPoliceReportMutationVariables>;
export const RecordExternalSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExternalSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExternalSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExternalSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"forbiddenRuleId"},"name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingTimeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<RecordExternalSourceMutation, RecordExternalSourceMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"forbiddenRuleId"},"name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"breachRecorded"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const RecordWelfareNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWelfareNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWelfareNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWelfareNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseWelfareFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"forbiddenRuleId"},"name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"suspectType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPoliceReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"headNotificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadNotificationLate"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hop"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspectHead"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadInConflict"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"learnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOutcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"canCompleteEmergencyStep"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPoliceReport"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordExternalSource"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordWelfareNote"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"isAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseWelfareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"welfareNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernNote"}},{"kind":"Field","name":{"kind":"Name","value":"guardianToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStudySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RecordWelfareNoteMutation, RecordWelfareNoteMutationVariables>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgentUnread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"hazardItemZh"}},{"kind":"Field","name":{"kind":"Name","value":"hazardItemEn"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"isChildInDanger"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const IncidentInstitutionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentInstitutionOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncidentInstitutionOptionsQuery, IncidentInstitutionOptionsQueryVariables>;
export const MyNotificationsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyNotificationsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsChangedSubscription, MyNotificationsChangedSubscriptionVariables>;
export const CaseChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CaseChangedSubscription, CaseChangedSubscriptionVariables>;
export const InspectionCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canOpen"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfInspectionsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"ownSelfInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownSelfInspectionSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canStartSelfInspection"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionCampaignsQuery, InspectionCampaignsQueryVariables>;
export const InspectionTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<InspectionTemplatesQuery, InspectionTemplatesQueryVariables>;
export const InspectionCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"templateNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfInspectionsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"selfInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionCampaignQuery, InspectionCampaignQueryVariables>;
export const OpenInspectionCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenInspectionCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenInspectionCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openInspectionCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenInspectionCampaignMutation, OpenInspectionCampaignMutationVariables>;
export const StartInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StartInspectionMutation, StartInspectionMutationVariables>;
export const InspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordItem"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}}]}}]}}]} as unknown as DocumentNode<InspectionQuery, InspectionQueryVariables>;
export const RecordInspectionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordItem"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}}]}}]}}]} as unknown as DocumentNode<RecordInspectionItemMutation, RecordInspectionItemMutationVariables>;
export const SubmitInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordItem"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}}]}}]}}]} as unknown as DocumentNode<SubmitInspectionMutation, SubmitInspectionMutationVariables>;
export const HazardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hazards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HazardsQuery, HazardsQueryVariables>;
export const HazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordRectification"}},{"kind":"Field","name":{"kind":"Name","value":"canVerify"}}]}}]}}]} as unknown as DocumentNode<HazardQuery, HazardQueryVariables>;
export const AssignHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordRectification"}},{"kind":"Field","name":{"kind":"Name","value":"canVerify"}}]}}]}}]} as unknown as DocumentNode<AssignHazardMutation, AssignHazardMutationVariables>;
export const RecordRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordRectification"}},{"kind":"Field","name":{"kind":"Name","value":"canVerify"}}]}}]}}]} as unknown as DocumentNode<RecordRectificationMutation, RecordRectificationMutationVariables>;
export const VerifyRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canAssign"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordRectification"}},{"kind":"Field","name":{"kind":"Name","value":"canVerify"}}]}}]}}]} as unknown as DocumentNode<VerifyRectificationMutation, VerifyRectificationMutationVariables>;
export const HazardOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HazardOwnersQuery, HazardOwnersQueryVariables>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingSection"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const InstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingSection"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingSectionIsDistrictDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isApplyingToOpen"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionQuery, InstitutionQueryVariables>;
export const SetOpeningApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOpeningApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOpeningApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOpeningApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isApplyingToOpen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetOpeningApplicationMutation, SetOpeningApplicationMutationVariables>;
export const ResponsibilityMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponsibilityMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibilityMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}}]} as unknown as DocumentNode<ResponsibilityMatrixQuery, ResponsibilityMatrixQueryVariables>;
export const MailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientUsername"}},{"kind":"Field","name":{"kind":"Name","value":"recipientDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const OversightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Oversight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OversightFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"table"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OversightTablePage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"table"},"value":{"kind":"Variable","name":{"kind":"Name","value":"table"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightIndicatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToPolice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"toMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"isWithinDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeDeadlineMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachesBySection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"breach"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"currentStaff"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"street"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"isPeriodic"}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"breach"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueKind"}},{"kind":"Field","name":{"kind":"Name","value":"hazardStatuses"}}]}}]}}]} as unknown as DocumentNode<OversightQuery, OversightQueryVariables>;
export const InstitutionRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightIndicatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"casesRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"isPeriodic"}},{"kind":"Field","name":{"kind":"Name","value":"drill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"breach"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueKind"}},{"kind":"Field","name":{"kind":"Name","value":"hazardStatuses"}}]}}]}}]} as unknown as DocumentNode<InstitutionRecordQuery, InstitutionRecordQueryVariables>;
export const OversightNavDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightNav"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canViewDashboard"}}]}}]}}]} as unknown as DocumentNode<OversightNavQuery, OversightNavQueryVariables>;
export const MonitoredPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoredPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoredPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceRegisterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceRegisterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoredPlaceRegister"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlindSpotSelfInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"blindSpotSelfInspectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roomType"}},{"kind":"Field","name":{"kind":"Name","value":"isMonitored"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlace"}},{"kind":"Field","name":{"kind":"Name","value":"recordBlindSpotSelfInspection"}}]}}]}}]} as unknown as DocumentNode<MonitoredPlacesQuery, MonitoredPlacesQueryVariables>;
export const RecordMonitoredPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMonitoredPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMonitoredPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMonitoredPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoredPlaceRegister"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceRegisterFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceRegisterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoredPlaceRegister"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlindSpotSelfInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"blindSpotSelfInspectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roomType"}},{"kind":"Field","name":{"kind":"Name","value":"isMonitored"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlace"}},{"kind":"Field","name":{"kind":"Name","value":"recordBlindSpotSelfInspection"}}]}}]}}]} as unknown as DocumentNode<RecordMonitoredPlaceMutation, RecordMonitoredPlaceMutationVariables>;
export const RecordBlindSpotSelfInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBlindSpotSelfInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBlindSpotSelfInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBlindSpotSelfInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoredPlaceRegister"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceRegisterFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceRegisterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoredPlaceRegister"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlindSpotSelfInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"blindSpotSelfInspectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roomType"}},{"kind":"Field","name":{"kind":"Name","value":"isMonitored"}},{"kind":"Field","name":{"kind":"Name","value":"cameraCount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlace"}},{"kind":"Field","name":{"kind":"Name","value":"recordBlindSpotSelfInspection"}}]}}]}}]} as unknown as DocumentNode<RecordBlindSpotSelfInspectionMutation, RecordBlindSpotSelfInspectionMutationVariables>;
export const PlaceRegistersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceRegisters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceRegisterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeRegisters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"placeCount"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneRooms"}},{"kind":"Field","name":{"kind":"Name","value":"unmonitoredOneToOneRooms"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlindSpotSelfInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"blindSpotSelfInspectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isBlindSpotSelfInspectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}}]}}]} as unknown as DocumentNode<PlaceRegistersQuery, PlaceRegistersQueryVariables>;
export const StaffListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffListQuery, StaffListQueryVariables>;
export const StaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hasStudentAccess"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksWithFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRuleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderInterview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canActivate"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordQualification"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordInterview"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenMisconductCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordableChecks"}}]}}]}}]} as unknown as DocumentNode<StaffMemberQuery, StaffMemberQueryVariables>;
export const DueChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DueCheckFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}}]}}]} as unknown as DocumentNode<DueChecksQuery, DueChecksQueryVariables>;
export const AllowedMisconductOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowedMisconductOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factsVerified"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductSeverity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"involvesCrime"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factsVerified"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factsVerified"}}},{"kind":"Argument","name":{"kind":"Name","value":"severity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severity"}}},{"kind":"Argument","name":{"kind":"Name","value":"involvesCrime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"involvesCrime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isInvestigationNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"isMandatory"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllowedMisconductOutcomesQuery, AllowedMisconductOutcomesQueryVariables>;
export const AddStaffCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaffCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStaffCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStaffCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateStaffError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hasStudentAccess"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksWithFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRuleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderInterview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canActivate"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordQualification"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordInterview"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenMisconductCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordableChecks"}}]}}]}}]} as unknown as DocumentNode<AddStaffCandidateMutation, AddStaffCandidateMutationVariables>;
export const RecordVettingCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVettingCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVettingCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVettingCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotResponsibleError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStaffStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"staffStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hasStudentAccess"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksWithFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRuleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderInterview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canActivate"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordQualification"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordInterview"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenMisconductCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordableChecks"}}]}}]}}]} as unknown as DocumentNode<RecordVettingCheckMutation, RecordVettingCheckMutationVariables>;
export const ActivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VettingNotClearError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStaffStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"staffStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hasStudentAccess"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksWithFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRuleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderInterview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canActivate"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordQualification"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordInterview"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenMisconductCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordableChecks"}}]}}]}}]} as unknown as DocumentNode<ActivateStaffMutation, ActivateStaffMutationVariables>;
export const RecordQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hasStudentAccess"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksWithFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRuleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderInterview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canActivate"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordQualification"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordInterview"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenMisconductCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordableChecks"}}]}}]}}]} as unknown as DocumentNode<RecordQualificationMutation, RecordQualificationMutationVariables>;
export const RecordInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStaffStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"staffStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hasStudentAccess"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksWithFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedRuleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderInterview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"supervisedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canActivate"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordQualification"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordInterview"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenMisconductCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordableChecks"}}]}}]}}]} as unknown as DocumentNode<RecordInterviewMutation, RecordInterviewMutationVariables>;
export const OpenMisconductCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMisconductCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenMisconductCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMisconductCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MisconductCaseFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MisconductCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}}]} as unknown as DocumentNode<OpenMisconductCaseMutation, OpenMisconductCaseMutationVariables>;
export const DecideMisconductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideMisconduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMisconductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMisconduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MisconductCaseFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"textProblem"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCaseNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeNotAllowedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isInvestigationNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"isMandatory"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStaffStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"staffStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MisconductCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"investigation"}},{"kind":"Field","name":{"kind":"Name","value":"factsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"involvesCrime"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}}]} as unknown as DocumentNode<DecideMisconductMutation, DecideMisconductMutationVariables>;
export const MisconductCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MisconductCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MisconductCasesQuery, MisconductCasesQueryVariables>;
export const MisconductNavDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MisconductNav"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canListMisconduct"}}]}}]}}]} as unknown as DocumentNode<MisconductNavQuery, MisconductNavQueryVariables>;
export const RiskSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"siteType"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}}]}}]}}]} as unknown as DocumentNode<RiskSubjectsQuery, RiskSubjectsQueryVariables>;
export const RiskSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"siteType"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipOffice"}},{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingRecipients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"readPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"needsReferral"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"}}]}}]}}]} as unknown as DocumentNode<RiskSubjectQuery, RiskSubjectQueryVariables>;
export const RecordRiskSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRiskSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskSubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubjectStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"siteType"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipOffice"}},{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingRecipients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"readPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"needsReferral"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"}}]}}]}}]} as unknown as DocumentNode<RecordRiskSubjectMutation, RecordRiskSubjectMutationVariables>;
export const RecordRiskFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRiskFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubjectStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"siteType"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipOffice"}},{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingRecipients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"readPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"needsReferral"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"}}]}}]}}]} as unknown as DocumentNode<RecordRiskFollowUpMutation, RecordRiskFollowUpMutationVariables>;
export const CloseRiskSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRiskSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRiskSubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRiskSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubjectStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"siteType"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskSubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskSubjectSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipOffice"}},{"kind":"Field","name":{"kind":"Name","value":"townshipReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeStation"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingRecipients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"readPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"needsReferral"}},{"kind":"Field","name":{"kind":"Name","value":"closingReasons"}}]}}]}}]} as unknown as DocumentNode<CloseRiskSubjectMutation, CloseRiskSubjectMutationVariables>;
export const TipSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TipSchoolsQuery, TipSchoolsQueryVariables>;
export const TipChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}}]}}]}}]} as unknown as DocumentNode<TipChallengeQuery, TipChallengeQueryVariables>;
export const SubmitTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"passphrase"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipRateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitTipMutation, SubmitTipMutationVariables>;
export const TipThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passphrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"passphrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passphrase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipThreadFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipRateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<TipThreadQuery, TipThreadQueryVariables>;
export const ReplyToTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipThreadFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipRateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<ReplyToTipMutation, ReplyToTipMutationVariables>;
export const TipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TipStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}}]}}]}}]} as unknown as DocumentNode<TipsQuery, TipsQueryVariables>;
export const TipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"happenedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"convert"}}]}}]}}]} as unknown as DocumentNode<TipQuery, TipQueryVariables>;
export const AnswerTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"happenedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"convert"}}]}}]}}]} as unknown as DocumentNode<AnswerTipMutation, AnswerTipMutationVariables>;
export const CloseTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"happenedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"convert"}}]}}]}}]} as unknown as DocumentNode<CloseTipMutation, CloseTipMutationVariables>;
export const ConvertTipToCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertTipToCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertTipToCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertTipToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingTimeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tipCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"happenedWhen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"convert"}}]}}]}}]} as unknown as DocumentNode<ConvertTipToCaseMutation, ConvertTipToCaseMutationVariables>;
export const TrainingViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecordSession"}},{"kind":"Field","name":{"kind":"Name","value":"ownInstitutionId"}},{"kind":"Field","name":{"kind":"Name","value":"canViewOverview"}}]}}]}}]} as unknown as DocumentNode<TrainingViewerQuery, TrainingViewerQueryVariables>;
export const TrainingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingTopic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"organiserInstitutionName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserUnit"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]}}]} as unknown as DocumentNode<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const TrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"organiserInstitutionId"}},{"kind":"Field","name":{"kind":"Name","value":"organiserInstitutionName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserUnit"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editSession"}},{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSessionQuery, TrainingSessionQueryVariables>;
export const TrainingSessionRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessionRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessionRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"isPresent"}}]}}]}}]} as unknown as DocumentNode<TrainingSessionRegisterQuery, TrainingSessionRegisterQueryVariables>;
export const TrainingCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingTopic"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"audienceCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"untrained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCoverageQuery, TrainingCoverageQueryVariables>;
export const TrainingCoverageOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCoverageOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingTopic"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCoverageOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"audienceCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<TrainingCoverageOverviewQuery, TrainingCoverageOverviewQueryVariables>;
export const RecordTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingSessionMutation, RecordTrainingSessionMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;