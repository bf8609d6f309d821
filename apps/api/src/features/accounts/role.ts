import { ACCOUNT_ROLES, type AccountRole } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

/** Roles of the contract (from the domain). TEACHER, HEAD and STAFF belong to an institution; the rest to the committee. */
export const ROLES = ACCOUNT_ROLES;
export type Role = AccountRole;

export const INSTITUTION_ROLES: readonly Role[] = ['TEACHER', 'HEAD', 'STAFF'];

export function isInstitutionRole(role: Role): boolean {
  return INSTITUTION_ROLES.includes(role);
}

export const RoleEnum = enumObject(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'TEACHER, HEAD (学校负责人) and STAFF belong to one institution; SECTION_MEMBER to a committee unit; ' +
    'LEADER to the leading group (LEAD); ADMIN administers the system.',
});
