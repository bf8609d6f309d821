import type { TestApp } from '../../test-support/test-app';

// Shared by the assessment's integration tests and its access-matrix probes.
export const ASSESSMENT_FIELDS = `id institutionId institutionName score vetoStatus isEligibleForAwards outcomeRuleIds
  vetoComputedAt statementDueAt
  verdict { isVetoed leadershipResponsible ruleIds grounds { case { caseId category } failure impact ruleIds clause }
    excluded { case { caseId } reason } }
  statement { text submittedByName }
  review { decision reason reviewedByName verdict { isVetoed grounds { failure impact } } }
  findings { text points source failures impacts case { caseId } recordedByName }
  evidence { activeStaff overdueRechecks overdueInterviews staffFoundNotClear cases { case { caseId } breaches failures impacts isStaffSuspect }
    misconductCases { id status } }
  sanctionOptions { sanction ruleId }
  sanctions { id sanction decidedByName interviewAt interviewAttendees interviewMinutes circularNumber }
  viewerCan { canRecordFinding canSubmitStatement canReviewVeto canRecordSanction canDownloadCircular }`;

const RESULT = `__typename ... on Assessment { ${ASSESSMENT_FIELDS} } ... on ErrorResult { code message }
  ... on AssessmentForbiddenError { ruleId } ... on AssessmentStateError { ruleId statementDueAt }
  ... on ValidationError { field } ... on SanctionNotAllowedError { options { sanction } }`;

export const OPEN_PERIOD = `mutation($input: OpenAssessmentPeriodInput!) { openAssessmentPeriod(input: $input) {
  __typename ... on AssessmentPeriod { id name startsAt endsAt institutionCount coveredKinds }
  ... on ErrorResult { code message } ... on AssessmentForbiddenError { ruleId } ... on ValidationError { field } } }`;
export const RECORD_FINDING = `mutation($input: RecordAssessmentFindingInput!) { recordAssessmentFinding(input: $input) { ${RESULT} } }`;
export const SUBMIT_STATEMENT = `mutation($input: SubmitVetoStatementInput!) { submitVetoStatement(input: $input) { ${RESULT} } }`;
export const REVIEW_VETO = `mutation($input: ReviewVetoInput!) { reviewVeto(input: $input) { ${RESULT} } }`;
export const RECORD_SANCTION = `mutation($input: RecordSanctionInput!) { recordSanction(input: $input) { ${RESULT} } }`;
export const PERIODS = `{ assessmentPeriods { canOpenPeriod canExport items { id name institutionCount } } }`;
export const PERIOD = `query($id: ID!) { assessmentPeriod(id: $id) { id name institutionCount
  rows { id institutionId institutionName score vetoStatus isEligibleForAwards } } }`;
export const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`;

const RECORD_DISCLOSURE = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) {
  __typename ... on Case { id } ... on ErrorResult { code message } } }`;
const POLICE = `mutation($input: RecordPoliceReportInput!) { recordPoliceReport(input: $input) {
  __typename ... on Case { id breaches { code } } ... on ErrorResult { code message } } }`;

/** A case of the head's institution about a staff member, reported to the police late (REP-3: 迟报). */
export async function buildLateCase(
  app: TestApp,
  beforePoliceReport: (caseId: string) => Promise<void> = async () => undefined,
): Promise<string> {
  const head = await app.signedIn('head.primary');
  const recorded = await head.request(RECORD_DISCLOSURE, {
    input: {
      channel: 'ORAL',
      category: 'ABUSE',
      suspectType: 'STAFF',
      suspectDescription: '体育老师',
      childName: '李小花',
      childClass: '三年级二班',
      childStatement: '他打了我',
      isChildInDanger: false,
    },
  });
  const caseId = (recorded.body.data?.recordDisclosure as { id?: string } | undefined)?.id;
  if (!caseId) throw new Error(recorded.text);
  await beforePoliceReport(caseId);
  app.clock.advanceMinutes(90);
  // Sessions end after a while idle: sign in again after the clock has moved.
  const police = await (
    await app.signedIn('head.primary')
  ).request(POLICE, {
    input: {
      caseId,
      reportedAt: app.clock.now().toISOString(),
      policeStation: '杨家坪派出所',
      receiptNumber: 'JLP-1',
    },
  });
  const breaches = (police.body.data?.recordPoliceReport as { breaches?: { code: string }[] } | undefined)
    ?.breaches;
  if (!breaches?.some((b) => b.code === 'LATE_REPORT')) throw new Error(police.text);
  return caseId;
}
