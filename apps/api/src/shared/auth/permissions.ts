import { registerEnumType } from 'type-graphql';
import type { Role } from '../../features/accounts/role';
import { enumObject } from '../graphql/enum-object';

export const PERMISSIONS = ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX', 'VIEW_AUDIT'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PermissionEnum = enumObject(PERMISSIONS);
registerEnumType(PermissionEnum, {
  name: 'Permission',
  description: 'An operation the viewer may perform, computed on the server; the UI hides the rest.',
});

// Declared once: operations check these, and the viewer receives them so the UI can hide the rest.
// Which institutions a permission reaches is the domain's scope (scopeOf), not this table.
const PERMISSIONS_BY_ROLE: Readonly<Record<Role, readonly Permission[]>> = {
  TEACHER: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX'],
  HEAD: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX'],
  STAFF: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX'],
  SECTION_MEMBER: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX'],
  LEADER: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX', 'VIEW_AUDIT'],
  ADMIN: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX', 'VIEW_AUDIT'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return PERMISSIONS_BY_ROLE[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}
