import type { ApolloServerPlugin } from '@apollo/server';
import { apiClientOperationAccess } from '@xiaohu/domain';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { addApiUsage } from './api-tokens';

/** The audit action of every GraphQL operation an API client sends (issue 13). */
export const API_CLIENT_CALL_ACTION = 'apiClient.call';

/**
 * Issue 13: what applies to an API client's GraphQL operations beyond the policies every actor meets.
 * A read-only client's mutation is refused before anything runs (FORBIDDEN, counted as refused); every
 * operation of a client, answered or refused, leaves one audit row under the client's account (its name)
 * with the operation's name and kind. A mutation also writes its own command's row in its transaction;
 * a query has no transaction of its own, so its row is written in one of its own as the answer leaves.
 */
export function apiClientPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const client = contextValue.auth.actor?.apiClient;
      if (!client) return undefined;
      let refusedAsReadOnly = false;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          if (apiClientOperationAccess(client, operation.operation).allowed) return;
          refusedAsReadOnly = true;
          throw new GraphQLError(
            `This API client may not run a ${operation.operation}: it is read-only unless an administrator grants write`,
            { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
          );
        },
        async willSendResponse({ contextValue: context, operation, operationName, response }) {
          const actor = context.auth.actor;
          if (!actor) return;
          const now = context.clock.now();
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          if (refusedAsReadOnly)
            await addApiUsage(context.dataSource, client.id, now, context.policy.timeZone, {
              calls: 0,
              refused: 1,
            });
          await recordAudit(context.dataSource.manager, actor, now, {
            action: API_CLIENT_CALL_ACTION,
            outcome: typeof code === 'string' ? code.slice(0, 32) : 'OK',
            targetType: 'api_client',
            targetId: client.id,
            details: {
              operationName: operationName?.slice(0, 100) ?? null,
              operationType: operation?.operation ?? null,
            },
          });
        },
      };
    },
  };
}
