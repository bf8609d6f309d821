import type { EntityManager } from 'typeorm';

/**
 * SQL condition on `api_client c` joined with its `account a`: the client may still call, so it is
 * delivered to (not revoked; its account not disabled: the token lookup refuses both alike).
 */
export const ACTIVE_CLIENT_SQL = 'c.revoked_at IS NULL AND NOT a.is_disabled';

/**
 * Why a client cannot be subscribed: unknown, or revoked. Locks the client's row against a concurrent
 * revocation (FOR SHARE) until the caller's transaction ends.
 */
export async function subscribableClientProblem(
  manager: EntityManager,
  clientId: string,
): Promise<'UNKNOWN' | 'REVOKED' | null> {
  const rows = (await manager.query(
    `SELECT ${ACTIVE_CLIENT_SQL} AS is_active FROM api_client c JOIN account a ON a.id = c.account_id
      WHERE c.id = $1 FOR SHARE OF c`,
    [clientId],
  )) as { is_active: boolean }[];
  if (rows.length === 0) return 'UNKNOWN';
  return rows[0].is_active ? null : 'REVOKED';
}
