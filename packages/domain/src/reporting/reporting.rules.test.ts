import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import { assessReporting, reportingDeadlines, requiresPoliceReport } from './reporting.rules';
import type { ReportingTimeline } from './reporting.types';

const TZ = DEFAULT_POLICY.timeZone;
const sh = (local: string): Date => new Date(`${local}+08:00`);
const plus = (d: Date, minutes: number, seconds = 0): Date =>
  new Date(d.getTime() + (minutes * 60 + seconds) * 1000);

const RECEIVED = sh('2025-03-31T23:30:00'); // month end, half an hour before midnight in Shanghai

const buildTimeline = (overrides: Partial<ReportingTimeline> = {}): ReportingTimeline => ({
  category: 'MOLESTATION',
  suspectType: 'STAFF',
  receipts: [{ personId: 'teacher-1', receivedAt: RECEIVED }],
  ...overrides,
});

const assess = (overrides: Partial<ReportingTimeline>, now: Date) => {
  const result = assessReporting(buildTimeline(overrides), now, DEFAULT_POLICY);
  if (!result.ok) throw new Error(`unexpected refusal ${result.error.code}`);
  return result.value;
};

describe('requiresPoliceReport', () => {
  it('REP-1: every staff infringement but OTHER must go to the police', () => {
    for (const category of ['SEXUAL_ASSAULT', 'MOLESTATION', 'ABUSE', 'BULLYING_VIOLENCE'] as const) {
      expect(requiresPoliceReport(category, 'STAFF', DEFAULT_POLICY)).toEqual({
        isRequired: true,
        ruleIds: ['REP-1', 'REP-3'],
      });
    }
    expect(requiresPoliceReport('OTHER', 'STAFF', DEFAULT_POLICY).isRequired).toBe(false);
  });

  it('REP-1: by default suspected sexual abuse is reportable whoever the suspect is; the district may narrow it', () => {
    expect(requiresPoliceReport('SEXUAL_ASSAULT', 'OUTSIDER', DEFAULT_POLICY).isRequired).toBe(true);
    expect(requiresPoliceReport('MOLESTATION', 'UNKNOWN', DEFAULT_POLICY).isRequired).toBe(true);
    expect(requiresPoliceReport('BULLYING_VIOLENCE', 'STUDENT', DEFAULT_POLICY)).toEqual({
      isRequired: false,
      ruleIds: ['REP-1'],
    });
    const narrow = { ...DEFAULT_POLICY, sexualAbuseReportableWhateverSuspect: false };
    expect(requiresPoliceReport('SEXUAL_ASSAULT', 'STUDENT', narrow).isRequired).toBe(false);
  });
});

