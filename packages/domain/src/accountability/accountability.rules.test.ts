import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import {
  assessmentOutcome,
  calendarYearPeriod,
  evaluateVeto,
  reviewVeto,
  sanctionOptions,
  schoolYearPeriod,
} from './accountability.rules';
import { HANDLING_FAILURES, IMPACTS, type AccountabilityCase, type VetoReview } from './accountability.types';

const TZ = DEFAULT_POLICY.timeZone;
const sh = (local: string): Date => new Date(`${local}+08:00`);
const INSTITUTION = { id: 'school-1' };
const YEAR_2025 = calendarYearPeriod(2025, DEFAULT_POLICY);

const buildCase = (overrides: Partial<AccountabilityCase> = {}): AccountabilityCase => ({
  id: 'case-1',
  institutionId: 'school-1',
  foundAt: sh('2025-05-10T10:00:00'),
  isSeriousStaffEthicsViolation: true,
  failures: [],
  breaches: [],
  impacts: [],
  ...overrides,
});

const buildReview = (overrides: Partial<VetoReview> = {}): VetoReview => ({
  decision: 'CONFIRM',
  reason: '核实属实 Verified.',
  reviewerId: 'leader-1',
  reviewedAt: sh('2025-12-20T10:00:00'),
  ...overrides,
});

