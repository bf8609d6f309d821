import type { AssessmentFieldsFragment } from '../../../gql/graphql';

const NO_ACTIONS: AssessmentFieldsFragment['viewerCan'] = {
  __typename: 'AssessmentActions',
  canRecordFinding: false,
  canSubmitStatement: false,
  canReviewVeto: false,
  canRecordSanction: false,
  canDownloadCircular: false,
};

const CASE_REF = {
  __typename: 'AssessedCaseRef' as const,
  caseId: 'case-1',
  category: 'ABUSE' as const,
  receivedAt: '2026-03-02T02:00:00.000Z',
};

/** An assessment with a computed veto awaiting review (ACC-5); override what a test is about. */
export function buildAssessment(
  overrides: Partial<AssessmentFieldsFragment> = {},
  actions: Partial<AssessmentFieldsFragment['viewerCan']> = {},
): AssessmentFieldsFragment {
  return {
    __typename: 'Assessment',
    id: 'assessment-1',
    institutionId: 'school-1',
    institutionName: '九龙坡区谢家湾小学',
    institutionKind: 'PRIMARY',
    score: 80,
    vetoStatus: 'AWAITING_REVIEW',
    isEligibleForAwards: false,
    outcomeRuleIds: ['ACC-1', 'ACC-3'],
    vetoComputedAt: '2026-03-02T04:00:00.000Z',
    statementDueAt: '2026-03-09T04:00:00.000Z',
    period: {
      __typename: 'AssessmentPeriod',
      id: 'period-1',
      name: '2025-2026学年度学校保护工作考核',
      startsAt: '2025-08-31T16:00:00.000Z',
      endsAt: '2026-08-31T16:00:00.000Z',
    },
    verdict: {
      __typename: 'VetoVerdictView',
      isVetoed: true,
      leadershipResponsible: true,
      ruleIds: ['ACC-3', 'ACC-4', 'REP-4'],
      grounds: [
        {
          __typename: 'VetoGroundView',
          case: CASE_REF,
          failure: 'CONCEALMENT',
          impact: 'BAD_INFLUENCE',
          ruleIds: ['ACC-4', 'ACC-3', 'REP-4'],
          clause: '五(三)',
        },
      ],
      excluded: [
        {
          __typename: 'ExcludedCaseView',
          case: { ...CASE_REF, caseId: null, category: null, receivedAt: null },
          reason: 'NO_IMPACT',
        },
      ],
    },
    statement: null,
    review: null,
    findings: [],
    evidence: {
      __typename: 'AssessmentEvidence',
      activeStaff: 3,
      overdueRechecks: 0,
      staffFoundNotClear: 0,
      overdueInterviews: 1,
      cases: [
        {
          __typename: 'CaseEvidence',
          case: CASE_REF,
          breaches: ['CONCEALMENT'],
          failures: [],
          impacts: ['BAD_INFLUENCE'],
          isStaffSuspect: true,
        },
      ],
      misconductCases: [],
    },
    sanctionOptions: [],
    sanctions: [],
    ...overrides,
    viewerCan: { ...NO_ACTIONS, ...actions },
  };
}
