import { apiClientAccess } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { UUID } from '../../accounts/account-rules';
import { ApiClientEntity } from '../api-client.entities';
import type { RevokeApiClientInput } from '../api-client.inputs';
import { ApiClientForbiddenError, ApiClientNotFoundError } from '../api-client.results';
import { loadApiClients } from '../api-client-view';

/** Revokes a client: every token stops at once (its next call is refused with 401). Administrators. */
export function revokeApiClient(context: RequestContext, input: RevokeApiClientInput) {
  const now = context.clock.now();
  return runCommand<ApiClientEntity | ApiClientNotFoundError>(context, {
    action: 'apiClient.revoke',
    targetType: 'api_client',
    targetId: input.clientId.slice(0, 64),
    load: async (manager) => {
      if (!UUID.test(input.clientId)) return ApiClientNotFoundError.of();
      const client = await manager
        .getRepository(ApiClientEntity)
        .findOne({ where: { id: input.clientId }, lock: { mode: 'pessimistic_write' } });
      return client ?? ApiClientNotFoundError.of();
    },
    authorize: (client, actor) => {
      const { canRevoke } = apiClientAccess(
        { role: actor.role, apiClientId: actor.apiClient?.id ?? null },
        { revokedAt: client.revokedAt },
      );
      return canRevoke.allowed
        ? null
        : ApiClientForbiddenError.of('This client is revoked already', canRevoke.ruleId);
    },
    execute: async (manager, client, actor) => {
      await manager.getRepository(ApiClientEntity).update({ id: client.id }, { revokedAt: now });
      const [view] = await loadApiClients(manager, actor, now, context.policy.timeZone, [client.id]);
      return { result: view, details: { name: client.name } };
    },
  });
}
