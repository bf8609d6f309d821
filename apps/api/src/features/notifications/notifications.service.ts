import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { MailOutboxEntity } from './mail-outbox.entity';
import { NotificationEntity } from './notification.entity';
import {
  type MailDeliveryStatus,
  Notification,
  type NotificationConnection,
  OutboxMailConnection,
  ReportingChannels,
} from './notification.type';

const URGENT_SHOWN = 20;

/** A stored notification as the API shows it (facts' instants as dates). */
export function toNotification(row: NotificationEntity): Notification {
  const facts = row.facts
    ? { ...row.facts, dueAt: row.facts.dueAt ? new Date(row.facts.dueAt) : null }
    : null;
  return Object.assign(new Notification(), { ...row, facts });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function accountId(context: RequestContext): string {
  if (!context.auth.actor) throw new Error('Service called without a signed-in actor');
  return context.auth.actor.accountId;
}

/** The viewer's notifications, newest first (keyset on createdAt, id). */
export async function listMyNotifications(
  context: RequestContext,
  first: number | null | undefined,
  after: string | null | undefined,
  unreadOnly: boolean,
): Promise<NotificationConnection> {
  const owner = accountId(context);
  const size = pageSize(first, 20);
  const repository = context.dataSource.getRepository(NotificationEntity);
  const query = repository.createQueryBuilder('n').where('n.account_id = :owner', { owner });
  if (unreadOnly) query.andWhere('n.read_at IS NULL');
  if (after) {
    const [at, id] = decodeCursor(after, ['instant', 'uuid']);
    query.andWhere('(n.created_at, n.id) < (:at, :id)', { at: String(at), id: String(id) });
  }
  const rows = await query
    .orderBy('n.created_at', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .limit(size + 1)
    .getMany();
  const unreadCount = await repository
    .createQueryBuilder('n')
    .where('n.account_id = :owner AND n.read_at IS NULL', { owner })
    .getCount();
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.createdAt.toISOString(), row.id]),
    node: toNotification(row),
  }));
  // The unread partial index holds them; urgent ones are few.
  const urgentUnread = await repository
    .createQueryBuilder('n')
    .where('n.account_id = :owner AND n.read_at IS NULL AND n.urgent', { owner })
    .orderBy('n.created_at', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .limit(URGENT_SHOWN)
    .getMany();
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    unreadCount,
    urgentUnread: urgentUnread.map(toNotification),
  };
}

/** Marks one of the viewer's notifications read; null when it is not theirs. */
export async function markNotificationRead(
  context: RequestContext,
  id: string,
): Promise<Notification | null> {
  const owner = accountId(context);
  if (!UUID.test(id)) return null;
  const repository = context.dataSource.getRepository(NotificationEntity);
  await repository
    .createQueryBuilder()
    .update()
    .set({ readAt: context.clock.now() })
    .where('id = :id AND account_id = :owner AND read_at IS NULL', { id, owner })
    .execute();
  const row = await repository.findOneBy({ id, accountId: owner });
  return row ? toNotification(row) : null;
}

/** Where delivery of a mail stands. */
export function deliveryStatus(
  mail: Pick<MailOutboxEntity, 'sentAt' | 'failedAttempts'>,
): MailDeliveryStatus {
  if (mail.sentAt) return 'SENT';
  return mail.failedAttempts > 0 ? 'FAILING' : 'WAITING';
}

/** The mail outbox's delivery status, newest first (administrators): never a subject or a body. */
export async function listMailOutbox(
  context: RequestContext,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<OutboxMailConnection> {
  const size = pageSize(first, 20);
  const query = context.dataSource
    .getRepository(MailOutboxEntity)
    .createQueryBuilder('m')
    .select([
      'm.id',
      'm.toAddress',
      'm.kind',
      'm.createdAt',
      'm.sentAt',
      'm.lastFailedAt',
      'm.failedAttempts',
    ])
    .leftJoin('m.account', 'a')
    .addSelect(['a.id', 'a.username', 'a.displayName']);
  if (after) {
    const [at, id] = decodeCursor(after, ['instant', 'uuid']);
    query.where('(m.created_at, m.id) < (:at, :id)', { at: String(at), id: String(id) });
  }
  const rows = await query
    .orderBy('m.created_at', 'DESC')
    .addOrderBy('m.id', 'DESC')
    .limit(size + 1)
    .getMany();
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.createdAt.toISOString(), row.id]),
    node: {
      id: row.id,
      recipientUsername: row.account?.username ?? null,
      recipientDisplayName: row.account?.displayName ?? null,
      to: row.toAddress,
      kind: row.kind,
      status: deliveryStatus(row),
      createdAt: row.createdAt,
      sentAt: row.sentAt,
      lastFailedAt: row.lastFailedAt,
      failedAttempts: row.failedAttempts,
    },
  }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** REP-9: from the environment, with the demo district's defaults. */
export function reportingChannels(env: NodeJS.ProcessEnv = process.env): ReportingChannels {
  return {
    mailbox: env.XIAOHU_REPORTING_MAILBOX || 'jlpjwaw@xiaohu.local',
    hotline: env.XIAOHU_REPORTING_HOTLINE || '023-68780000',
  };
}
