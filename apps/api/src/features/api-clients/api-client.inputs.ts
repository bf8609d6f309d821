import type { UnitCode } from '@xiaohu/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { UnitCodeEnum } from '../organisation/organisation.enums';
import { RoleEnum, type Role } from '../accounts/role';

@InputType({ description: 'A new API client: its scope is chosen as a person’s; read-only unless canWrite.' })
export class CreateApiClientInput {
  @Field({ description: 'Its name, 1 to 60 characters, e.g. 区智慧校园平台.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for, at most 500 characters.' })
  description?: string | null;

  @Field(() => RoleEnum, { description: 'The role whose scope it has (any but ADMIN).' })
  role: Role;

  @Field(() => UnitCodeEnum, {
    nullable: true,
    description: 'Committee unit: required for SECTION_MEMBER; LEADER is always LEAD; none otherwise.',
  })
  unit?: UnitCode | null;

  @Field(() => ID, { nullable: true, description: 'Institution: required for TEACHER, HEAD and STAFF.' })
  institutionId?: string | null;

  @Field({
    defaultValue: false,
    description: 'REP-7: the need-to-know of a designated officer (a SAFETY section member only).',
  })
  isDesignatedCaseOfficer: boolean;

  @Field({ defaultValue: false, description: 'Grant write (mutations); read-only by default.' })
  canWrite: boolean;

  @Field(() => Int, { nullable: true, description: 'Days until its token expires, 1 to 365 (default 90).' })
  tokenDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Calls per minute, 1 to 6000 (default 60).' })
  rateLimitPerMinute?: number | null;
}

@InputType({ description: 'A new token for a client; its current tokens keep working for the overlap.' })
export class RotateApiClientTokenInput {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours the current tokens keep working, 0 to 168 (default 24).',
  })
  overlapHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days until the new token expires, 1 to 365 (default 90).',
  })
  tokenDays?: number | null;
}

@InputType({ description: 'A client to revoke: every token stops at once.' })
export class RevokeApiClientInput {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;
}
