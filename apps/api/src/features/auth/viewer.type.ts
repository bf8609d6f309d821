import { actorPermissions, caseExportAccess, type UnitCode } from '@xiaohu/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { PermissionEnum, type Permission } from '../../shared/auth/permissions';
import { RoleEnum, type Role } from '../accounts/role';
import { UnitCodeEnum } from '../organisation/organisation.enums';

@ObjectType({ description: 'The signed-in person. `institution` is resolved separately.' })
export class Viewer {
  @Field(() => ID, { description: 'Account id.' })
  id: string;

  @Field({ description: 'Sign-in name.' })
  username: string;

  @Field({ description: 'Name shown in the UI.' })
  displayName: string;

  @Field(() => RoleEnum, { description: 'The account’s role.' })
  role: Role;

  @Field(() => UnitCodeEnum, { nullable: true, description: 'Committee unit, for committee roles.' })
  unit: UnitCode | null;

  @Field(() => [PermissionEnum], { description: 'What the viewer may do; the UI hides the rest.' })
  permissions: Permission[];

  @Field({
    description:
      'Whether the viewer may download the case list as Excel (/api/cases/export): caseExportAccess (REP-7, ORG-1).',
  })
  canExportCases: boolean;

  // Not a field: read by the `institution` field resolver.
  institutionId: string | null;

  static of(actor: SignedInActor): Viewer {
    return Object.assign(new Viewer(), {
      id: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      role: actor.role,
      unit: actor.unitCode,
      permissions: actorPermissions(toAccessActor(actor)),
      canExportCases: caseExportAccess(actor).allowed,
      institutionId: actor.institutionId,
    });
  }
}
