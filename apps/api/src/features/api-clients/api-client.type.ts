import type { ApiClientStatus, ApiTokenState, UnitCode } from '@xiaohu/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';
import { UnitCodeEnum } from '../organisation/organisation.enums';
import { RoleEnum, type Role } from '../accounts/role';

export const ApiClientStatusEnum = enumObject<ApiClientStatus>(['ACTIVE', 'EXPIRED', 'REVOKED']);
registerEnumType(ApiClientStatusEnum, {
  name: 'ApiClientStatus',
  description: 'ACTIVE: a token works; EXPIRED: none does any more (rotate to issue one); REVOKED: for good.',
});

export const ApiTokenStateEnum = enumObject<ApiTokenState>(['VALID', 'EXPIRED', 'SUPERSEDED', 'REVOKED']);
registerEnumType(ApiTokenStateEnum, {
  name: 'ApiTokenState',
  description: 'Whether a token opens the API now; SUPERSEDED: replaced by a rotation and past its overlap.',
});

@ObjectType({ description: 'A token of an API client: never the token itself, which is shown once.' })
export class ApiClientToken {
  @Field(() => ID, { description: 'Token id.' })
  id: string;

  @Field({ description: 'Its first characters (xh_ and four more), to tell tokens apart.' })
  prefix: string;

  @Field({ description: 'When it was issued.' })
  createdAt: Date;

  @Field({ description: 'When it stops working of itself.' })
  expiresAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Replaced by a rotation: it works until then (the overlap); null otherwise.',
  })
  supersededUntil: Date | null;

  @Field(() => ApiTokenStateEnum, { description: 'Whether it opens the API now.' })
  state: ApiTokenState;
}

@ObjectType({ description: 'A client’s calls on one day (Asia/Shanghai).' })
export class ApiClientUsageDay {
  @Field({ description: 'The day, YYYY-MM-DD in the district’s zone.' })
  day: string;

  @Field(() => Int, { description: 'Calls with a valid token, refused ones included.' })
  calls: number;

  @Field(() => Int, {
    description: 'Calls refused: over the rate limit, or a mutation of a read-only client.',
  })
  refused: number;
}

@ObjectType({ description: 'What the viewer may do with this client next (the domain’s apiClientAccess).' })
export class ApiClientViewerCan {
  @Field({ description: 'Issue a new token, the current one kept for an overlap.' })
  rotate: boolean;

  @Field({ description: 'Revoke the client: every token stops at once.' })
  revoke: boolean;
}

@ObjectType({
  description:
    'An API client 接口客户端 (issue 13): a system calling the API with a bearer token, with the scope of a person.',
})
export class ApiClient {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Its name, under which its calls are audited.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description: string | null;

  @Field(() => RoleEnum, { description: 'The role whose scope it has.' })
  role: Role;

  @Field(() => UnitCodeEnum, {
    nullable: true,
    description: 'Its committee unit (section members, leadership).',
  })
  unit: UnitCode | null;

  @Field(() => ID, { nullable: true, description: 'Its institution (institution roles).' })
  institutionId: string | null;

  @Field(() => String, { nullable: true, description: 'The institution’s name.' })
  institutionName: string | null;

  @Field({
    description: 'REP-7: given the need-to-know of a designated 安稳办 officer (reads a child’s identity).',
  })
  isDesignatedCaseOfficer: boolean;

  @Field({ description: 'Granted write: may run mutations (read-only otherwise).' })
  canWrite: boolean;

  @Field(() => Int, { description: 'Calls per minute before it is refused with HTTP 429.' })
  rateLimitPerMinute: number;

  @Field(() => ApiClientStatusEnum, { description: 'Whether it can call now.' })
  status: ApiClientStatus;

  @Field({ description: 'When it was registered.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Its last call with a valid token.' })
  lastUsedAt: Date | null;

  @Field(() => [ApiClientToken], { description: 'Its tokens, newest first.' })
  tokens: ApiClientToken[];

  @Field(() => [ApiClientUsageDay], {
    description: 'Its calls on each of the last 7 days with any, newest first.',
  })
  usage: ApiClientUsageDay[];

  @Field(() => ApiClientViewerCan, { description: 'What the viewer may do next.' })
  viewerCan: ApiClientViewerCan;
}
