import { randomBytes } from 'node:crypto';
import { WEBHOOK_EVENT_TYPES, webhookUrlProblem, type WebhookEventType } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { subscribableClientProblem } from '../webhook-clients';
import { WebhookSubscriptionEntity } from '../webhook.entities';
import { loadSubscriptionView, UUID } from '../webhook-queries';
import type { SubscribeWebhookInput } from '../webhooks.inputs';
import { WebhookSubscriptionCreated } from '../webhooks.types';

const URL_MAX = 500;

const URL_MESSAGES = {
  INVALID: 'url: not a web address (不是有效的网址)',
  NOT_HTTPS: 'url: must be https (须使用 https 地址)',
  HAS_CREDENTIALS: 'url: must not contain a user name or password (网址中不得包含用户名或密码)',
} as const;

const CLIENT_MESSAGES = {
  UNKNOWN: 'clientId: no such API client (没有这个接口客户端，请先在“接口客户端”页登记)',
  REVOKED: 'clientId: this API client is revoked (该接口客户端已吊销，不能再订阅事件推送)',
} as const;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * Issue 13: the administrator subscribes a registered, unrevoked client to event types; the secret is
 * answered once. An unknown or revoked client is refused and nothing is stored.
 */
export async function subscribeWebhook(context: RequestContext, input: SubscribeWebhookInput) {
  const now = context.clock.now();
  const url = input.url.trim();
  const types = [...new Set(input.eventTypes)];
  return runCommand(context, {
    action: 'webhookSubscription.create',
    targetType: 'webhook_subscription',
    targetId: null,
    validate: () => {
      if (!UUID.test(input.clientId))
        return ValidationError.of('clientId', 'clientId: not an id (无效的客户端)');
      if (url.length > URL_MAX) return ValidationError.tooLong('url', URL_MAX);
      const problem = webhookUrlProblem(url, context.config.isProduction);
      if (problem) return ValidationError.of('url', URL_MESSAGES[problem]);
      if (types.length === 0)
        return ValidationError.of('eventTypes', 'eventTypes: choose at least one (至少选择一种事件)');
      const unknown = types.find((t) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(t));
      if (unknown !== undefined)
        return ValidationError.of('eventTypes', 'eventTypes: unknown event type (未知的事件类型)');
      return null;
    },
    load: async (manager) => {
      const problem = await subscribableClientProblem(manager, input.clientId);
      return problem ? ValidationError.of('clientId', CLIENT_MESSAGES[problem]) : {};
    },
    // MANAGE_WEBHOOKS guards the operation: only the administrator reaches here (webhook-access).
    authorize: () => null,
    execute: async (manager, _loaded, actor) => {
      const secret = newWebhookSecret();
      const entity = manager.getRepository(WebhookSubscriptionEntity).create({
        clientId: input.clientId,
        url,
        eventTypes: types as WebhookEventType[],
        secret,
        createdByAccountId: actor.accountId,
        createdAt: now,
        unsubscribedAt: null,
      });
      await manager.getRepository(WebhookSubscriptionEntity).insert(entity);
      const subscription = (await loadSubscriptionView(manager, entity.id, actor))!;
      return {
        result: Object.assign(new WebhookSubscriptionCreated(), { subscription, secret }),
        targetId: entity.id,
        // Never the secret, and not the URL's path (it may carry the client's own token).
        details: { clientId: input.clientId, eventTypes: types, host: hostOf(url) },
      };
    },
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
