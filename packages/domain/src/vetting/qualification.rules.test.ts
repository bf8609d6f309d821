import {
  hasLostTeacherQualification,
  holdsTeacherQualification,
  isTeacherQualification,
  QUALIFICATION_KINDS,
  TEACHER_QUALIFICATION_KINDS,
} from './qualification.rules';

const revoked = new Date('2026-01-01T00:00:00Z');

describe('qualifications (VET-5, VET-6)', () => {
  it('VET-6: teacher qualifications are the teacher and kindergarten teacher ones, not a training certificate', () => {
    expect(QUALIFICATION_KINDS.filter(isTeacherQualification)).toEqual([...TEACHER_QUALIFICATION_KINDS]);
    expect(TEACHER_QUALIFICATION_KINDS).not.toContain('CHILDCARE_TRAINING_CERTIFICATE');
  });

  it('VET-6: a revoked qualification is not held, and counts as lost', () => {
    const lost = [{ kind: 'TEACHER_QUALIFICATION' as const, revokedAt: revoked }];
    expect(holdsTeacherQualification(lost)).toBe(false);
    expect(hasLostTeacherQualification(lost)).toBe(true);
    const certificate = [{ kind: 'CHILDCARE_TRAINING_CERTIFICATE' as const, revokedAt: revoked }];
    expect(hasLostTeacherQualification(certificate)).toBe(false);
    expect(holdsTeacherQualification([{ kind: 'KINDERGARTEN_TEACHER_QUALIFICATION', revokedAt: null }])).toBe(
      true,
    );
  });
});
