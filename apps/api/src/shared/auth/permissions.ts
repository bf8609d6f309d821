import { registerEnumType } from 'type-graphql';
import type { Role } from '../../features/accounts/role';
import { enumObject } from '../graphql/enum-object';

export const PERMISSIONS = [
  'VIEW_INSTITUTIONS',
  'VIEW_RESPONSIBILITY_MATRIX',
  'VIEW_AUDIT',
  // Staff register and vetting (issue 5)
  'VIEW_STAFF',
  'MANAGE_STAFF',
  'RECORD_VETTING_CHECK',
  'MANAGE_MISCONDUCT',
  'MANAGE_OPENING_APPLICATIONS',
  // Mandatory reporting (issue 4)
  'REPORT_INCIDENT',
  'VIEW_INCIDENTS',
  'MANAGE_INCIDENTS',
  'RECORD_EXTERNAL_SOURCE',
  'VIEW_MAIL_OUTBOX',
  // Account administration (issue 2)
  'MANAGE_ACCOUNTS',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PermissionEnum = enumObject(PERMISSIONS);
registerEnumType(PermissionEnum, {
  name: 'Permission',
  description: 'An operation the viewer may perform, computed on the server; the UI hides the rest.',
});

// Declared once: operations check these, and the viewer receives them so the UI can hide the rest.
// Which institutions a permission reaches is the domain's scope (scopeOf), not this table.
const PERMISSIONS_BY_ROLE: Readonly<Record<Role, readonly Permission[]>> = {
  TEACHER: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX', 'REPORT_INCIDENT', 'VIEW_INCIDENTS'],
  HEAD: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_STAFF',
    'MANAGE_STAFF',
    'RECORD_VETTING_CHECK',
    'MANAGE_MISCONDUCT',
    'REPORT_INCIDENT',
    'VIEW_INCIDENTS',
    'MANAGE_INCIDENTS',
  ],
  STAFF: ['VIEW_INSTITUTIONS', 'VIEW_RESPONSIBILITY_MATRIX', 'REPORT_INCIDENT', 'VIEW_INCIDENTS'],
  SECTION_MEMBER: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_STAFF',
    'RECORD_VETTING_CHECK',
    'MANAGE_MISCONDUCT',
    'MANAGE_OPENING_APPLICATIONS',
    'VIEW_INCIDENTS',
    'MANAGE_INCIDENTS',
    'RECORD_EXTERNAL_SOURCE',
  ],
  LEADER: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_AUDIT',
    'VIEW_STAFF',
    'MANAGE_OPENING_APPLICATIONS',
    'VIEW_INCIDENTS',
  ],
  ADMIN: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_AUDIT',
    'MANAGE_OPENING_APPLICATIONS',
    'VIEW_MAIL_OUTBOX',
    'MANAGE_ACCOUNTS',
  ],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return PERMISSIONS_BY_ROLE[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}