describe('reportingDeadlines', () => {
  it('REP-2, REP-3: deadlines cross midnight and the month end in Asia/Shanghai', () => {
    const result = reportingDeadlines(
      { receipts: [{ personId: 't', receivedAt: RECEIVED }] },
      DEFAULT_POLICY,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(formatInZone(result.value.headNotificationDueAt, TZ)).toBe('2025-03-31 23:40:00');
    expect(formatInZone(result.value.policeReportDueAt, TZ)).toBe('2025-04-01 00:30:00');
    expect(result.value.policeReportDueAt.toISOString()).toBe('2025-03-31T16:30:00.000Z');
    expect(result.value.ruleIds).toEqual(['REP-2', 'REP-3']);
  });

  it('REP-3: a year-end receipt is due in the new year in Shanghai while UTC is still in the old one', () => {
    const result = reportingDeadlines(
      { receipts: [{ personId: 't', receivedAt: sh('2025-12-31T23:59:30') }] },
      DEFAULT_POLICY,
    );
    if (!result.ok) throw new Error('refused');
    expect(formatInZone(result.value.policeReportDueAt, TZ)).toBe('2026-01-01 00:59:30');
    expect(result.value.policeReportDueAt.toISOString()).toBe('2025-12-31T16:59:30.000Z');
  });

  it('REP-3: two staff received the disclosure at different times: the earliest receipt starts the clock', () => {
    const result = reportingDeadlines(
      {
        receipts: [
          { personId: 'head-teacher', receivedAt: plus(RECEIVED, 25) },
          { personId: 'teacher-1', receivedAt: RECEIVED },
          { personId: 'teacher-2', receivedAt: plus(RECEIVED, 40) },
        ],
      },
      DEFAULT_POLICY,
    );
    if (!result.ok) throw new Error('refused');
    expect(result.value.earliestReceipt.personId).toBe('teacher-1');
    expect(result.value.policeReportDueAt).toEqual(plus(RECEIVED, 60));
  });

  it('REP-3: a receipt after the moment it was recorded is refused as in the future', () => {
    const result = reportingDeadlines(
      { receipts: [{ personId: 'teacher-1', receivedAt: plus(RECEIVED, 5) }], recordedAt: RECEIVED },
      DEFAULT_POLICY,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'RECEIPT_IN_FUTURE',
        ruleId: 'REP-3',
        message:
          'Receipt by teacher-1 at 2025-03-31 23:35:00 is after 2025-03-31 23:30:00 (Asia/Shanghai); a receipt cannot be in the future.',
      },
    });
    const recordedLater = reportingDeadlines(
      { receipts: [{ personId: 'teacher-1', receivedAt: RECEIVED }], recordedAt: plus(RECEIVED, 1) },
      DEFAULT_POLICY,
    );
    expect(recordedLater.ok).toBe(true);
  });

  it('REP-3: no receipt, or an invalid time, is refused with a code', () => {
    expect(reportingDeadlines({ receipts: [] }, DEFAULT_POLICY)).toMatchObject({
      ok: false,
      error: { code: 'NO_RECEIPT', ruleId: 'REP-3' },
    });
    expect(
      reportingDeadlines({ receipts: [{ personId: 't', receivedAt: new Date('nonsense') }] }, DEFAULT_POLICY),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_TIME' } });
  });

  it('REP-3: property: the police deadline is always exactly policeReportMinutes after the earliest receipt', () => {
    const instant = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        fc.array(instant, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 24 * 60 }),
        (times, minutes) => {
          const policy = { ...DEFAULT_POLICY, policeReportMinutes: minutes };
          const result = reportingDeadlines(
            { receipts: times.map((receivedAt, i) => ({ personId: `p${i}`, receivedAt })) },
            policy,
          );
          if (!result.ok) return false;
          const first = Math.min(...times.map((t) => t.getTime()));
          return result.value.policeReportDueAt.getTime() - first === minutes * 60_000;
        },
      ),
    );
  });
});

