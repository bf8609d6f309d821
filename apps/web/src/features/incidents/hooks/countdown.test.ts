import { translate } from '../../../i18n/i18n';
import { MESSAGES } from '../../../i18n/messages';
import { deadlineStanding, formatDuration } from './countdown';
import { describeDeadline, isPoliceReportLate } from './deadline-text';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(MESSAGES['zh-CN'], key, params);

// Received 10:02 Beijing time; police report due 11:02 (REP-3).
const POLICE_DUE = '2026-03-02T03:02:00.000Z';
const at = (beijing: string) => Date.parse(`2026-03-02T${beijing}+08:00`);

describe('formatDuration', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(formatDuration(59 * 60_000 + 58_000)).toEqual({ days: 0, clock: '59:58' });
    expect(formatDuration(5_000)).toEqual({ days: 0, clock: '00:05' });
  });

  it('shows hours once an hour or more is left, and days beyond a day', () => {
    expect(formatDuration(60 * 60_000)).toEqual({ days: 0, clock: '1:00:00' });
    expect(formatDuration(26 * 3_600_000 + 61_000)).toEqual({ days: 1, clock: '2:01:01' });
  });

  it('rounds down to whole seconds and never shows a negative clock', () => {
    expect(formatDuration(59_999)).toEqual({ days: 0, clock: '00:59' });
    expect(formatDuration(-5_000)).toEqual({ days: 0, clock: '00:00' });
  });
});

describe('deadlineStanding', () => {
  it('REP-3: at 10:03 there are 59 minutes left of the police deadline', () => {
    expect(deadlineStanding(POLICE_DUE, { at: null, isLate: false }, at('10:03:00'))).toEqual({
      type: 'RUNNING',
      remainingMs: 59 * 60_000,
    });
  });

  it('REP-3: at 11:02:00 exactly the time is up', () => {
    expect(deadlineStanding(POLICE_DUE, { at: null, isLate: false }, at('11:02:00'))).toEqual({
      type: 'OVERDUE',
      overdueMs: 0,
    });
  });

  it('REP-3: a met deadline is late or on time as the server judged it, whatever the clock says now', () => {
    const late = { at: '2026-03-02T03:02:01.000Z', isLate: true };
    expect(deadlineStanding(POLICE_DUE, late, at('10:30:00'))).toEqual({
      type: 'MET',
      metAt: '2026-03-02T03:02:01.000Z',
      isLate: true,
    });
    // The web never compares the instants itself: the server's answer stands.
    const onTime = { at: '2026-03-02T03:02:01.000Z', isLate: false };
    expect(deadlineStanding(POLICE_DUE, onTime, at('12:00:00'))).toMatchObject({ isLate: false });
  });
});

describe('describeDeadline (zh-CN)', () => {
  const open = { dueAt: POLICE_DUE, metAt: null, isMetLate: false, closedAt: null, applies: true };

  it('counts down in Chinese while running', () => {
    expect(describeDeadline(open, at('10:03:02'), t)).toEqual({
      text: '剩余 58:58',
      tone: 'warning',
      standing: 'RUNNING',
    });
  });

  it('counts up once overdue', () => {
    expect(describeDeadline(open, at('11:07:30'), t)).toEqual({
      text: '已超时 05:30',
      tone: 'error',
      standing: 'OVERDUE',
    });
    expect(describeDeadline(open, at('12:02:00') + 24 * 3_600_000, t).text).toBe('已超时 1 天 1:00:00');
  });

  it('says when it was met, in Beijing time, and whether late', () => {
    expect(describeDeadline({ ...open, metAt: '2026-03-02T02:40:00.000Z' }, at('12:00:00'), t)).toEqual({
      text: '已于 2026-03-02 10:40 完成',
      tone: 'success',
      standing: 'MET',
    });
    expect(
      describeDeadline({ ...open, metAt: '2026-03-02T03:10:00.000Z', isMetLate: true }, at('12:00:00'), t)
        .text,
    ).toBe('已于 2026-03-02 11:10 完成（超时）');
  });

  it('stops counting when the case was closed without meeting it', () => {
    expect(
      describeDeadline({ ...open, closedAt: '2026-03-02T02:30:00.000Z' }, at('10:40:00'), t),
    ).toMatchObject({
      text: '结案时仍未完成',
      standing: 'NOT_MET_CLOSED',
    });
  });

  it('shows no countdown when the API says no police report is required', () => {
    expect(describeDeadline({ ...open, applies: false }, at('11:30:00'), t)).toEqual({
      text: '本案不属于必须报案的情形',
      tone: 'neutral',
      standing: 'NOT_REQUIRED',
    });
  });
});

describe('isPoliceReportLate', () => {
  const breach = (code: 'LATE_REPORT' | 'OMISSION', hop: 'TEACHER_TO_HEAD' | 'SCHOOL_TO_POLICE') => ({
    __typename: 'CaseBreach' as const,
    code,
    hop,
    ruleIds: ['REP-4'],
    occurredAt: POLICE_DUE,
    recordedAt: POLICE_DUE,
  });

  it('REP-3: late when the server recorded 迟报 on the school → police hop, not on the teacher → head hop', () => {
    expect(isPoliceReportLate({ breaches: [breach('LATE_REPORT', 'SCHOOL_TO_POLICE')] })).toBe(true);
    expect(isPoliceReportLate({ breaches: [breach('LATE_REPORT', 'TEACHER_TO_HEAD')] })).toBe(false);
    expect(isPoliceReportLate({ breaches: [breach('OMISSION', 'SCHOOL_TO_POLICE')] })).toBe(false);
    expect(isPoliceReportLate({ breaches: [] })).toBe(false);
  });
});