describe('periods', () => {
  it('ACC-3: a calendar year starts and ends at midnight in Asia/Shanghai, not UTC', () => {
    expect(YEAR_2025.start.toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(formatInZone(YEAR_2025.end, TZ)).toBe('2026-01-01 00:00:00');
  });

  it('ACC-1: a school year runs from 1 September (district setting) to the next', () => {
    const period = schoolYearPeriod(2024, DEFAULT_POLICY);
    expect(period.id).toBe('2024-2025');
    expect(formatInZone(period.start, TZ)).toBe('2024-09-01 00:00:00');
    expect(formatInZone(period.end, TZ)).toBe('2025-09-01 00:00:00');
    const spring = schoolYearPeriod(2024, { ...DEFAULT_POLICY, schoolYearStartMonth: 2 });
    expect(formatInZone(spring.start, TZ)).toBe('2024-02-01 00:00:00');
  });
});

describe('evaluateVeto', () => {
  it('ACC-3: several cases in a period, only one with both a handling failure and an impact: vetoed on that one', () => {
    const cases = [
      buildCase({ id: 'failure-only', failures: ['DELAYED_DISCIPLINE'] }),
      buildCase({ id: 'impact-only', impacts: ['BAD_INFLUENCE'] }),
      buildCase({ id: 'both', failures: ['REFUSED_DISCIPLINE'], impacts: ['SERIOUS_CONSEQUENCES'] }),
      buildCase({
        id: 'elsewhere',
        institutionId: 'school-2',
        failures: ['REFUSED_DISCIPLINE'],
        impacts: ['BAD_INFLUENCE'],
      }),
    ];
    const verdict = evaluateVeto(INSTITUTION, YEAR_2025, cases, DEFAULT_POLICY);
    expect(verdict).toMatchObject({ isVetoed: true, leadershipResponsible: true, periodId: '2025' });
    expect(verdict.grounds).toEqual([
      {
        caseId: 'both',
        failure: 'REFUSED_DISCIPLINE',
        impact: 'SERIOUS_CONSEQUENCES',
        ruleIds: ['ACC-3'],
        clause: '五(三)',
      },
    ]);
    expect(verdict.excluded).toEqual([
      { caseId: 'failure-only', reason: 'NO_IMPACT' },
      { caseId: 'impact-only', reason: 'NO_HANDLING_FAILURE' },
      { caseId: 'elsewhere', reason: 'OTHER_INSTITUTION' },
    ]);
  });

  it('ACC-3: a case that spans two periods counts in the period in which it was found', () => {
    // Found 00:30 on 1 January in Shanghai: still 31 December in UTC.
    const spanning = buildCase({
      foundAt: sh('2026-01-01T00:30:00'),
      failures: ['SHIRKED_OR_CONCEALED'],
      impacts: ['BAD_INFLUENCE'],
    });
    expect(evaluateVeto(INSTITUTION, YEAR_2025, [spanning], DEFAULT_POLICY)).toMatchObject({
      isVetoed: false,
      excluded: [{ caseId: 'case-1', reason: 'OUTSIDE_PERIOD' }],
      ruleIds: ['ACC-3'],
    });
    expect(
      evaluateVeto(INSTITUTION, calendarYearPeriod(2026, DEFAULT_POLICY), [spanning], DEFAULT_POLICY)
        .isVetoed,
    ).toBe(true);
  });

  it('ACC-4: a REP-4 breach that caused bad influence is a handling failure, listed with every rule', () => {
    const c = buildCase({
      isSeriousStaffEthicsViolation: false,
      breaches: ['CONCEALMENT'],
      impacts: ['BAD_INFLUENCE'],
    });
    expect(evaluateVeto(INSTITUTION, YEAR_2025, [c], DEFAULT_POLICY)).toMatchObject({
      isVetoed: true,
      grounds: [{ failure: 'CONCEALMENT', impact: 'BAD_INFLUENCE', ruleIds: ['ACC-4', 'ACC-3', 'REP-4'] }],
      ruleIds: ['ACC-4', 'ACC-3', 'REP-4'],
    });
  });

  it('REP-5: a late report that led to serious consequences also calls for investigation', () => {
    const c = buildCase({ breaches: ['LATE_REPORT'], impacts: ['BAD_INFLUENCE', 'SERIOUS_CONSEQUENCES'] });
    const verdict = evaluateVeto(INSTITUTION, YEAR_2025, [c], DEFAULT_POLICY);
    expect(verdict.grounds.map((g) => g.ruleIds)).toEqual([
      ['ACC-4', 'ACC-3', 'REP-4'],
      ['ACC-4', 'ACC-3', 'REP-4', 'REP-5'],
    ]);
  });

  it('ACC-3: a handling failure outside a serious staff ethics violation grounds no veto', () => {
    const c = buildCase({
      isSeriousStaffEthicsViolation: false,
      failures: ['INEFFECTIVE_SUPERVISION'],
      impacts: ['BAD_INFLUENCE'],
    });
    expect(evaluateVeto(INSTITUTION, YEAR_2025, [c], DEFAULT_POLICY).excluded).toEqual([
      { caseId: 'case-1', reason: 'NO_HANDLING_FAILURE' },
    ]);
  });

  const caseArb = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    institutionId: fc.constantFrom('school-1', 'school-2'),
    foundAt: fc.date({
      min: new Date('2024-06-01T00:00:00Z'),
      max: new Date('2026-06-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    isSeriousStaffEthicsViolation: fc.boolean(),
    failures: fc.subarray([...HANDLING_FAILURES]),
    breaches: fc.subarray(['LATE_REPORT', 'OMISSION', 'CONCEALMENT', 'PRIVATE_SETTLEMENT'] as const),
    impacts: fc.subarray([...IMPACTS]),
  });

  it('ACC-3: property: adding a case never lifts a veto', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 6 }), caseArb, (cases, extra) => {
        const before = evaluateVeto(INSTITUTION, YEAR_2025, cases, DEFAULT_POLICY);
        const after = evaluateVeto(INSTITUTION, YEAR_2025, [...cases, extra], DEFAULT_POLICY);
        return !before.isVetoed || after.isVetoed;
      }),
    );
  });

  it('ACC-3, ACC-4: property: never a veto without both a handling failure and an impact, and every ground names one of each', () => {
    fc.assert(
      fc.property(fc.uniqueArray(caseArb, { maxLength: 6, selector: (c) => c.id }), (cases) => {
        const verdict = evaluateVeto(INSTITUTION, YEAR_2025, cases, DEFAULT_POLICY);
        expect(verdict.isVetoed).toBe(verdict.grounds.length > 0);
        for (const ground of verdict.grounds) {
          const c = cases.find((x) => x.id === ground.caseId && x.institutionId === 'school-1')!;
          expect(c.impacts).toContain(ground.impact);
          expect([...c.breaches, ...(c.isSeriousStaffEthicsViolation ? c.failures : [])]).toContain(
            ground.failure,
          );
          expect(c.foundAt.getTime()).toBeGreaterThanOrEqual(YEAR_2025.start.getTime());
          expect(c.foundAt.getTime()).toBeLessThan(YEAR_2025.end.getTime());
        }
      }),
    );
  });
});

