import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/policy';
import {
  decideVetting,
  isBarredFromTeacherQualification,
  isTeachingRole,
  requiredChecks,
} from './vetting.rules';
import {
  EMPLOYMENT_TYPES,
  STAFF_ROLES,
  type Candidate,
  type CheckResult,
  type VettingCheck,
} from './vetting.types';

const NOW = new Date('2025-06-30T16:30:00Z'); // 2025-07-01 00:30 in Asia/Shanghai
const CHECKED_AT = new Date('2025-06-20T02:00:00Z');

const buildCandidate = (overrides: Partial<Candidate> = {}): Candidate => ({
  role: 'TEACHER',
  employmentType: 'ESTABLISHED',
  institution: { kind: 'PRIMARY', isApplyingToOpen: false },
  hasCriminalPunishment: false,
  isDeprivedOfPoliticalRights: false,
  hasIntentionalCrimeImprisonment: false,
  isOnDistrictBanList: false,
  hasLostTeacherQualification: false,
  ...overrides,
});

const buildCheck = (check: VettingCheck, overrides: Partial<CheckResult> = {}): CheckResult => ({
  check,
  outcome: 'CLEAR',
  checkedAt: CHECKED_AT,
  ...overrides,
});

/** Clear results for every check the candidate needs. */
const allClear = (candidate: Candidate): CheckResult[] =>
  requiredChecks(candidate, DEFAULT_POLICY).map((r) => buildCheck(r.check));

const checksOf = (candidate: Candidate): string[] =>
  requiredChecks(candidate, DEFAULT_POLICY).map((r) => `${r.check}:${r.recordedBy}`);

