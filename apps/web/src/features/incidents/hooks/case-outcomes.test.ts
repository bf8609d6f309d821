import { buildCase, buildWelfareNote } from '../testing/build-case';
import { toAcknowledgeCaseOutcome } from './use-acknowledge-case';
import { toCloseCaseOutcome } from './use-close-case';
import { toCompleteEmergencyStepOutcome } from './use-complete-emergency-step';
import { toMarkNotificationReadOutcome } from './use-mark-notification-read';
import { toRecordDisclosureOutcome } from './use-record-disclosure';
import { toRecordExternalSourceOutcome } from './use-record-external-source';
import { toRecordPoliceReportOutcome } from './use-record-police-report';
import { toRecordWelfareNoteOutcome } from './use-record-welfare-note';

const incident = buildCase();
const notFound = { __typename: 'CaseNotFoundError', code: 'NOT_FOUND', message: 'm' } as const;
const forbidden = {
  __typename: 'CaseForbiddenError',
  code: 'FORBIDDEN',
  message: 'm',
  forbiddenRuleId: 'REP-11',
} as const;
const invalid = {
  __typename: 'ValidationError',
  code: 'VALIDATION_FAILED',
  message: 'm',
  field: 'policeStation',
} as const;
const timeError = {
  __typename: 'ReportingTimeError',
  code: 'INVALID_TIMELINE',
  message: 'm',
  problem: 'RECEIPT_IN_FUTURE',
  ruleId: 'REP-3',
  field: 'receivedAt',
} as const;
const omission = {
  __typename: 'TransitionRefusedError',
  code: 'TRANSITION_REFUSED',
  message: 'm',
  refusal: 'POLICE_REPORT_REQUIRED',
  ruleId: 'REP-4',
  breachRecorded: 'OMISSION',
} as const;
const unknown = { __typename: 'SomethingNew' } as never;

