import type { RequestContext } from '../../context';
import { normaliseUsername } from '../../shared/auth/password';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditEventConnection, AuditFilter } from './audit-event.type';

/** A page of the audit trail, newest first (keyset on id). Access is checked by the resolver's @Allow. */
export async function listAuditEvents(
  context: RequestContext,
  filter: AuditFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<AuditEventConnection> {
  const size = pageSize(first, 50);
  const query = context.dataSource
    .getRepository(AuditEventEntity)
    .createQueryBuilder('event')
    .orderBy('event.id', 'DESC')
    .limit(size + 1);
  if (after) {
    const [id] = decodeCursor(after, ['int64']);
    query.andWhere('event.id < :afterId', { afterId: id });
  }
  if (filter?.actorUsername) {
    query.andWhere('event.actorUsername = :actor', { actor: normaliseUsername(filter.actorUsername) });
  }
  if (filter?.action) query.andWhere('event.action = :action', { action: filter.action });
  if (filter?.from) query.andWhere('event.occurredAt >= :from', { from: filter.from });
  if (filter?.to) query.andWhere('event.occurredAt < :to', { to: filter.to });

  const rows = await query.getMany();
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.id]),
    node: {
      id: row.id,
      occurredAt: row.occurredAt,
      actorUsername: row.actorUsername,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      outcome: row.outcome,
    },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
