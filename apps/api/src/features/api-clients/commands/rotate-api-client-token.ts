import { API_CLIENT_LIMITS, apiClientAccess, isValidOverlapHours, isValidTokenDays } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { UUID } from '../../accounts/account-rules';
import { ApiClientEntity } from '../api-client.entities';
import type { RotateApiClientTokenInput } from '../api-client.inputs';
import { ApiClientForbiddenError, ApiClientNotFoundError, ApiClientTokenIssued } from '../api-client.results';
import { loadApiClients } from '../api-client-view';
import { issueApiToken } from './issue-api-token';

/**
 * Issues a new token; the client's tokens that still work keep working for the overlap (default 24 h),
 * then stop, so the integrator can switch without a gap. Administrators (apiClientAccess.canRotate).
 */
export function rotateApiClientToken(context: RequestContext, input: RotateApiClientTokenInput) {
  const now = context.clock.now();
  const overlapHours = input.overlapHours ?? API_CLIENT_LIMITS.defaultOverlapHours;
  const tokenDays = input.tokenDays ?? API_CLIENT_LIMITS.defaultTokenDays;
  return runCommand<ApiClientEntity | ApiClientNotFoundError>(context, {
    action: 'apiClient.rotateToken',
    targetType: 'api_client',
    targetId: input.clientId.slice(0, 64),
    validate: () => {
      if (!isValidOverlapHours(overlapHours))
        return ValidationError.of('overlapHours', `overlapHours: 0 to ${API_CLIENT_LIMITS.maxOverlapHours}`);
      if (!isValidTokenDays(tokenDays))
        return ValidationError.of('tokenDays', `tokenDays: 1 to ${API_CLIENT_LIMITS.maxTokenDays}`);
      return null;
    },
    load: async (manager) => {
      if (!UUID.test(input.clientId)) return ApiClientNotFoundError.of();
      const client = await manager
        .getRepository(ApiClientEntity)
        .findOne({ where: { id: input.clientId }, lock: { mode: 'pessimistic_write' } });
      return client ?? ApiClientNotFoundError.of();
    },
    authorize: (client, actor) => {
      const { canRotate } = apiClientAccess(
        { role: actor.role, apiClientId: actor.apiClient?.id ?? null },
        { revokedAt: client.revokedAt },
      );
      return canRotate.allowed
        ? null
        : ApiClientForbiddenError.of('This client’s token cannot be rotated (revoked)', canRotate.ruleId);
    },
    execute: async (manager, client, actor) => {
      const overlapEnds = new Date(now.getTime() + overlapHours * 3_600_000);
      // Tokens that still work end with the overlap (or sooner, at their own expiry).
      await manager.query(
        `UPDATE api_client_token SET superseded_until = $2
          WHERE client_id = $1 AND expires_at > $3 AND (superseded_until IS NULL OR superseded_until > $2)`,
        [client.id, overlapEnds, now],
      );
      const issued = await issueApiToken(manager, client.id, now, tokenDays);
      const [view] = await loadApiClients(manager, actor, now, context.policy.timeZone, [client.id]);
      return {
        result: Object.assign(new ApiClientTokenIssued(), { client: view, ...issued }),
        details: {
          overlapHours,
          tokenPrefix: issued.token.slice(0, 7),
          expiresAt: issued.expiresAt.toISOString(),
        },
      };
    },
  });
}