describe('requiredChecks', () => {
  it('VET-1: every hire of every employment type is checked against the criminal database by the institution', () => {
    for (const employmentType of EMPLOYMENT_TYPES) {
      for (const role of STAFF_ROLES) {
        expect(checksOf(buildCandidate({ role, employmentType }))).toContain('CRIMINAL_DATABASE:INSTITUTION');
      }
    }
  });

  it('VET-2: a new teacher or head teacher is checked by PERSONNEL in the teacher entry system; a cleaner is not', () => {
    expect(checksOf(buildCandidate({ role: 'TEACHER' }))).toEqual([
      'CRIMINAL_DATABASE:INSTITUTION',
      'TEACHER_ENTRY_SYSTEM:PERSONNEL',
    ]);
    expect(checksOf(buildCandidate({ role: 'HEAD_TEACHER' }))).toContain('TEACHER_ENTRY_SYSTEM:PERSONNEL');
    expect(checksOf(buildCandidate({ role: 'CLEANER' }))).toEqual(['CRIMINAL_DATABASE:INSTITUTION']);
  });

  it('VET-3: a temporary hire needs only the institution’s VET-1 database check, like an agency worker', () => {
    for (const employmentType of ['TEMPORARY', 'AGENCY'] as const) {
      expect(checksOf(buildCandidate({ role: 'SECURITY_GUARD', employmentType }))).toEqual([
        'CRIMINAL_DATABASE:INSTITUTION',
      ]);
    }
  });

  it('VET-3: a temporary hire with a clear VET-1 database check is CLEAR without a PERSONNEL check', () => {
    for (const role of ['CLEANER', 'SECURITY_GUARD'] as const) {
      const candidate = buildCandidate({ role, employmentType: 'TEMPORARY' });
      const decision = decideVetting(candidate, [buildCheck('CRIMINAL_DATABASE')], NOW, DEFAULT_POLICY);
      expect(decision).toMatchObject({ status: 'CLEAR', missing: [], blocking: [], ruleIds: ['VET-1'] });
      expect(decision.required.map((r) => r.recordedBy)).toEqual(['INSTITUTION']);
    }
  });

  it('VET-3: no candidate ever needs a TEMPORARY_HIRE_CHECK; one recorded in the past still blocks on a record found (VET-1)', () => {
    for (const employmentType of EMPLOYMENT_TYPES) {
      for (const role of STAFF_ROLES) {
        expect(checksOf(buildCandidate({ role, employmentType })).join()).not.toContain(
          'TEMPORARY_HIRE_CHECK',
        );
      }
    }
    const candidate = buildCandidate({ role: 'CLEANER', employmentType: 'TEMPORARY' });
    const past = buildCheck('TEMPORARY_HIRE_CHECK', { outcome: 'RECORD_FOUND' });
    expect(
      decideVetting(candidate, [buildCheck('CRIMINAL_DATABASE'), past], NOW, DEFAULT_POLICY).blocking,
    ).toEqual([{ code: 'RECORD_FOUND', check: 'TEMPORARY_HIRE_CHECK', ruleId: 'VET-1', clause: '四(五)' }]);
    const pastClear = buildCheck('TEMPORARY_HIRE_CHECK');
    expect(
      decideVetting(candidate, [buildCheck('CRIMINAL_DATABASE'), pastClear], NOW, DEFAULT_POLICY).status,
    ).toBe('CLEAR');
  });

  it('VET-3, VET-5: a temporary hire in a kindergarten (childcare worker) needs the database check and childcare training', () => {
    const candidate = buildCandidate({
      role: 'CHILDCARE_WORKER',
      employmentType: 'TEMPORARY',
      institution: { kind: 'KINDERGARTEN', isApplyingToOpen: false },
    });
    expect(checksOf(candidate)).toEqual(['CRIMINAL_DATABASE:INSTITUTION', 'CHILDCARE_TRAINING:INSTITUTION']);
    expect(decideVetting(candidate, allClear(candidate), NOW, DEFAULT_POLICY).status).toBe('CLEAR');
    const untrained = decideVetting(
      candidate,
      [
        ...allClear(candidate).filter((c) => c.check !== 'CHILDCARE_TRAINING'),
        buildCheck('CHILDCARE_TRAINING', { outcome: 'NOT_MET' }),
      ],
      NOW,
      DEFAULT_POLICY,
    );
    expect(untrained.status).toBe('BLOCKED');
    expect(untrained.blocking).toEqual([
      { code: 'CHECK_NOT_PASSED', check: 'CHILDCARE_TRAINING', ruleId: 'VET-5', clause: '四(五)' },
    ]);
  });

  it('VET-5: a temporary teacher in a kindergarten needs the kindergarten teacher qualification as well', () => {
    const candidate = buildCandidate({
      role: 'TEACHER',
      employmentType: 'TEMPORARY',
      institution: { kind: 'KINDERGARTEN', isApplyingToOpen: false },
    });
    expect(checksOf(candidate)).toEqual([
      'CRIMINAL_DATABASE:INSTITUTION',
      'TEACHER_ENTRY_SYSTEM:PERSONNEL',
      'KINDERGARTEN_TEACHER_QUALIFICATION:INSTITUTION',
    ]);
    const kindergartenTeacher = buildCandidate({ role: 'KINDERGARTEN_TEACHER' });
    expect(checksOf(kindergartenTeacher)).toContain('KINDERGARTEN_TEACHER_QUALIFICATION:INSTITUTION');
  });

  it('VET-4: a proposed teacher of a training institution applying to open is also reviewed by POLICY', () => {
    const candidate = buildCandidate({
      role: 'TEACHER',
      institution: { kind: 'TRAINING_INSTITUTION', isApplyingToOpen: true },
    });
    expect(checksOf(candidate)).toEqual([
      'CRIMINAL_DATABASE:INSTITUTION',
      'TEACHER_ENTRY_SYSTEM:PERSONNEL',
      'NEW_INSTITUTION_REVIEW:POLICY',
    ]);
    const decision = decideVetting(
      candidate,
      allClear(candidate).filter((c) => c.check !== 'NEW_INSTITUTION_REVIEW'),
      NOW,
      DEFAULT_POLICY,
    );
    expect(decision.status).toBe('INCOMPLETE');
    expect(decision.missing).toEqual([
      { check: 'NEW_INSTITUTION_REVIEW', recordedBy: 'POLICY', ruleId: 'VET-4', clause: '三' },
    ]);
    expect(decision.ruleIds).toEqual(['VET-4']);
  });

  it('VET-4: the proposed head (a cadre) is reviewed; a cleaner, or any staff of a school applying to open, is not', () => {
    const opening = { kind: 'KINDERGARTEN', isApplyingToOpen: true } as const;
    expect(checksOf(buildCandidate({ role: 'SCHOOL_HEAD', institution: opening }))).toContain(
      'NEW_INSTITUTION_REVIEW:POLICY',
    );
    expect(checksOf(buildCandidate({ role: 'CLEANER', institution: opening }))).not.toContain(
      'NEW_INSTITUTION_REVIEW:POLICY',
    );
    const primaryOpening = { kind: 'PRIMARY', isApplyingToOpen: true } as const;
    expect(checksOf(buildCandidate({ role: 'TEACHER', institution: primaryOpening }))).not.toContain(
      'NEW_INSTITUTION_REVIEW:POLICY',
    );
  });
});

