import { apiClientsAccess } from '@xiaohu/domain';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { signedIn } from '../../shared/auth/signed-in';
import { forbiddenError } from '../../shared/graphql/errors';
import { ApiClient } from './api-client.type';
import { CreateApiClientInput, RevokeApiClientInput, RotateApiClientTokenInput } from './api-client.inputs';
import {
  CreateApiClientResult,
  RevokeApiClientResult,
  RotateApiClientTokenResult,
} from './api-client.results';
import { loadApiClients } from './api-client-view';
import { createApiClient } from './commands/create-api-client';
import { revokeApiClient } from './commands/revoke-api-client';
import { rotateApiClientToken } from './commands/rotate-api-client-token';

@Resolver(() => ApiClient)
export class ApiClientsResolver {
  @Allow('MANAGE_API_CLIENTS')
  @Query(() => [ApiClient], {
    description: 'API clients 接口客户端, newest first, at most 200 (administrators).',
  })
  async apiClients(@Ctx() context: RequestContext): Promise<ApiClient[]> {
    const actor = signedIn(context);
    if (!apiClientsAccess({ role: actor.role, apiClientId: actor.apiClient?.id ?? null }).canList.allowed)
      throw forbiddenError();
    return loadApiClients(context.dataSource.manager, actor, context.clock.now(), context.policy.timeZone);
  }

  @Allow('MANAGE_API_CLIENTS')
  @Mutation(() => CreateApiClientResult, {
    description: 'Registers an API client and answers its first token, shown once (administrators). Audited.',
  })
  createApiClient(
    @Ctx() context: RequestContext,
    @Arg('input', () => CreateApiClientInput, { description: 'The client and its scope.' })
    input: CreateApiClientInput,
  ): Promise<typeof CreateApiClientResult> {
    return createApiClient(context, input) as Promise<typeof CreateApiClientResult>;
  }

  @Allow('MANAGE_API_CLIENTS')
  @Mutation(() => RotateApiClientTokenResult, {
    description:
      'Issues a new token, shown once; the current ones keep working for the overlap (administrators). Audited.',
  })
  rotateApiClientToken(
    @Ctx() context: RequestContext,
    @Arg('input', () => RotateApiClientTokenInput, { description: 'The client and the overlap.' })
    input: RotateApiClientTokenInput,
  ): Promise<typeof RotateApiClientTokenResult> {
    return rotateApiClientToken(context, input) as Promise<typeof RotateApiClientTokenResult>;
  }

  @Allow('MANAGE_API_CLIENTS')
  @Mutation(() => RevokeApiClientResult, {
    description: 'Revokes an API client: every token stops at once (administrators). Audited.',
  })
  revokeApiClient(
    @Ctx() context: RequestContext,
    @Arg('input', () => RevokeApiClientInput, { description: 'The client.' }) input: RevokeApiClientInput,
  ): Promise<typeof RevokeApiClientResult> {
    return revokeApiClient(context, input) as Promise<typeof RevokeApiClientResult>;
  }
}
