import type { DistrictPolicy } from '@xiaohu/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { scopeOfActor, type SignedInActor } from '../../shared/auth/actor';
import { whereInScope } from '../../shared/auth/institution-scope';
import { StaffMemberEntity } from './staff-member.entity';
import type { StaffMember } from './staff.type';
import { StaffMember as StaffMemberType } from './staff.type';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function signedIn(context: RequestContext): SignedInActor {
  // The access guard runs first; reaching here without an actor is a bug.
  if (!context.auth.actor) throw new Error('Service called without a signed-in actor');
  return context.auth.actor;
}

/** Staff rows joined to their institution and limited to the actor's scope (ORG-1, ORG-3). */
export function staffInScope(
  manager: EntityManager,
  actor: SignedInActor,
  policy: DistrictPolicy,
): SelectQueryBuilder<StaffMemberEntity> {
  const query = manager.getRepository(StaffMemberEntity).createQueryBuilder('staff');
  const scope = scopeOfActor(actor, policy);
  // An institution's own scope needs no join: the (institution_id, name, id) index answers it; nor does
  // the whole district (every member has an institution). Callers that read the institution join it.
  if (scope.type === 'INSTITUTION')
    return query.where('staff.institution_id = :scopeInstitutionId', {
      scopeInstitutionId: scope.institutionId,
    });
  if (scope.type === 'ALL') return query;
  query.innerJoin('staff.institution', 'institution');
  return whereInScope(query, 'institution', scope);
}

/** One staff member in scope, or null (out of scope answers like missing). Locks the row when asked. */
export async function findStaffInScope(
  manager: EntityManager,
  actor: SignedInActor,
  policy: DistrictPolicy,
  id: string,
  lock = false,
): Promise<StaffMemberEntity | null> {
  if (!UUID.test(id)) return null;
  const query = staffInScope(manager, actor, policy).andWhere('staff.id = :id', { id });
  if (lock) query.setLock('pessimistic_write', undefined, ['staff']);
  return query.getOne();
}

/** The API shape of a stored staff member (field resolvers add the rest). */
export function toStaffMember(entity: StaffMemberEntity): StaffMember {
  return Object.assign(new StaffMemberType(), {
    id: entity.id,
    institutionId: entity.institutionId,
    idNumberCiphertext: entity.idNumberCiphertext,
    idNumberHash: entity.idNumberHash,
    name: entity.name,
    idNumberMasked: entity.idNumberMasked,
    phone: entity.phone,
    role: entity.role,
    employmentType: entity.employmentType,
    post: entity.post,
    hasStudentAccess: entity.hasStudentAccess,
    startedAt: entity.startedAt,
    status: entity.status,
    activatedAt: entity.activatedAt,
    createdAt: entity.createdAt,
  });
}

/** Back from the API shape to what the rules need (field resolvers get the API shape as root). */
export function toEntity(member: StaffMember): StaffMemberEntity {
  return Object.assign(new StaffMemberEntity(), {
    id: member.id,
    institutionId: member.institutionId,
    idNumberCiphertext: member.idNumberCiphertext,
    idNumberHash: member.idNumberHash,
    name: member.name,
    idNumberMasked: member.idNumberMasked,
    phone: member.phone,
    role: member.role,
    employmentType: member.employmentType,
    post: member.post,
    hasStudentAccess: member.hasStudentAccess,
    startedAt: member.startedAt,
    status: member.status,
    activatedAt: member.activatedAt,
    createdAt: member.createdAt,
  });
}
