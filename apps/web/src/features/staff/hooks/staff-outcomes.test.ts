import type { DecideMisconductMutation } from '../../../gql/graphql';
import { buildMisconductCase, buildStaffMember, buildVettingDecision } from '../testing/staff-factories';
import { toActivateStaffOutcome } from './use-activate-staff';
import { toAddStaffCandidateOutcome } from './use-add-staff-candidate';
import { toDecideMisconductOutcome } from './use-decide-misconduct';
import { toOpenMisconductCaseOutcome } from './use-open-misconduct-case';
import { toRecordInterviewOutcome } from './use-record-interview';
import { toRecordQualificationOutcome } from './use-record-qualification';
import { toRecordVettingCheckOutcome } from './use-record-vetting-check';
import { translate, type TranslateParams } from '../../../i18n/i18n';
import { MESSAGES } from '../../../i18n/messages';
import type { MessageKey } from '../../../i18n/zh-CN';
import { failureMessage } from '../lib/failure-message';
import type { StaffLabels } from '../lib/staff-labels';

const validation = {
  __typename: 'ValidationError',
  code: 'VALIDATION_FAILED',
  message: 'bad',
  field: 'idNumber',
} as const;
const notFound = { __typename: 'StaffNotFoundError', code: 'NOT_FOUND', message: 'nf' } as const;
const invalidState = {
  __typename: 'InvalidStaffStateError',
  code: 'INVALID_STAFF_STATE',
  message: 's',
  staffStatus: 'BLOCKED',
} as const;
const unknown = { __typename: 'SomethingNew' } as never;

const misconductCase = buildMisconductCase();