describe('case mutation results → outcomes', () => {
  it('recordDisclosure: the case, a refused field, and REP-3 refusing a receipt in the future', () => {
    expect(toRecordDisclosureOutcome(incident)).toEqual({ type: 'DONE', case: incident });
    expect(toRecordDisclosureOutcome({ ...invalid, field: null })).toEqual({
      type: 'INVALID_INPUT',
      textProblem: null,
      field: null,
    });
    expect(toRecordDisclosureOutcome(timeError)).toEqual({
      type: 'TIME_REFUSED',
      problem: 'RECEIPT_IN_FUTURE',
      field: 'receivedAt',
    });
  });

  it('acknowledgeCase: every member', () => {
    expect(toAcknowledgeCaseOutcome(incident)).toEqual({ type: 'DONE', case: incident });
    expect(toAcknowledgeCaseOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(toAcknowledgeCaseOutcome(forbidden)).toEqual({ type: 'FORBIDDEN', ruleId: 'REP-11' });
    expect(
      toAcknowledgeCaseOutcome({ ...omission, refusal: 'SAME_STATE', ruleId: 'REP-3', breachRecorded: null }),
    ).toEqual({
      type: 'REFUSED',
      refusal: 'SAME_STATE',
      breachRecorded: null,
    });
  });

  it('completeEmergencyStep (REP-6): every member', () => {
    expect(toCompleteEmergencyStepOutcome(incident)).toEqual({ type: 'DONE', case: incident });
    expect(toCompleteEmergencyStepOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(toCompleteEmergencyStepOutcome(forbidden)).toEqual({ type: 'FORBIDDEN', ruleId: 'REP-11' });
    expect(toCompleteEmergencyStepOutcome({ ...invalid, field: 'step' })).toEqual({
      type: 'INVALID_INPUT',
      textProblem: null,
      field: 'step',
    });
    expect(toCompleteEmergencyStepOutcome({ ...timeError, problem: 'EVENT_IN_FUTURE', field: null })).toEqual(
      {
        type: 'TIME_REFUSED',
        problem: 'EVENT_IN_FUTURE',
        field: null,
      },
    );
  });

  it('recordPoliceReport (REP-3): every member, including a report dated before the receipt', () => {
    expect(toRecordPoliceReportOutcome(incident)).toEqual({ type: 'DONE', case: incident });
    expect(toRecordPoliceReportOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(toRecordPoliceReportOutcome(forbidden)).toEqual({ type: 'FORBIDDEN', ruleId: 'REP-11' });
    expect(toRecordPoliceReportOutcome(invalid)).toEqual({
      type: 'INVALID_INPUT',
      field: 'policeStation',
      textProblem: null,
    });
    expect(
      toRecordPoliceReportOutcome({
        ...timeError,
        code: 'INVALID_TIMELINE',
        problem: 'POLICE_REPORT_BEFORE_RECEIPT',
        field: 'reportedAt',
      }),
    ).toEqual({ type: 'TIME_REFUSED', problem: 'POLICE_REPORT_BEFORE_RECEIPT', field: 'reportedAt' });
    expect(
      toRecordPoliceReportOutcome({ ...omission, refusal: 'INCIDENT_CLOSED', breachRecorded: null }),
    ).toEqual({
      type: 'REFUSED',
      refusal: 'INCIDENT_CLOSED',
      breachRecorded: null,
    });
  });

  it('recordExternalSource (REP-8): every member', () => {
    expect(toRecordExternalSourceOutcome(incident)).toEqual({ type: 'DONE', case: incident });
    expect(toRecordExternalSourceOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(toRecordExternalSourceOutcome(forbidden)).toEqual({ type: 'FORBIDDEN', ruleId: 'REP-11' });
    expect(toRecordExternalSourceOutcome({ ...invalid, field: 'note' })).toEqual({
      type: 'INVALID_INPUT',
      textProblem: null,
      field: 'note',
    });
    expect(
      toRecordExternalSourceOutcome({ ...timeError, problem: 'EVENT_IN_FUTURE', field: 'learnedAt' }),
    ).toEqual({
      type: 'TIME_REFUSED',
      problem: 'EVENT_IN_FUTURE',
      field: 'learnedAt',
    });
  });

  it('REP-4: closeCase refused for want of a police report carries the 漏报 breach it recorded', () => {
    expect(toCloseCaseOutcome(incident)).toEqual({ type: 'DONE', case: incident });
    expect(toCloseCaseOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(toCloseCaseOutcome(forbidden)).toEqual({ type: 'FORBIDDEN', ruleId: 'REP-11' });
    // A note the API refused at the boundary (issue 9): what is wrong with the text comes along.
    expect(toCloseCaseOutcome({ ...invalid, field: 'note', textProblem: 'DISALLOWED_CHARACTERS' })).toEqual({
      type: 'INVALID_INPUT',
      field: 'note',
      textProblem: 'DISALLOWED_CHARACTERS',
    });
    expect(toCloseCaseOutcome(omission)).toEqual({
      type: 'REFUSED',
      refusal: 'POLICE_REPORT_REQUIRED',
      breachRecorded: 'OMISSION',
    });
    expect(
      toCloseCaseOutcome({
        ...omission,
        refusal: 'PRIVATE_SETTLEMENT_FORBIDDEN',
        breachRecorded: 'PRIVATE_SETTLEMENT',
      }),
    ).toEqual({
      type: 'REFUSED',
      refusal: 'PRIVATE_SETTLEMENT_FORBIDDEN',
      breachRecorded: 'PRIVATE_SETTLEMENT',
    });
  });

  it('REP-10: recordWelfareNote maps every member; the case comes back with its notes', () => {
    const withNote = { ...incident, welfareNotes: [buildWelfareNote()] };
    expect(toRecordWelfareNoteOutcome(withNote)).toEqual({ type: 'DONE', case: withNote });
    expect(toRecordWelfareNoteOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(toRecordWelfareNoteOutcome(forbidden)).toEqual({ type: 'FORBIDDEN', ruleId: 'REP-11' });
    expect(toRecordWelfareNoteOutcome({ ...invalid, field: 'guardianToldAt' })).toEqual({
      type: 'INVALID_INPUT',
      textProblem: null,
      field: 'guardianToldAt',
    });
    expect(toRecordWelfareNoteOutcome({ ...invalid, field: null })).toEqual({
      type: 'INVALID_INPUT',
      textProblem: null,
      field: null,
    });
  });

  it('markNotificationRead: read, or not found for someone else’s', () => {
    expect(
      toMarkNotificationReadOutcome({
        __typename: 'Notification',
        id: 'n1',
        readAt: '2026-03-02T02:05:00.000Z',
      }),
    ).toEqual({ type: 'READ', readAt: '2026-03-02T02:05:00.000Z' });
    expect(toMarkNotificationReadOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
  });

  it('throws on a member it does not know rather than guessing', () => {
    for (const map of [
      toRecordDisclosureOutcome,
      toAcknowledgeCaseOutcome,
      toCompleteEmergencyStepOutcome,
      toRecordPoliceReportOutcome,
      toRecordExternalSourceOutcome,
      toCloseCaseOutcome,
      toRecordWelfareNoteOutcome,
      toMarkNotificationReadOutcome,
    ]) {
      expect(() => map(unknown)).toThrow('Unhandled case');
    }
  });
});
