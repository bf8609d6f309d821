import { connection, count, encodeCursor, iso, type RawOperation } from './raw-sql';

// The raw baseline's own-account reads: myNotifications, auditEvents, me (bench raw-queries.ts).

// ---------------------------------------------------------------------------------------------------
// myNotifications, auditEvents, me

export const myNotifications: RawOperation = async ({ sql, actor }, variables) => {
  const size = Number(variables.first);
  const rows = await sql.query<{
    id: string;
    kind: string;
    case_id: string | null;
    title: string;
    created_at: Date;
    read_at: Date | null;
  }>(
    `SELECT id, kind, case_id, title, created_at, read_at FROM notification WHERE account_id = $1
     ORDER BY created_at DESC, id DESC LIMIT ${size + 1}`,
    [actor.accountId],
  );
  const unreadCount = await count(
    sql,
    'SELECT count(*) AS n FROM notification WHERE account_id = $1 AND read_at IS NULL',
    [actor.accountId],
  );
  return {
    myNotifications: {
      unreadCount,
      ...connection(
        rows,
        size,
        (r) => encodeCursor([r.created_at.toISOString(), r.id]),
        (r) => ({
          id: r.id,
          kind: r.kind,
          caseId: r.case_id,
          title: r.title,
          createdAt: r.created_at.toISOString(),
          readAt: iso(r.read_at),
        }),
      ),
    },
  };
};

export const auditEvents: RawOperation = async ({ sql }, variables) => {
  const size = Number(variables.first);
  const rows = await sql.query<{
    id: string;
    occurred_at: Date;
    actor_username: string | null;
    action: string;
    target_type: string | null;
    target_id: string | null;
    outcome: string;
  }>(
    `SELECT id::text AS id, occurred_at, actor_username, action, target_type, target_id, outcome
     FROM audit_event ORDER BY audit_event.id DESC LIMIT ${size + 1}`,
  );
  return {
    auditEvents: connection(
      rows,
      size,
      (r) => encodeCursor([r.id]),
      (r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        actorUsername: r.actor_username,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        outcome: r.outcome,
      }),
    ),
  };
};

// The session check already loaded the account: `me` needs no statement of its own.
export const me: RawOperation = ({ actor }) =>
  Promise.resolve({
    me: {
      id: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      role: actor.role,
      unit: actor.unitCode,
    },
  });

/** Each benchmarked operation's raw answer, by the GraphQL operation name the bench sends. */