describe('isTeachingRole', () => {
  it('VET-6: teachers, head teachers and kindergarten teachers hold a teacher qualification; a life teacher does not', () => {
    expect(STAFF_ROLES.filter(isTeachingRole)).toEqual(['TEACHER', 'HEAD_TEACHER', 'KINDERGARTEN_TEACHER']);
  });
});

describe('decideVetting', () => {
  it('VET-1: a record in one check and clear in another is BLOCKED', () => {
    const candidate = buildCandidate();
    const decision = decideVetting(
      candidate,
      [buildCheck('CRIMINAL_DATABASE', { outcome: 'RECORD_FOUND' }), buildCheck('TEACHER_ENTRY_SYSTEM')],
      NOW,
      DEFAULT_POLICY,
    );
    expect(decision.status).toBe('BLOCKED');
    expect(decision.blocking).toEqual([
      { code: 'RECORD_FOUND', check: 'CRIMINAL_DATABASE', ruleId: 'VET-1', clause: '四(五)' },
    ]);
    expect(decision.ruleIds).toEqual(['VET-1']);
  });

  it('VET-1: a record found in any check blocks even when a later check of the same kind is clear', () => {
    const candidate = buildCandidate({ role: 'CLEANER' });
    const decision = decideVetting(
      candidate,
      [buildCheck('TEACHER_ENTRY_SYSTEM', { outcome: 'RECORD_FOUND' }), buildCheck('CRIMINAL_DATABASE')],
      NOW,
      DEFAULT_POLICY,
    );
    expect(decision.blocking.map((b) => b.check)).toEqual(['TEACHER_ENTRY_SYSTEM']);
  });

  it('VET-1: a record blocks even while other checks are still missing, and the missing ones are still listed', () => {
    const candidate = buildCandidate({ employmentType: 'TEMPORARY' });
    const decision = decideVetting(
      candidate,
      [buildCheck('CRIMINAL_DATABASE', { outcome: 'RECORD_FOUND' })],
      NOW,
      DEFAULT_POLICY,
    );
    expect(decision.status).toBe('BLOCKED');
    expect(decision.missing.map((m) => m.check)).toEqual(['TEACHER_ENTRY_SYSTEM']);
  });

  it('VET-2: with no checks at all, INCOMPLETE lists every missing check with who records it', () => {
    const decision = decideVetting(buildCandidate(), [], NOW, DEFAULT_POLICY);
    expect(decision.status).toBe('INCOMPLETE');
    expect(decision.missing.map((m) => `${m.check}:${m.recordedBy}:${m.ruleId}`)).toEqual([
      'CRIMINAL_DATABASE:INSTITUTION:VET-1',
      'TEACHER_ENTRY_SYSTEM:PERSONNEL:VET-2',
    ]);
    expect(decision.ruleIds).toEqual(['VET-1', 'VET-2']);
  });

  it('VET-1: a check dated after now is not counted', () => {
    const candidate = buildCandidate({ role: 'CLEANER' });
    const future = buildCheck('CRIMINAL_DATABASE', { checkedAt: new Date(NOW.getTime() + 1000) });
    expect(decideVetting(candidate, [future], NOW, DEFAULT_POLICY).status).toBe('INCOMPLETE');
    const exactlyNow = buildCheck('CRIMINAL_DATABASE', { checkedAt: NOW });
    expect(decideVetting(candidate, [exactlyNow], NOW, DEFAULT_POLICY)).toMatchObject({
      status: 'CLEAR',
      ruleIds: ['VET-1'],
    });
  });

  it('VET-7: a criminal punishment is a lifetime ban, whatever the checks say', () => {
    const candidate = buildCandidate({ role: 'CANTEEN_WORKER', hasCriminalPunishment: true });
    const decision = decideVetting(candidate, allClear(candidate), NOW, DEFAULT_POLICY);
    expect(decision.status).toBe('BLOCKED');
    expect(decision.blocking).toEqual([{ code: 'CRIMINAL_PUNISHMENT', ruleId: 'VET-7', clause: '四(四)' }]);
  });

  it('VET-7: a hit on the district ban list blocks', () => {
    const candidate = buildCandidate({ isOnDistrictBanList: true });
    expect(decideVetting(candidate, allClear(candidate), NOW, DEFAULT_POLICY).blocking).toEqual([
      { code: 'DISTRICT_BAN', ruleId: 'VET-7', clause: '四(四)' },
    ]);
  });

  it('VET-6: deprivation of political rights bars a teacher (VET-6) and is a criminal punishment (VET-7): every rule is listed', () => {
    const candidate = buildCandidate({ isDeprivedOfPoliticalRights: true });
    const decision = decideVetting(candidate, allClear(candidate), NOW, DEFAULT_POLICY);
    expect(decision.blocking.map((b) => b.code)).toEqual([
      'CRIMINAL_PUNISHMENT',
      'TEACHER_QUALIFICATION_BARRED',
    ]);
    expect(decision.ruleIds).toEqual(['VET-7', 'VET-6']);
  });

  it('VET-6: an intentional-crime prison sentence bars the teacher qualification', () => {
    const candidate = buildCandidate({ role: 'HEAD_TEACHER', hasIntentionalCrimeImprisonment: true });
    expect(isBarredFromTeacherQualification(candidate)).toBe(true);
    expect(decideVetting(candidate, allClear(candidate), NOW, DEFAULT_POLICY).ruleIds).toContain('VET-6');
  });

  it('VET-6: a lost teacher qualification blocks a teaching post but not a security guard post', () => {
    const teacher = buildCandidate({ hasLostTeacherQualification: true });
    expect(decideVetting(teacher, allClear(teacher), NOW, DEFAULT_POLICY).blocking).toEqual([
      { code: 'TEACHER_QUALIFICATION_BARRED', ruleId: 'VET-6', clause: '四(四)' },
    ]);
    const guard = buildCandidate({ role: 'SECURITY_GUARD', hasLostTeacherQualification: true });
    expect(decideVetting(guard, allClear(guard), NOW, DEFAULT_POLICY).status).toBe('CLEAR');
  });

  it('VET-8: an employment prohibition blocks until it ends, and for ever when it has no end', () => {
    const open = buildCandidate({ employmentProhibition: {} });
    expect(decideVetting(open, allClear(open), NOW, DEFAULT_POLICY).blocking).toEqual([
      { code: 'EMPLOYMENT_PROHIBITION', ruleId: 'VET-8', clause: '四(四)' },
    ]);
    const running = buildCandidate({ employmentProhibition: { until: new Date(NOW.getTime() + 1) } });
    expect(decideVetting(running, allClear(running), NOW, DEFAULT_POLICY).status).toBe('BLOCKED');
    const ended = buildCandidate({ employmentProhibition: { until: NOW } });
    expect(decideVetting(ended, allClear(ended), NOW, DEFAULT_POLICY).status).toBe('CLEAR');
  });

  it('VET-5: a kindergarten teacher without the qualification is BLOCKED, with the rule', () => {
    const candidate = buildCandidate({
      role: 'KINDERGARTEN_TEACHER',
      institution: { kind: 'KINDERGARTEN', isApplyingToOpen: false },
    });
    const checks = allClear(candidate).map((c) =>
      c.check === 'KINDERGARTEN_TEACHER_QUALIFICATION' ? { ...c, outcome: 'NOT_MET' as const } : c,
    );
    expect(decideVetting(candidate, checks, NOW, DEFAULT_POLICY)).toMatchObject({
      status: 'BLOCKED',
      ruleIds: ['VET-5'],
    });
  });
});

