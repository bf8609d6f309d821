import type { StaffMemberFieldsFragment, VettingDecisionFieldsFragment } from '../../../gql/graphql';

export function buildVettingDecision(
  overrides: Partial<VettingDecisionFieldsFragment> = {},
): VettingDecisionFieldsFragment {
  return {
    __typename: 'VettingDecision',
    status: 'INCOMPLETE',
    ruleIds: ['VET-1', 'VET-5'],
    required: [
      {
        __typename: 'RequiredCheck',
        check: 'CRIMINAL_DATABASE',
        recordedBy: 'INSTITUTION',
        ruleId: 'VET-1',
        clause: '四(五)',
        viewerCanRecord: true,
      },
      {
        __typename: 'RequiredCheck',
        check: 'CHILDCARE_TRAINING',
        recordedBy: 'INSTITUTION',
        ruleId: 'VET-5',
        clause: '四(五)',
        viewerCanRecord: true,
      },
    ],
    missing: [
      {
        __typename: 'RequiredCheck',
        check: 'CRIMINAL_DATABASE',
        recordedBy: 'INSTITUTION',
        ruleId: 'VET-1',
        clause: '四(五)',
        viewerCanRecord: true,
      },
      {
        __typename: 'RequiredCheck',
        check: 'CHILDCARE_TRAINING',
        recordedBy: 'INSTITUTION',
        ruleId: 'VET-5',
        clause: '四(五)',
        viewerCanRecord: true,
      },
    ],
    blocking: [],
    ...overrides,
  };
}

/** The staff member's decision, with the checks that may carry criminal findings (VET-6, VET-7). */
export function buildMemberVetting(
  overrides: Partial<StaffMemberFieldsFragment['vetting']> = {},
): StaffMemberFieldsFragment['vetting'] {
  return {
    ...buildVettingDecision(),
    checksWithFindings: [
      'CRIMINAL_DATABASE',
      'TEACHER_ENTRY_SYSTEM',
      'NEW_INSTITUTION_REVIEW',
      'IN_SERVICE_RECHECK',
    ],
    ...overrides,
  };
}

export function buildStaffMember(
  overrides: Partial<StaffMemberFieldsFragment> = {},
): StaffMemberFieldsFragment {
  return {
    __typename: 'StaffMember',
    id: 'staff-1',
    name: '李小梅',
    idNumberMasked: '5001**********1234',
    idNumber: null,
    phone: '13800001234',
    role: 'CHILDCARE_WORKER',
    employmentType: 'TEMPORARY',
    post: '小一班保育员',
    status: 'CANDIDATE',
    hasStudentAccess: true,
    startedAt: null,
    activatedAt: null,
    createdAt: '2026-11-28T02:00:00.000Z',
    institution: {
      __typename: 'Institution',
      id: 'inst-kg',
      name: '九龙坡区机关幼儿园',
      kind: 'KINDERGARTEN',
    },
    vetting: buildMemberVetting(),
    checks: [],
    qualifications: [],
    interviews: [],
    dueDates: null,
    misconductCases: [],
    ...overrides,
  };
}