describe('assessReporting', () => {
  it('REP-3: a police report at exactly 60:00 after receipt is on time', () => {
    const reportedAt = plus(RECEIVED, 60);
    const result = assess(
      { policeReportedAt: reportedAt, headNotifiedAt: plus(RECEIVED, 5) },
      plus(RECEIVED, 90),
    );
    expect(result.status).toBe('COMPLIANT');
    expect(result.breaches).toEqual([]);
    expect(result.isHeadNotificationLate).toBe(false);
  });

  it('REP-3, REP-4: a police report at 60:01 after receipt is late (迟报)', () => {
    const result = assess({ policeReportedAt: plus(RECEIVED, 60, 1) }, plus(RECEIVED, 90));
    expect(result.status).toBe('IN_BREACH');
    expect(result.breaches).toEqual([
      {
        code: 'LATE_REPORT',
        hop: 'SCHOOL_TO_POLICE',
        ruleIds: ['REP-3', 'REP-4'],
        clause: '四(五)',
        occurredAt: plus(RECEIVED, 60),
      },
    ]);
  });

  it('REP-3: before the deadline with no report yet, the incident is awaiting its police report', () => {
    expect(assess({}, plus(RECEIVED, 59)).status).toBe('AWAITING_POLICE_REPORT');
    expect(assess({}, plus(RECEIVED, 60)).status).toBe('AWAITING_POLICE_REPORT');
  });

  it('REP-4: no report and the deadline passed is already a late report', () => {
    expect(assess({}, plus(RECEIVED, 60, 1)).breaches.map((b) => b.code)).toEqual(['LATE_REPORT']);
  });

  it('REP-2: the head told after 10 minutes is late; not told and past 10 minutes is late too', () => {
    expect(assess({ headNotifiedAt: plus(RECEIVED, 10) }, plus(RECEIVED, 30)).isHeadNotificationLate).toBe(
      false,
    );
    expect(assess({ headNotifiedAt: plus(RECEIVED, 10, 1) }, plus(RECEIVED, 30)).isHeadNotificationLate).toBe(
      true,
    );
    expect(assess({}, plus(RECEIVED, 11)).isHeadNotificationLate).toBe(true);
  });

  it('REP-4: closing a reportable case without a police report is an omission (漏报)', () => {
    const closedAt = plus(RECEIVED, 30);
    const result = assess({ closedAt }, plus(RECEIVED, 40));
    expect(result.breaches).toEqual([
      {
        code: 'OMISSION',
        hop: 'SCHOOL_TO_POLICE',
        ruleIds: ['REP-4'],
        clause: '四(五)',
        occurredAt: closedAt,
      },
    ]);
  });

  it('REP-4: a private settlement of a reportable case is recorded (私下调解)', () => {
    const at = plus(RECEIVED, 20);
    const result = assess(
      { privateSettlementAt: at, policeReportedAt: plus(RECEIVED, 30) },
      plus(RECEIVED, 40),
    );
    expect(result.breaches).toEqual([
      {
        code: 'PRIVATE_SETTLEMENT',
        hop: 'SCHOOL_TO_POLICE',
        ruleIds: ['REP-4'],
        clause: '四(五)',
        occurredAt: at,
      },
    ]);
  });

  it('REP-4, REP-8: the district learning of a case the school never reported is concealment (瞒报)', () => {
    const learnedAt = plus(RECEIVED, 20);
    const result = assess(
      {
        category: 'BULLYING_VIOLENCE',
        suspectType: 'STUDENT',
        learnedFromElsewhere: { source: 'PARENT', learnedAt },
      },
      plus(RECEIVED, 30),
    );
    expect(result.breaches).toEqual([
      {
        code: 'CONCEALMENT',
        hop: 'SCHOOL_TO_DISTRICT',
        ruleIds: ['REP-4', 'REP-8'],
        clause: '四(五)',
        occurredAt: learnedAt,
      },
    ]);
  });

  it('REP-8: a school that told SAFETY or the police first is not concealing, even when a tip arrives too', () => {
    const learnedFromElsewhere = { source: 'TIP' as const, learnedAt: plus(RECEIVED, 20) };
    const told = assess(
      {
        reportedToDistrictAt: plus(RECEIVED, 20),
        policeReportedAt: plus(RECEIVED, 30),
        learnedFromElsewhere,
      },
      plus(RECEIVED, 40),
    );
    expect(told.breaches).toEqual([]);
    const reportedAfter = assess(
      { reportedToDistrictAt: plus(RECEIVED, 25), learnedFromElsewhere },
      plus(RECEIVED, 40),
    );
    expect(reportedAfter.breaches.map((b) => b.code)).toEqual(['CONCEALMENT']);
  });

  it('REP-9, REP-4: a tip-line lead is concealment (瞒报) only when the school had known before the tip', () => {
    const tipAt = plus(RECEIVED, 120);
    const knewEarlier = assess(
      {
        category: 'ABUSE',
        suspectType: 'STAFF',
        learnedFromElsewhere: { source: 'TIP_LINE', learnedAt: tipAt },
      },
      plus(RECEIVED, 130),
    );
    expect(knewEarlier.breaches.map((b) => b.code)).toContain('CONCEALMENT');
    const learnedWithTip = assess(
      {
        category: 'ABUSE',
        suspectType: 'STAFF',
        receipts: [{ personId: 'teacher', receivedAt: tipAt }],
        learnedFromElsewhere: { source: 'TIP_LINE', learnedAt: tipAt },
      },
      plus(RECEIVED, 130),
    );
    expect(learnedWithTip.breaches.map((b) => b.code)).not.toContain('CONCEALMENT');
    expect(learnedWithTip.deadlines.policeReportDueAt).toEqual(plus(RECEIVED, 180));
  });

  it('REP-1: a student fight (not reportable to the police) closed without a report is compliant', () => {
    const result = assess(
      { category: 'BULLYING_VIOLENCE', suspectType: 'STUDENT', closedAt: plus(RECEIVED, 120) },
      plus(RECEIVED, 200),
    );
    expect(result).toMatchObject({ status: 'COMPLIANT', breaches: [], policeReport: { isRequired: false } });
  });

  it('REP-4: a private settlement is a breach whatever the category, even where no police report is due (私下调解)', () => {
    const at = plus(RECEIVED, 100);
    const result = assess(
      { category: 'OTHER', suspectType: 'STUDENT', privateSettlementAt: at },
      plus(RECEIVED, 200),
    );
    expect(result.status).toBe('IN_BREACH');
    expect(result.breaches).toEqual([
      {
        code: 'PRIVATE_SETTLEMENT',
        hop: 'SCHOOL_TO_DISTRICT',
        ruleIds: ['REP-4'],
        clause: '四(五)',
        occurredAt: at,
      },
    ]);
  });

  it('REP-1, REP-2, REP-4: a reportable disclosure entered after the head-notification deadline is a late teacher → head hop (迟报)', () => {
    const recordedAt = plus(RECEIVED, 10, 1);
    const result = assess({ recordedAt, policeReportedAt: plus(RECEIVED, 30) }, plus(RECEIVED, 40));
    expect(result.status).toBe('IN_BREACH');
    expect(result.breaches).toEqual([
      {
        code: 'LATE_REPORT',
        hop: 'TEACHER_TO_HEAD',
        ruleIds: ['REP-1', 'REP-2', 'REP-4'],
        clause: '四(五)',
        occurredAt: plus(RECEIVED, 10),
      },
    ]);
  });

  it('REP-2: a disclosure entered at the head-notification deadline is on time; one that needs no police report is not a breach (REP-1)', () => {
    expect(assess({ recordedAt: plus(RECEIVED, 10) }, plus(RECEIVED, 20)).breaches).toEqual([]);
    const other = assess(
      { category: 'OTHER', suspectType: 'STAFF', recordedAt: plus(RECEIVED, 180) },
      plus(RECEIVED, 200),
    );
    expect(other).toMatchObject({ status: 'COMPLIANT', breaches: [] });
  });

  it('REP-2, REP-3: a disclosure entered three hours late is late on both hops', () => {
    const result = assess({ recordedAt: plus(RECEIVED, 180) }, plus(RECEIVED, 180));
    expect(result.breaches.map((b) => `${b.code}:${b.hop}`)).toEqual([
      'LATE_REPORT:TEACHER_TO_HEAD',
      'LATE_REPORT:SCHOOL_TO_POLICE',
    ]);
  });

  it('REP-3: a receipt time in the future is refused with a clear reason', () => {
    const result = assessReporting(buildTimeline(), plus(RECEIVED, -1), DEFAULT_POLICY);
    expect(result).toMatchObject({ ok: false, error: { code: 'RECEIPT_IN_FUTURE', ruleId: 'REP-3' } });
    if (!result.ok) expect(result.error.message).toContain('cannot be in the future');
  });

  it('REP-3: a police report before the receipt is refused with a clear reason', () => {
    const result = assessReporting(
      buildTimeline({ policeReportedAt: plus(RECEIVED, -1) }),
      plus(RECEIVED, 10),
      DEFAULT_POLICY,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'POLICE_REPORT_BEFORE_RECEIPT',
        ruleId: 'REP-3',
        message:
          'The police report is dated before the earliest receipt; record the earlier receipt instead.',
      },
    });
  });

  it('REP-2: the head told before any receipt, an event in the future, or an invalid event time are refused', () => {
    const now = plus(RECEIVED, 10);
    const refusal = (overrides: Partial<ReportingTimeline>) => {
      const r = assessReporting(buildTimeline(overrides), now, DEFAULT_POLICY);
      return r.ok ? null : r.error.code;
    };
    expect(refusal({ headNotifiedAt: plus(RECEIVED, -1) })).toBe('HEAD_NOTIFIED_BEFORE_RECEIPT');
    expect(refusal({ closedAt: plus(RECEIVED, 11) })).toBe('EVENT_IN_FUTURE');
    expect(refusal({ recordedAt: plus(RECEIVED, 11) })).toBe('EVENT_IN_FUTURE');
    expect(refusal({ reportedToDistrictAt: new Date(Number.NaN) })).toBe('INVALID_TIME');
    expect(refusal({ receipts: [] })).toBe('NO_RECEIPT');
  });
});