describe('decideVetting properties', () => {
  const candidateArb = fc.record({
    role: fc.constantFrom(...STAFF_ROLES),
    employmentType: fc.constantFrom(...EMPLOYMENT_TYPES),
    institution: fc.record({
      kind: fc.constantFrom(
        'PRIMARY',
        'SECONDARY',
        'KINDERGARTEN',
        'VOCATIONAL_SCHOOL',
        'TRAINING_INSTITUTION',
        'SPECIAL_EDUCATION' as const,
      ),
      isApplyingToOpen: fc.boolean(),
    }),
  });

  it('VET-1 to VET-5: a fully qualified candidate with only clear checks is never blocked', () => {
    fc.assert(
      fc.property(candidateArb, (facts) => {
        const candidate = buildCandidate(facts);
        const decision = decideVetting(candidate, allClear(candidate), NOW, DEFAULT_POLICY);
        expect(decision.status).toBe('CLEAR');
        expect(decision.blocking).toEqual([]);
      }),
    );
  });

  it('VET-1: adding a record found to any candidate’s checks always blocks', () => {
    fc.assert(
      fc.property(
        candidateArb,
        fc.constantFrom(...requiredChecks(buildCandidate(), DEFAULT_POLICY).map((r) => r.check)),
        (facts, check) => {
          const candidate = buildCandidate(facts);
          const checks = [...allClear(candidate), buildCheck(check, { outcome: 'RECORD_FOUND' })];
          expect(decideVetting(candidate, checks, NOW, DEFAULT_POLICY).status).toBe('BLOCKED');
        },
      ),
    );
  });
});
