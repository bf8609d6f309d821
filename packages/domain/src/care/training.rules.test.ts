import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import { at, zone } from './care.testing';
import type { RegisterMember, TrainingSession } from './care.types';
import { trainingAudience, trainingCoverage } from './training.rules';

// Every employment type, and the roles the plan names beyond teachers.
const register: RegisterMember[] = [
  { staffId: 'teacher', role: 'TEACHER', employmentType: 'ESTABLISHED' },
  { staffId: 'head-teacher', role: 'HEAD_TEACHER', employmentType: 'ESTABLISHED' },
  { staffId: 'guard', role: 'SECURITY_GUARD', employmentType: 'AGENCY' },
  { staffId: 'cleaner', role: 'CLEANER', employmentType: 'TEMPORARY' },
  { staffId: 'cook', role: 'CANTEEN_WORKER', employmentType: 'TEMPORARY' },
  { staffId: 'dorm', role: 'DORM_MANAGER', employmentType: 'AGENCY' },
  { staffId: 'lvp', role: 'LEGAL_VICE_PRINCIPAL', employmentType: 'TEMPORARY' },
];
const now = at('2026-11-15 10:00');
const sessions: TrainingSession[] = [
  { id: 'last-year', topic: 'LAW_AND_ETHICS', heldAt: at('2026-08-31 09:00') },
  { id: 'this-year', topic: 'LAW_AND_ETHICS', heldAt: at('2026-09-01 09:00') },
  { id: 'tomorrow', topic: 'LAW_AND_ETHICS', heldAt: at('2026-11-16 09:00') },
  { id: 'mind', topic: 'STAFF_MENTAL_HEALTH', heldAt: at('2026-10-01 09:00') },
  { id: 'bully', topic: 'BULLYING_PREVENTION_FOR_HEAD_TEACHERS', heldAt: at('2026-10-01 09:00') },
];

describe('trainingAudience', () => {
  it('PRV-5: legal and ethics training is for every employment type and role, the legal vice-principal aside', () => {
    expect(trainingAudience(register, 'LAW_AND_ETHICS').map((m) => m.staffId)).toEqual([
      'teacher',
      'head-teacher',
      'guard',
      'cleaner',
      'cook',
      'dorm',
    ]);
  });

  it('PRV-9: staff mental-health training counts everybody on the register', () => {
    expect(trainingAudience(register, 'STAFF_MENTAL_HEALTH')).toHaveLength(register.length);
  });

  it('PRV-10: bullying-prevention training is for head teachers only', () => {
    expect(trainingAudience(register, 'BULLYING_PREVENTION_FOR_HEAD_TEACHERS').map((m) => m.staffId)).toEqual(
      ['head-teacher'],
    );
  });
});

describe('trainingCoverage', () => {
  it('PRV-5: only sessions of the topic held this school year and by now count; the share is of the audience', () => {
    const coverage = trainingCoverage(
      register,
      sessions,
      [
        { sessionId: 'last-year', staffId: 'teacher' },
        { sessionId: 'this-year', staffId: 'guard' },
        { sessionId: 'this-year', staffId: 'cleaner' },
        { sessionId: 'tomorrow', staffId: 'cook' },
        { sessionId: 'mind', staffId: 'dorm' },
        { sessionId: 'unknown', staffId: 'head-teacher' },
      ],
      'LAW_AND_ETHICS',
      now,
      DEFAULT_POLICY,
    );
    expect(coverage.coveredStaffIds).toEqual(['guard', 'cleaner']);
    expect(coverage.uncoveredStaffIds).toEqual(['teacher', 'head-teacher', 'cook', 'dorm']);
    expect(coverage.share).toBeCloseTo(2 / 6);
    expect(coverage.ruleIds).toEqual(['PRV-5']);
    expect([
      formatInZone(coverage.schoolYear.start, zone),
      formatInZone(coverage.schoolYear.end, zone),
    ]).toEqual(['2026-09-01 00:00:00', '2027-09-01 00:00:00']);
  });

  it('PRV-5: the school year follows the policy’s start month', () => {
    const coverage = trainingCoverage(
      register,
      sessions,
      [{ sessionId: 'last-year', staffId: 'teacher' }],
      'LAW_AND_ETHICS',
      now,
      { ...DEFAULT_POLICY, schoolYearStartMonth: 3 },
    );
    expect(coverage.coveredStaffIds).toEqual(['teacher']);
  });

  it('PRV-9: staff mental-health coverage names who attended its sessions', () => {
    const coverage = trainingCoverage(
      register,
      sessions,
      [{ sessionId: 'mind', staffId: 'dorm' }],
      'STAFF_MENTAL_HEALTH',
      now,
      DEFAULT_POLICY,
    );
    expect(coverage.coveredStaffIds).toEqual(['dorm']);
    expect(coverage.ruleIds).toEqual(['PRV-9']);
  });

  it('PRV-10: head teachers’ bullying coverage; with no head teacher the share is null', () => {
    const attended = [{ sessionId: 'bully', staffId: 'head-teacher' }];
    const coverage = trainingCoverage(
      register,
      sessions,
      attended,
      'BULLYING_PREVENTION_FOR_HEAD_TEACHERS',
      now,
      DEFAULT_POLICY,
    );
    expect(coverage).toMatchObject({ coveredStaffIds: ['head-teacher'], share: 1, ruleIds: ['PRV-10'] });
    const none = trainingCoverage(
      register.filter((m) => m.role !== 'HEAD_TEACHER'),
      sessions,
      attended,
      'BULLYING_PREVENTION_FOR_HEAD_TEACHERS',
      now,
      DEFAULT_POLICY,
    );
    expect(none).toMatchObject({ audienceStaffIds: [], share: null });
  });
});