describe('reviewVeto', () => {
  const vetoed = evaluateVeto(
    INSTITUTION,
    YEAR_2025,
    [buildCase({ failures: ['DELAYED_DISCIPLINE'], impacts: ['BAD_INFLUENCE'] })],
    DEFAULT_POLICY,
  );

  it('ACC-5: a leader confirms or rejects the computed veto with a written reason, and both stay on record', () => {
    expect(reviewVeto(vetoed, buildReview())).toMatchObject({
      ok: true,
      value: { isVetoed: true, verdict: vetoed },
    });
    expect(reviewVeto(vetoed, buildReview({ decision: 'REJECT' }))).toMatchObject({
      ok: true,
      value: { isVetoed: false },
    });
  });

  it('ACC-5: no review without a reason, and nothing to review when the verdict is not a veto', () => {
    expect(reviewVeto(vetoed, buildReview({ reason: '   ' }))).toMatchObject({
      ok: false,
      error: { code: 'REASON_REQUIRED', ruleId: 'ACC-5' },
    });
    const clear = evaluateVeto(INSTITUTION, YEAR_2025, [], DEFAULT_POLICY);
    expect(reviewVeto(clear, buildReview())).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_REVIEW' },
    });
  });
});

describe('sanctionOptions', () => {
  it('ACC-2: warning, interview and circular, by what was found', () => {
    expect(sanctionOptions([])).toEqual([]);
    expect(sanctionOptions(['NOT_TAKEN_SERIOUSLY']).map((o) => o.sanction)).toEqual(['WARNING']);
    expect(sanctionOptions(['INEFFECTIVE_WORK']).map((o) => o.sanction)).toEqual(['WARNING', 'INTERVIEW']);
    expect(sanctionOptions(['BAD_INFLUENCE'])).toEqual([
      { sanction: 'WARNING', ruleId: 'ACC-2', clause: '五(三)' },
      { sanction: 'INTERVIEW', ruleId: 'ACC-2', clause: '五(三)' },
      { sanction: 'CIRCULAR', ruleId: 'ACC-2', clause: '五(三)' },
    ]);
  });
});

describe('assessmentOutcome', () => {
  it('ACC-1: school protection findings are part of the assessment; a vetoed institution gets no award whatever its score', () => {
    const findings = [{ ruleId: 'PRV-2' as const, clause: '三' }];
    const clear = evaluateVeto(INSTITUTION, YEAR_2025, [], DEFAULT_POLICY);
    expect(assessmentOutcome({ score: 80, verdict: clear, schoolProtectionFindings: findings })).toEqual({
      score: 80,
      isEligibleForAwards: true,
      findings,
      ruleIds: ['ACC-1'],
    });
    const vetoed = evaluateVeto(
      INSTITUTION,
      YEAR_2025,
      [buildCase({ failures: ['DELAYED_DISCIPLINE'], impacts: ['BAD_INFLUENCE'] })],
      DEFAULT_POLICY,
    );
    expect(assessmentOutcome({ score: 100, verdict: vetoed, schoolProtectionFindings: [] })).toMatchObject({
      isEligibleForAwards: false,
      ruleIds: ['ACC-1', 'ACC-3'],
    });
  });
});
