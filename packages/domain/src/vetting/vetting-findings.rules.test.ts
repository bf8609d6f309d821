import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/policy';
import { checkConsequences, criminalFactsFrom, mayRecordCriminalFindings } from './vetting-findings.rules';
import { decideVetting, isTeachingRole, requiredChecks } from './vetting.rules';
import {
  CRIMINAL_FINDINGS,
  STAFF_ROLES,
  VETTING_CHECKS,
  type Candidate,
  type CheckResult,
  type CriminalFinding,
  type VettingCheck,
} from './vetting.types';

const NOW = new Date('2025-06-30T16:30:00Z');
const CHECKED_AT = new Date('2025-06-20T02:00:00Z');

const buildCheck = (check: VettingCheck, overrides: Partial<CheckResult> = {}): CheckResult => ({
  check,
  outcome: 'CLEAR',
  checkedAt: CHECKED_AT,
  ...overrides,
});

/** A candidate whose criminal facts come from its recorded checks, as the API builds it. */
const candidateFrom = (role: Candidate['role'], checks: readonly CheckResult[]): Candidate => ({
  role,
  employmentType: 'ESTABLISHED',
  institution: { kind: 'PRIMARY', isApplyingToOpen: false },
  isOnDistrictBanList: false,
  hasLostTeacherQualification: false,
  ...criminalFactsFrom(checks, NOW),
});

/** Every check the candidate needs, clear, the first one carrying `findings`. */
const clearWith = (role: Candidate['role'], findings: CriminalFinding[]): CheckResult[] =>
  requiredChecks(candidateFrom(role, []), DEFAULT_POLICY).map((r, i) =>
    buildCheck(r.check, i === 0 ? { findings } : {}),
  );

const decisionFor = (role: Candidate['role'], findings: CriminalFinding[]) => {
  const checks = clearWith(role, findings);
  return decideVetting(candidateFrom(role, checks), checks, NOW, DEFAULT_POLICY);
};

describe('mayRecordCriminalFindings', () => {
  it('VET-6, VET-7: the database, teacher entry and new-institution checks may record findings; qualification and training checks may not', () => {
    expect(VETTING_CHECKS.filter(mayRecordCriminalFindings)).toEqual([
      'CRIMINAL_DATABASE',
      'TEACHER_ENTRY_SYSTEM',
      'NEW_INSTITUTION_REVIEW',
    ]);
  });
});

describe('criminalFactsFrom', () => {
  it('VET-6, VET-7: no findings recorded → no criminal facts', () => {
    expect(
      criminalFactsFrom([buildCheck('CRIMINAL_DATABASE'), buildCheck('TEACHER_ENTRY_SYSTEM')], NOW),
    ).toEqual({
      hasCriminalPunishment: false,
      isDeprivedOfPoliticalRights: false,
      hasIntentionalCrimeImprisonment: false,
    });
  });

  it('VET-6, VET-7: each finding becomes its fact, from whichever check recorded it; a later clear check does not erase it', () => {
    const checks = [
      buildCheck('TEACHER_ENTRY_SYSTEM', { findings: ['INTENTIONAL_CRIME_IMPRISONMENT'] }),
      buildCheck('CRIMINAL_DATABASE', {
        findings: ['CRIMINAL_PUNISHMENT'],
        checkedAt: new Date(CHECKED_AT.getTime() - 86_400_000),
      }),
      buildCheck('CRIMINAL_DATABASE', { checkedAt: NOW, findings: [] }),
    ];
    expect(criminalFactsFrom(checks, NOW)).toEqual({
      hasCriminalPunishment: true,
      isDeprivedOfPoliticalRights: false,
      hasIntentionalCrimeImprisonment: true,
    });
    expect(
      criminalFactsFrom(
        [buildCheck('NEW_INSTITUTION_REVIEW', { findings: ['DEPRIVED_OF_POLITICAL_RIGHTS'] })],
        NOW,
      ),
    ).toMatchObject({ isDeprivedOfPoliticalRights: true });
  });

  it('VET-7: a finding on a check dated after now is not counted, as decideVetting does not count the check', () => {
    const future = buildCheck('CRIMINAL_DATABASE', {
      findings: ['CRIMINAL_PUNISHMENT'],
      checkedAt: new Date(NOW.getTime() + 1),
    });
    expect(criminalFactsFrom([future], NOW).hasCriminalPunishment).toBe(false);
    expect(criminalFactsFrom([{ ...future, checkedAt: NOW }], NOW).hasCriminalPunishment).toBe(true);
  });
});

