import type { CaseDetail, CasePageCase, CaseWithChild, WelfareNote } from '../incidents.types';

const person = (id: string, displayName: string) => ({ __typename: 'CasePerson' as const, id, displayName });

type ClosingReasonOption = CaseDetail['viewerCan']['closingReasons'][number];

const option = (
  reason: ClosingReasonOption['reason'],
  refusal: ClosingReasonOption['refusal'] = null,
): ClosingReasonOption => ({
  __typename: 'ClosingReasonOption',
  reason,
  isAllowed: refusal === null,
  ruleId: 'REP-4',
  refusal,
});

/** REP-4 as the case policy answers before the police report: only DUPLICATE closes the case now. */
export function buildClosingReasons(): ClosingReasonOption[] {
  return [
    option('RESOLVED', 'POLICE_REPORT_REQUIRED'),
    option('UNFOUNDED', 'POLICE_REPORT_REQUIRED'),
    option('DUPLICATE'),
    option('PRIVATE_SETTLEMENT', 'PRIVATE_SETTLEMENT_FORBIDDEN'),
  ];
}

/** REP-4 once the police were told: every reason but a private settlement. */
export function buildClosingReasonsAfterPoliceReport(): ClosingReasonOption[] {
  return [
    option('RESOLVED'),
    option('UNFOUNDED'),
    option('DUPLICATE'),
    option('PRIVATE_SETTLEMENT', 'PRIVATE_SETTLEMENT_FORBIDDEN'),
  ];
}

/** A case as a mutation returns it to the head: received 10:02 Beijing time, police due 11:02. */
export function buildCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    __typename: 'Case',
    id: 'case-1',
    institutionId: 'inst-1',
    institutionName: '九龙坡区谢家湾小学',
    category: 'MOLESTATION',
    suspectType: 'STAFF',
    state: 'REPORTED',
    isConfidential: true,
    isChildInDanger: false,
    receivedAt: '2026-03-02T02:02:00.000Z',
    recordedAt: '2026-03-02T02:03:00.000Z',
    acknowledgedAt: null,
    closedAt: null,
    closingReason: null,
    reporting: {
      __typename: 'CaseReporting',
      status: 'AWAITING_POLICE_REPORT',
      isPoliceReportRequired: true,
      headNotificationDueAt: '2026-03-02T02:12:00.000Z',
      policeReportDueAt: '2026-03-02T03:02:00.000Z',
      isHeadNotificationLate: false,
      assessedAt: '2026-03-02T02:03:00.000Z',
    },
    breaches: [],
    suspectDescription: '体育老师',
    isSuspectHead: false,
    channel: 'ORAL',
    isHeadInConflict: false,
    access: 'FULL',
    reporter: person('teacher-1', '张老师'),
    acknowledgedBy: null,
    emergencyChecklist: [],
    policeReport: null,
    externalSources: [],
    timeline: [],
    viewerCan: {
      __typename: 'CaseActions',
      canAcknowledge: true,
      canCompleteEmergencyStep: true,
      canRecordPoliceReport: true,
      canRecordExternalSource: false,
      canClose: true,
      canRecordWelfareNote: true,
      canExportMandatoryReport: false,
      closingReasons: buildClosingReasons(),
    },
    ...overrides,
  };
}

/** The same case as the case page reads it, with the child (REP-7 need-to-know group). */
export function buildCaseWithChild(overrides: Partial<CaseWithChild> = {}): CaseWithChild {
  return {
    ...buildCase(),
    child: { __typename: 'ChildIdentity', name: '小红', className: '三年级二班' },
    childStatement: '他摸了我。',
    ...overrides,
  };
}

/** A REP-10 note as the case page lists it: recorded 11:00 Beijing time, guardian told 10:30. */
export function buildWelfareNote(overrides: Partial<WelfareNote> = {}): WelfareNote {
  return {
    __typename: 'WelfareNote',
    id: 'note-1',
    concernNote: '课间独处，不愿与同学交流。',
    guardianToldAt: '2026-03-02T02:30:00.000Z',
    isStudySuspended: false,
    recordedAt: '2026-03-02T03:00:00.000Z',
    recordedBy: person('head-1', '刘校长'),
    ...overrides,
  };
}

/** The case as the case page reads it, with the child and its welfare notes (none by default). */
export function buildCasePageCase(overrides: Partial<CasePageCase> = {}): CasePageCase {
  return { ...buildCaseWithChild(), welfareNotes: [], ...overrides };
}