describe('staff mutation result unions → outcomes', () => {
  it('addStaffCandidate: added, invalid input, duplicate', () => {
    const staff = buildStaffMember();
    expect(toAddStaffCandidateOutcome(staff)).toEqual({ type: 'ADDED', staff });
    expect(toAddStaffCandidateOutcome(validation)).toEqual({
      type: 'INVALID_INPUT',
      textProblem: null,
      field: 'idNumber',
      message: 'bad',
    });
    expect(
      toAddStaffCandidateOutcome({
        __typename: 'DuplicateStaffError',
        code: 'DUPLICATE_STAFF',
        message: 'd',
      }),
    ).toEqual({
      type: 'DUPLICATE',
    });
    expect(() => toAddStaffCandidateOutcome(unknown)).toThrow('Unhandled case');
  });

  it('recordVettingCheck: the unit that must record it is handed on (ORG-2)', () => {
    const staff = buildStaffMember();
    expect(toRecordVettingCheckOutcome(staff)).toEqual({ type: 'RECORDED', staff });
    expect(toRecordVettingCheckOutcome({ ...validation, field: null })).toEqual({
      type: 'INVALID_INPUT',
      textProblem: null,
      field: null,
      message: 'bad',
    });
    expect(toRecordVettingCheckOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(
      toRecordVettingCheckOutcome({
        __typename: 'NotResponsibleError',
        code: 'NOT_RESPONSIBLE',
        message: 'n',
        recordedBy: ['PERSONNEL'],
        ruleId: 'VET-3',
      }),
    ).toEqual({ type: 'NOT_RESPONSIBLE', recordedBy: ['PERSONNEL'], ruleId: 'VET-3' });
    expect(toRecordVettingCheckOutcome(invalidState)).toEqual({ type: 'INVALID_STATE', status: 'BLOCKED' });
    expect(() => toRecordVettingCheckOutcome(unknown)).toThrow('Unhandled case');
  });

  it('activateStaff: a refusal because vetting is not CLEAR carries the decision', () => {
    const staff = buildStaffMember({ status: 'ACTIVE' });
    const decision = buildVettingDecision({ status: 'BLOCKED' });
    expect(toActivateStaffOutcome(staff)).toEqual({ type: 'ACTIVATED', staff });
    expect(toActivateStaffOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(
      toActivateStaffOutcome({
        __typename: 'VettingNotClearError',
        code: 'VETTING_NOT_CLEAR',
        message: 'no',
        decision,
      }),
    ).toEqual({ type: 'NOT_CLEAR', decision });
    expect(toActivateStaffOutcome({ ...invalidState, staffStatus: null })).toEqual({
      type: 'INVALID_STATE',
      status: null,
    });
    expect(() => toActivateStaffOutcome(unknown)).toThrow('Unhandled case');
  });

  it('recordQualification and recordInterview', () => {
    const staff = buildStaffMember();
    expect(toRecordQualificationOutcome(staff)).toEqual({ type: 'RECORDED', staff });
    expect(toRecordQualificationOutcome(validation).type).toBe('INVALID_INPUT');
    expect(toRecordQualificationOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(() => toRecordQualificationOutcome(unknown)).toThrow('Unhandled case');
    expect(toRecordInterviewOutcome(staff)).toEqual({ type: 'RECORDED', staff });
    expect(toRecordInterviewOutcome(validation).type).toBe('INVALID_INPUT');
    expect(toRecordInterviewOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(toRecordInterviewOutcome(invalidState)).toEqual({ type: 'INVALID_STATE', status: 'BLOCKED' });
    expect(() => toRecordInterviewOutcome(unknown)).toThrow('Unhandled case');
  });

  it('VET-11: opening and deciding a misconduct case, with the allowed outcomes on refusal', () => {
    expect(toOpenMisconductCaseOutcome(misconductCase)).toEqual({ type: 'OPENED', misconductCase });
    expect(toOpenMisconductCaseOutcome(validation).type).toBe('INVALID_INPUT');
    expect(toOpenMisconductCaseOutcome(notFound)).toEqual({ type: 'NOT_FOUND' });
    expect(() => toOpenMisconductCaseOutcome(unknown)).toThrow('Unhandled case');

    const allowed: Extract<
      DecideMisconductMutation['decideMisconduct'],
      { __typename: 'OutcomeNotAllowedError' }
    >['allowed'] = {
      __typename: 'MisconductOptions',
      isInvestigationNeeded: false,
      options: [
        {
          __typename: 'MisconductOption',
          outcome: 'EXPEL_FROM_EDUCATION_SECTOR',
          isMandatory: true,
          ruleId: 'VET-11',
          clause: '四(五)',
        },
      ],
    };
    expect(toDecideMisconductOutcome(misconductCase)).toEqual({ type: 'DECIDED', misconductCase });
    expect(toDecideMisconductOutcome(validation).type).toBe('INVALID_INPUT');
    expect(
      toDecideMisconductOutcome({
        __typename: 'MisconductCaseNotFoundError',
        code: 'NOT_FOUND',
        message: 'x',
      }),
    ).toEqual({
      type: 'NOT_FOUND',
    });
    expect(
      toDecideMisconductOutcome({
        __typename: 'OutcomeNotAllowedError',
        code: 'OUTCOME_NOT_ALLOWED',
        message: 'x',
        allowed,
      }),
    ).toEqual({ type: 'OUTCOME_NOT_ALLOWED', allowed });
    expect(toDecideMisconductOutcome(invalidState)).toEqual({ type: 'INVALID_STATE', status: 'BLOCKED' });
    expect(() => toDecideMisconductOutcome(unknown)).toThrow('Unhandled case');
  });

  it('VET-11, ORG-3: a StaffForbiddenError becomes FORBIDDEN with its rule, in every staff mutation', () => {
    const forbidden = {
      __typename: 'StaffForbiddenError',
      code: 'FORBIDDEN',
      message: 'Only the handlers of this case decide it',
      ruleId: 'VET-11',
    } as const;
    const expected = { type: 'FORBIDDEN', ruleId: 'VET-11' };
    expect(toAddStaffCandidateOutcome(forbidden)).toEqual(expected);
    expect(toActivateStaffOutcome(forbidden)).toEqual(expected);
    expect(toRecordQualificationOutcome(forbidden)).toEqual(expected);
    expect(toRecordInterviewOutcome(forbidden)).toEqual(expected);
    expect(toOpenMisconductCaseOutcome(forbidden)).toEqual(expected);
    expect(toDecideMisconductOutcome(forbidden)).toEqual(expected);
  });
});

describe('a staff refusal, in zh-CN and en', () => {
  it('VET-11: FORBIDDEN names the rule, in zh-CN and in en', () => {
    const labels = {} as StaffLabels;
    const zh = (key: MessageKey, params?: TranslateParams) => translate(MESSAGES['zh-CN'], key, params);
    const en = (key: MessageKey, params?: TranslateParams) => translate(MESSAGES.en, key, params);
    expect(failureMessage({ type: 'FORBIDDEN', ruleId: 'VET-11' }, zh, labels)).toBe(
      '您不能对该记录进行此操作（VET-11），请刷新页面查看可进行的操作。',
    );
    expect(failureMessage({ type: 'FORBIDDEN', ruleId: 'VET-11' }, en, labels)).toContain('(VET-11)');
  });
});
