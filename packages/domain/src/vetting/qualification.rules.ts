/** Qualifications and certificates a staff member may hold (VET-5, VET-6). */
export const QUALIFICATION_KINDS = [
  'TEACHER_QUALIFICATION',
  'KINDERGARTEN_TEACHER_QUALIFICATION',
  'CHILDCARE_TRAINING_CERTIFICATE',
] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** VET-6: the teacher qualifications, which a crime or a misconduct decision can revoke. */
export const TEACHER_QUALIFICATION_KINDS: readonly QualificationKind[] = [
  'TEACHER_QUALIFICATION',
  'KINDERGARTEN_TEACHER_QUALIFICATION',
];

/** VET-6: is this a teacher qualification (not a childcare worker's training certificate)? */
export function isTeacherQualification(kind: QualificationKind): boolean {
  return TEACHER_QUALIFICATION_KINDS.includes(kind);
}

/** VET-6, VET-11: does the person still hold a teacher qualification (none revoked counts)? */
export function holdsTeacherQualification(
  qualifications: readonly { kind: QualificationKind; revokedAt: Date | null }[],
): boolean {
  return qualifications.some((q) => q.revokedAt === null && isTeacherQualification(q.kind));
}

/** VET-6: has a teacher qualification been revoked (a candidate who lost one cannot teach)? */
export function hasLostTeacherQualification(
  qualifications: readonly { kind: QualificationKind; revokedAt: Date | null }[],
): boolean {
  return qualifications.some((q) => q.revokedAt !== null && isTeacherQualification(q.kind));
}