describe('recorded findings drive decideVetting', () => {
  it('VET-7: a recorded criminal punishment blocks a cleaner, whatever the checks’ outcomes say', () => {
    const decision = decisionFor('CLEANER', ['CRIMINAL_PUNISHMENT']);
    expect(decision.status).toBe('BLOCKED');
    expect(decision.blocking).toEqual([{ code: 'CRIMINAL_PUNISHMENT', ruleId: 'VET-7', clause: '四(四)' }]);
  });

  it('VET-6: a recorded deprivation of political rights blocks a teacher under VET-6 and VET-7', () => {
    const decision = decisionFor('TEACHER', ['DEPRIVED_OF_POLITICAL_RIGHTS']);
    expect(decision.blocking.map((b) => `${b.code}:${b.ruleId}`)).toEqual([
      'CRIMINAL_PUNISHMENT:VET-7',
      'TEACHER_QUALIFICATION_BARRED:VET-6',
    ]);
  });

  it('VET-6: a recorded intentional-crime prison sentence bars a head teacher’s qualification', () => {
    expect(decisionFor('HEAD_TEACHER', ['INTENTIONAL_CRIME_IMPRISONMENT']).ruleIds).toEqual([
      'VET-7',
      'VET-6',
    ]);
  });

  it('VET-6, VET-7: any recorded finding blocks any role, and a teaching role under VET-6 too unless only punished', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAFF_ROLES),
        fc.subarray([...CRIMINAL_FINDINGS], { minLength: 1 }),
        (role, findings) => {
          const decision = decisionFor(role, findings);
          expect(decision.status).toBe('BLOCKED');
          expect(decision.ruleIds).toContain('VET-7');
          const isBarred = findings.some((f) => f !== 'CRIMINAL_PUNISHMENT');
          expect(decision.ruleIds.includes('VET-6')).toBe(isTeachingRole(role) && isBarred);
        },
      ),
    );
  });
});

describe('checkConsequences', () => {
  it('VET-1: a record in the database bans district-wide and costs a teacher qualification (VET-6)', () => {
    expect(checkConsequences({ check: 'CRIMINAL_DATABASE', outcome: 'RECORD_FOUND', findings: [] })).toEqual({
      districtBan: { reason: 'CRIMINAL_RECORD', ruleId: 'VET-1', clause: '四(五)' },
      revokesTeacherQualification: { ruleId: 'VET-6', clause: '四(四)' },
    });
  });

  it('VET-1: a clear check, or a record found in another system, has no consequence beyond the decision', () => {
    const none = { districtBan: null, revokesTeacherQualification: null };
    expect(checkConsequences({ check: 'CRIMINAL_DATABASE', outcome: 'CLEAR', findings: [] })).toEqual(none);
    expect(
      checkConsequences({ check: 'TEACHER_ENTRY_SYSTEM', outcome: 'RECORD_FOUND', findings: [] }),
    ).toEqual(none);
  });

  it('VET-7: a recorded criminal punishment bans for life but leaves a teacher qualification alone', () => {
    expect(
      checkConsequences({
        check: 'TEACHER_ENTRY_SYSTEM',
        outcome: 'CLEAR',
        findings: ['CRIMINAL_PUNISHMENT'],
      }),
    ).toEqual({
      districtBan: { reason: 'CRIMINAL_PUNISHMENT', ruleId: 'VET-7', clause: '四(四)' },
      revokesTeacherQualification: null,
    });
  });

  it('VET-6: deprivation of political rights or an intentional-crime sentence bans and revokes the qualification', () => {
    for (const finding of ['DEPRIVED_OF_POLITICAL_RIGHTS', 'INTENTIONAL_CRIME_IMPRISONMENT'] as const) {
      expect(
        checkConsequences({ check: 'CRIMINAL_DATABASE', outcome: 'RECORD_FOUND', findings: [finding] }),
      ).toEqual({
        districtBan: { reason: 'CRIMINAL_PUNISHMENT', ruleId: 'VET-7', clause: '四(四)' },
        revokesTeacherQualification: { ruleId: 'VET-6', clause: '四(四)' },
      });
    }
  });
});
