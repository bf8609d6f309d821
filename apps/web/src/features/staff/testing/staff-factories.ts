import type {
  MisconductCaseFieldsFragment,
  StaffMemberFieldsFragment,
  VettingDecisionFieldsFragment,
} from '../../../gql/graphql';

type StaffActions = StaffMemberFieldsFragment['viewerCan'];

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

/** What the head of the member's institution may do on a candidate whose vetting is incomplete. */
export function buildStaffActions(overrides: Partial<StaffActions> = {}): StaffActions {
  return {
    __typename: 'StaffMemberActions',
    canActivate: false,
    canRecordQualification: true,
    canRecordInterview: false,
    canOpenMisconductCase: true,
    canReadIdNumber: false,
    recordableChecks: ['CRIMINAL_DATABASE', 'CHILDCARE_TRAINING'],
    ...overrides,
  };
}

/** An open VET-11 case that the viewer handles (may decide). */
export function buildMisconductCase(
  overrides: Partial<MisconductCaseFieldsFragment> = {},
): MisconductCaseFieldsFragment {
  return {
    __typename: 'MisconductCase',
    id: 'misconduct-1',
    staffId: 'staff-1',
    staffName: '李小梅',
    institutionId: 'inst-kg',
    incidentId: null,
    status: 'OPEN',
    facts: '体罚幼儿',
    investigation: null,
    factsVerified: false,
    severity: null,
    involvesCrime: false,
    outcomes: [],
    openedAt: '2026-11-28T02:00:00.000Z',
    proposedAt: null,
    decidedAt: null,
    viewerCan: { __typename: 'MisconductCaseActions', canDecide: true },
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
    viewerCan: buildStaffActions(),
    ...overrides,
  };
}
