import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../../features/audit/audit-event.entity';
import type { SignedInActor } from '../auth/actor';

export interface AuditEntry {
  action: string;
  outcome: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * Appends one audit row with the given manager, so it commits or rolls back with the work it records.
 * `actor` is null for the system and for anonymous sign-in attempts.
 */
export async function recordAudit(
  manager: EntityManager,
  actor: Pick<SignedInActor, 'accountId' | 'username'> | null,
  occurredAt: Date,
  entry: AuditEntry,
): Promise<void> {
  await manager.getRepository(AuditEventEntity).insert({
    occurredAt,
    actorAccountId: actor?.accountId ?? null,
    actorUsername: actor?.username ?? null,
    action: entry.action,
    outcome: entry.outcome,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? null,
  });
}
