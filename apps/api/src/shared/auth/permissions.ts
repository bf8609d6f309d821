import { PERMISSIONS } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../graphql/enum-object';

// The role table is a domain policy (packages/domain/src/access/permissions.ts); this only names it in GraphQL.
export { hasPermission, permissionsOf, PERMISSIONS, type Permission } from '@xiaohu/domain';

export const PermissionEnum = enumObject(PERMISSIONS);
registerEnumType(PermissionEnum, {
  name: 'Permission',
  description: 'An operation the viewer may perform, computed on the server; the UI hides the rest.',
});
