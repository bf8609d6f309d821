import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../../../shared/auth/actor';
import type { DistrictPolicy } from '@xiaohu/domain';
import { isUuid } from '../../places/place-register';
import { loadCareInstitution, type CareInstitution } from '../../care-records/care-institution';
import { CareForbiddenError, CareNotFoundError } from '../../care-records/care-records.results';

export interface LoadedClass {
  institution: CareInstitution;
  schoolClass: { id: string; closed_at: Date | null; head_teacher_staff_id: string | null };
}

/** The class (locked for the change) and its institution; NOT_FOUND when missing or not readable. */
export async function loadClass(
  manager: EntityManager,
  actor: SignedInActor,
  classId: string,
  policy: DistrictPolicy,
): Promise<LoadedClass | CareNotFoundError> {
  if (!isUuid(classId)) return CareNotFoundError.of();
  const [row]: (LoadedClass['schoolClass'] & { institution_id: string })[] = await manager.query(
    'SELECT id, institution_id, closed_at, head_teacher_staff_id FROM school_class WHERE id = $1 FOR UPDATE',
    [classId],
  );
  const institution = row ? await loadCareInstitution(manager, actor, row.institution_id, policy) : null;
  return institution && row ? { institution, schoolClass: row } : CareNotFoundError.of();
}

/** Only the head manages her institution's classes (careRecordsAccess can.manageClasses). */
export function authorizeClasses(institution: CareInstitution): CareForbiddenError | null {
  const permit = institution.access.can.manageClasses;
  return permit.allowed ? null : CareForbiddenError.of(permit.ruleId);
}
