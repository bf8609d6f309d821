import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import { inServiceDueDates, misconductOutcomes } from './vetting-in-service.rules';
import type { InServiceHistory, InServiceStaff, MisconductFacts } from './vetting.types';

const TZ = DEFAULT_POLICY.timeZone;
/** An instant given as Asia/Shanghai wall-clock time. */
const sh = (local: string): Date => new Date(`${local}+08:00`);

const buildStaff = (overrides: Partial<InServiceStaff> = {}): InServiceStaff => ({
  role: 'KINDERGARTEN_TEACHER',
  institutionKind: 'KINDERGARTEN',
  startedAt: sh('2024-08-31T09:00:00'),
  hasStudentAccess: true,
  ...overrides,
});

const buildHistory = (overrides: Partial<InServiceHistory> = {}): InServiceHistory => ({
  rechecks: [],
  reminderInterviews: [],
  ...overrides,
});

const buildFacts = (overrides: Partial<MisconductFacts> = {}): MisconductFacts => ({
  factsVerified: true,
  severity: 'MISCONDUCT',
  involvesCrime: false,
  holdsTeacherQualification: true,
  ...overrides,
});

describe('inServiceDueDates', () => {
  it('VET-9: kindergarten staff are re-checked 12 months after the last check, supervised by PRESCHOOL', () => {
    const history = buildHistory({ rechecks: [sh('2024-09-15T10:00:00'), sh('2025-01-10T10:00:00')] });
    const { recheck } = inServiceDueDates(buildStaff(), history, sh('2025-06-01T00:00:00'), DEFAULT_POLICY);
    expect(recheck).toMatchObject({ ruleId: 'VET-9', supervisedBy: ['PRESCHOOL'], isOverdue: false });
    expect(formatInZone(recheck!.dueAt, TZ)).toBe('2026-01-10 10:00:00');
    expect(recheck!.lastAt).toEqual(sh('2025-01-10T10:00:00'));
  });

  it('VET-9: with no re-check yet the first is due 12 months after the start, and overdue a second later', () => {
    const staff = buildStaff({ institutionKind: 'TRAINING_INSTITUTION', role: 'TEACHER' });
    const due = inServiceDueDates(staff, buildHistory(), sh('2025-08-31T09:00:00'), DEFAULT_POLICY).recheck!;
    expect(due).toMatchObject({ lastAt: null, isOverdue: false, supervisedBy: ['VOCATIONAL'] });
    expect(formatInZone(due.dueAt, TZ)).toBe('2025-08-31 09:00:00');
    const late = inServiceDueDates(staff, buildHistory(), sh('2025-08-31T09:00:01'), DEFAULT_POLICY).recheck!;
    expect(late.isOverdue).toBe(true);
  });

  it('VET-9: primary schools have no in-service re-check in the plan', () => {
    const staff = buildStaff({ institutionKind: 'PRIMARY', role: 'TEACHER' });
    expect(
      inServiceDueDates(staff, buildHistory(), sh('2025-01-01T00:00:00'), DEFAULT_POLICY).recheck,
    ).toBeNull();
  });

  it('VET-10: reminder interviews every 6 months; 31 August plus 6 months is the end of February in Shanghai', () => {
    const staff = buildStaff({ startedAt: sh('2024-08-31T23:30:00') }); // 15:30Z, still 31 Aug in UTC
    const { reminderInterview } = inServiceDueDates(
      staff,
      buildHistory(),
      sh('2024-09-01T00:00:00'),
      DEFAULT_POLICY,
    );
    expect(reminderInterview).toMatchObject({ ruleId: 'VET-10', clause: '四(五)', supervisedBy: [] });
    expect(formatInZone(reminderInterview!.dueAt, TZ)).toBe('2025-02-28 23:30:00');
    expect(reminderInterview!.dueAt.toISOString()).toBe('2025-02-28T15:30:00.000Z');
  });

  it('VET-10: an interview recorded after now does not count; the district can shorten the interval', () => {
    const now = sh('2025-03-01T08:00:00');
    const history = buildHistory({
      reminderInterviews: [sh('2024-12-01T08:00:00'), sh('2025-04-01T08:00:00')],
    });
    const policy = { ...DEFAULT_POLICY, reminderInterviewMonths: 3 };
    const result = inServiceDueDates(buildStaff(), history, now, policy).reminderInterview!;
    expect(formatInZone(result.dueAt, TZ)).toBe('2025-03-01 08:00:00');
    expect(result.isOverdue).toBe(false);
  });

  it('VET-10: a post without access to students gets no reminder interviews', () => {
    const staff = buildStaff({ hasStudentAccess: false });
    expect(
      inServiceDueDates(staff, buildHistory(), sh('2025-01-01T00:00:00'), DEFAULT_POLICY).reminderInterview,
    ).toBeNull();
  });
});

describe('misconductOutcomes', () => {
  it('VET-11: nothing is decided before the facts are investigated and verified', () => {
    expect(misconductOutcomes(buildFacts({ factsVerified: false }))).toEqual({
      status: 'INVESTIGATE_FIRST',
      options: [],
      ruleIds: ['VET-11'],
    });
  });

  it('VET-11: general misconduct allows a post adjustment only', () => {
    expect(misconductOutcomes(buildFacts()).options.map((o) => o.outcome)).toEqual(['ADJUST_POST']);
  });

  it('VET-11: serious misconduct allows adjusting the post or revoking the qualification, if one is held', () => {
    expect(misconductOutcomes(buildFacts({ severity: 'SERIOUS' })).options.map((o) => o.outcome)).toEqual([
      'ADJUST_POST',
      'REVOKE_TEACHER_QUALIFICATION',
    ]);
    const unqualified = misconductOutcomes(
      buildFacts({ severity: 'SERIOUS', holdsTeacherQualification: false }),
    );
    expect(unqualified.options.map((o) => o.outcome)).toEqual(['ADJUST_POST']);
  });

  it('VET-11: grave misconduct with a crime means expulsion and transfer to the judicial organs, both mandatory', () => {
    const decision = misconductOutcomes(buildFacts({ severity: 'GRAVE', involvesCrime: true }));
    expect(decision.options).toEqual([
      { outcome: 'REVOKE_TEACHER_QUALIFICATION', isMandatory: false, ruleId: 'VET-11', clause: '四(五)' },
      { outcome: 'EXPEL_FROM_EDUCATION_SECTOR', isMandatory: true, ruleId: 'VET-11', clause: '四(五)' },
      { outcome: 'TRANSFER_TO_JUDICIAL_ORGANS', isMandatory: true, ruleId: 'VET-11', clause: '四(五)' },
    ]);
  });
});
