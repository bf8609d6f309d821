import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../auth/actor';
import type { DataCipher } from '../crypto/data-cipher';
import { columnCipher } from '../crypto/encrypted-column';
import { auditRowHash, toChainInstant, type ChainedAuditRow } from './audit-chain';

export interface AuditEntry {
  action: string;
  outcome: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * Appends one audit row with the given manager, so it commits or rolls back with the work it records.
 * `actor` is null for the system and for anonymous sign-in attempts. The row joins the hash chain
 * (see audit-chain.ts); without a transaction it opens its own, since the chain's lock must be held
 * until the row commits.
 */
export async function recordAudit(
  manager: EntityManager,
  actor: Pick<SignedInActor, 'accountId' | 'username'> | null,
  occurredAt: Date,
  entry: AuditEntry,
): Promise<void> {
  const on =
    (m: EntityManager): ChainQuery =>
    (text, values) =>
      m.query(text, values);
  if (!manager.queryRunner?.isTransactionActive) {
    await manager.transaction((inTransaction) =>
      appendToChain(on(inTransaction), actor, occurredAt, entry, columnCipher()),
    );
    return;
  }
  await appendToChain(on(manager), actor, occurredAt, entry, columnCipher());
}

/** One statement on the connection whose transaction holds the chain's lock. */
export type ChainQuery = (text: string, values?: unknown[]) => Promise<unknown>;

/**
 * The two statements that append a row to the chain, on any connection inside a transaction (the API's
 * EntityManager, or the benchmark's raw baseline on plain pg).
 */
export async function appendToChain(
  query: ChainQuery,
  actor: Pick<SignedInActor, 'accountId' | 'username'> | null,
  occurredAt: Date,
  entry: AuditEntry,
  cipher: Pick<DataCipher, 'hash'>,
): Promise<void> {
  // The head is locked until commit: concurrent writers queue here, so the chain cannot fork. The id
  // is drawn after the lock, so ids grow along the chain too.
  const [head] = (await query(
    `WITH head AS (SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE)
     SELECT (head.seq + 1)::text AS seq, head.hash,
       nextval(pg_get_serial_sequence('public.audit_event', 'id'))::text AS id
     FROM head`,
  )) as { seq: string; hash: string; id: string }[];
  if (!head) throw new Error('The audit chain has no head row (migration 1795920510000)');
  const row: ChainedAuditRow = {
    id: head.id,
    seq: head.seq,
    occurredAt: toChainInstant(occurredAt),
    // As PostgreSQL prints a uuid, so that the stored row hashes the same.
    actorAccountId: actor?.accountId?.toLowerCase() ?? null,
    actorUsername: actor?.username ?? null,
    action: entry.action,
    outcome: entry.outcome,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    // What jsonb will give back: JSON's values only (no undefined, dates as strings).
    details: entry.details == null ? null : (JSON.parse(JSON.stringify(entry.details)) as unknown),
    prevHash: head.hash,
  };
  const hash = auditRowHash(cipher, row);
  await query(
    `WITH appended AS (
       INSERT INTO audit_event (id, chain_seq, occurred_at, actor_account_id, actor_username, action, outcome,
         target_type, target_id, details, prev_hash, hash)
       OVERRIDING SYSTEM VALUE
       VALUES ($1, $2, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)
       RETURNING chain_seq, hash
     )
     UPDATE audit_chain_head SET seq = appended.chain_seq, hash = appended.hash FROM appended
     WHERE audit_chain_head.id = 1`,
    [
      row.id,
      row.seq,
      row.occurredAt,
      row.actorAccountId,
      row.actorUsername,
      row.action,
      row.outcome,
      row.targetType,
      row.targetId,
      row.details === null ? null : JSON.stringify(row.details),
      row.prevHash,
      hash,
    ],
  );
}
