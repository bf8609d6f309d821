import { hasPermission } from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { scopeOfActor } from '../../shared/auth/actor';
import { normaliseUsername } from '../../shared/auth/password';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { badUserInputError } from '../../shared/graphql/errors';
import { AccountEntity } from '../accounts/account.entity';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditActor, AuditEventConnection, AuditFilter } from './audit-event.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The target id as a uuid when it is one (CASE evaluates lazily: no cast of other ids), so each name is
// one primary-key lookup.
const TARGET_UUID = `CASE WHEN event.target_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN event.target_id::uuid END`;

interface Row {
  id: string;
  occurred_at: Date;
  actor_username: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_name: string | null;
  outcome: string;
}

/**
 * A page of the audit trail, newest first (keyset on id), with the actor's name and the target's name
 * where the target is a named record the viewer may see (issue 10): an account, an institution in scope
 * (audit readers see the whole district), a staff member for a viewer who may read the staff register.
 * A case has no name here: nothing about a child. Access is checked by the resolver's @Allow.
 */
export async function listAuditEvents(
  context: RequestContext,
  filter: AuditFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<AuditEventConnection> {
  const actor = context.auth.actor;
  if (!actor) throw new Error('Service called without a signed-in actor');
  const size = pageSize(first, 50);
  const mayReadStaffNames =
    hasPermission(actor.role, 'VIEW_STAFF') && scopeOfActor(actor, context.policy).type === 'ALL';
  const mayReadInstitutionNames = scopeOfActor(actor, context.policy).type === 'ALL';
  const query = context.dataSource
    .getRepository(AuditEventEntity)
    .createQueryBuilder('event')
    .select([
      'event.id AS id',
      'event.occurred_at AS occurred_at',
      'event.actor_username AS actor_username',
      'event.action AS action',
      'event.target_type AS target_type',
      'event.target_id AS target_id',
      'event.outcome AS outcome',
      '(SELECT actor.display_name FROM account actor WHERE actor.id = event.actor_account_id) AS actor_name',
      `(CASE event.target_type
          WHEN 'account' THEN (SELECT a.display_name FROM account a WHERE a.id = ${TARGET_UUID})
          WHEN 'institution' THEN (SELECT i.name FROM institution i WHERE :mayInstitution AND i.id = ${TARGET_UUID})
          WHEN 'staff' THEN (SELECT s.name FROM staff_member s WHERE :mayStaff AND s.id = ${TARGET_UUID})
        END) AS target_name`,
    ])
    .setParameters({ mayStaff: mayReadStaffNames, mayInstitution: mayReadInstitutionNames })
    .orderBy('event.id', 'DESC')
    .limit(size + 1);
  if (after) {
    const [id] = decodeCursor(after, ['int64']);
    query.andWhere('event.id < :afterId', { afterId: id });
  }
  if (filter?.actorUsername) {
    query.andWhere('event.actor_username = :actor', { actor: normaliseUsername(filter.actorUsername) });
  }
  if (filter?.actorAccountId) {
    if (!UUID.test(filter.actorAccountId)) query.andWhere('FALSE');
    else
      query.andWhere('event.actor_account_id = :actorAccountId', { actorAccountId: filter.actorAccountId });
  }
  if (filter?.action) query.andWhere('event.action = :action', { action: filter.action });
  if (filter?.actions) {
    if (filter.actions.length > 100) throw badUserInputError('At most 100 actions');
    if (filter.actions.length === 0) query.andWhere('FALSE');
    else query.andWhere('event.action IN (:...actions)', { actions: filter.actions });
  }
  if (filter?.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
  if (filter?.to) query.andWhere('event.occurred_at < :to', { to: filter.to });

  const rows = await query.getRawMany<Row>();
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.id]),
    node: {
      id: row.id,
      occurredAt: row.occurred_at,
      actorUsername: row.actor_username,
      actorName: row.actor_name,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      targetName: row.target_name,
      outcome: row.outcome,
    },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Issue 10: accounts whose name or sign-in name contains `search`, for the audit page's person picker. */
export async function listAuditActors(
  context: RequestContext,
  search: string | null | undefined,
  first: number | null | undefined,
): Promise<AuditActor[]> {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 50)
    throw badUserInputError('first must be between 1 and 50');
  const query = context.dataSource
    .getRepository(AccountEntity)
    .createQueryBuilder('account')
    .select(['account.id', 'account.displayName', 'account.username'])
    .orderBy('account.displayName', 'ASC')
    .addOrderBy('account.id', 'ASC')
    .limit(size);
  const text = search?.trim();
  if (text) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.where('(account.username ILIKE :pattern OR account.displayName ILIKE :pattern)', { pattern });
  }
  const accounts = await query.getMany();
  return accounts.map((account) => ({
    id: account.id,
    displayName: account.displayName,
    username: account.username,
  }));
}
