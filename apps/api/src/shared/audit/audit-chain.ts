import type { DataCipher } from '../crypto/data-cipher';
import { columnCipher } from '../crypto/encrypted-column';

// The audit trail is a hash chain: row n carries prev_hash = hash of row n-1 and hash = a keyed hash
// (HMAC-SHA256, key derived from the data key) of its own content and prev_hash; the single row of
// audit_chain_head holds the last position and hash. Keyed, so that a database superuser without the
// data key cannot recompute a consistent chain after rewriting it.

/** Purpose of the chain's hash key (derived from the data key): part of the stored data, never rename. */
export const AUDIT_CHAIN_PURPOSE = 'audit_event.chain';
/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** One row as the chain hashes it: every column but the hash itself, as PostgreSQL prints them. */
export interface ChainedAuditRow {
  id: string;
  /** Position in the chain, from 1, without gaps. */
  seq: string;
  /** UTC, microseconds, e.g. 2026-03-01T08:00:00.123000Z (timestamptz's own precision). */
  occurredAt: string;
  actorAccountId: string | null;
  actorUsername: string | null;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  prevHash: string;
}

/** A Date as the chain stores and reads it back (see ChainedAuditRow.occurredAt). */
export function toChainInstant(date: Date): string {
  return date.toISOString().replace(/Z$/, '000Z');
}

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The keyed hash of a row (hex), over a versioned, unambiguous serialisation of its columns. */
export function auditRowHash(cipher: Pick<DataCipher, 'hash'>, row: ChainedAuditRow): string {
  const content = JSON.stringify([
    'xiaohu-audit-v1',
    row.seq,
    row.id,
    row.occurredAt,
    row.actorAccountId,
    row.actorUsername,
    row.action,
    row.outcome,
    row.targetType,
    row.targetId,
    row.details === null || row.details === undefined ? null : canonicalJson(row.details),
    row.prevHash,
  ]);
  return cipher.hash(AUDIT_CHAIN_PURPOSE, content);
}

/** The first place where the chain does not hold. */
export interface AuditChainBreak {
  /** Chain position of the broken row (null when the row has none). */
  seq: string | null;
  /** audit_event.id of the broken row, when there is such a row. */
  id: string | null;
  reason: string;
}

export interface AuditChainReport {
  /** Rows found intact before the first break (all of them when unbroken). */
  rows: number;
  broken: AuditChainBreak | null;
}

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown[]>;

const ROWS = `
  SELECT id::text AS id, chain_seq::text AS seq,
    to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
    actor_account_id::text AS "actorAccountId", actor_username AS "actorUsername", action, outcome,
    target_type AS "targetType", target_id AS "targetId", details, prev_hash AS "prevHash", hash
  FROM audit_event
  WHERE $1::bigint IS NULL OR chain_seq > $1::bigint
  ORDER BY chain_seq
  LIMIT $2`;

/**
 * Whether the chain's last row hashes as it says with this cipher's key; null when the trail is empty.
 * A false answer means another data key (or a last row rewritten: `npm run audit:verify` tells which).
 */
export async function lastAuditRowMatches(
  query: Query,
  cipher: Pick<DataCipher, 'hash'>,
): Promise<boolean | null> {
  const [head] = (await query('SELECT seq::text AS seq FROM audit_chain_head WHERE id = 1')) as {
    seq: string;
  }[];
  if (!head || head.seq === '0') return null;
  const [last] = (await query(ROWS, [String(BigInt(head.seq) - 1n), 1])) as (ChainedAuditRow & {
    hash: string;
  })[];
  return last ? auditRowHash(cipher, last) === last.hash : null;
}

/**
 * Walks the whole chain in position order and names the first broken row: a missing or repeated
 * position, a row that does not follow the one before, content that does not match its hash, or an
 * end that does not match the chain head. Read-only; give it a transaction's query to check a snapshot.
 */
export async function verifyAuditChain(
  query: Query,
  cipher: Pick<DataCipher, 'hash'> = columnCipher(),
  batchSize = 1000,
): Promise<AuditChainReport> {
  const [outside] = (await query(
    'SELECT id::text AS id FROM audit_event WHERE chain_seq IS NULL ORDER BY id LIMIT 1',
  )) as { id: string }[];
  if (outside) return { rows: 0, broken: { seq: null, id: outside.id, reason: 'it has no chain position' } };

  let expected = 1n;
  let previousHash = GENESIS_HASH;
  let last: string | null = null;
  let lastId: string | null = null;
  let rows = 0;
  const broken = (row: ChainedAuditRow, reason: string): AuditChainReport => ({
    rows,
    broken: { seq: row.seq, id: row.id, reason },
  });
  for (;;) {
    const batch = (await query(ROWS, [last, batchSize])) as (ChainedAuditRow & { hash: string })[];
    for (const row of batch) {
      const seq = BigInt(row.seq);
      if (seq > expected)
        return broken(
          row,
          seq === expected + 1n
            ? `row #${expected} before it is missing`
            : `rows #${expected} to #${seq - 1n} before it are missing`,
        );
      if (seq < expected) return broken(row, `it repeats position #${seq}`);
      if (row.prevHash !== previousHash) return broken(row, 'it does not follow the row before it');
      if (auditRowHash(cipher, row) !== row.hash) return broken(row, 'its content does not match its hash');
      previousHash = row.hash;
      lastId = row.id;
      expected += 1n;
      rows += 1;
    }
    if (batch.length < batchSize) break;
    last = batch[batch.length - 1].seq;
  }

  const lastSeq = expected - 1n;
  const [head] = (await query('SELECT seq::text AS seq, hash FROM audit_chain_head WHERE id = 1')) as {
    seq: string;
    hash: string;
  }[];
  if (!head) return { rows, broken: { seq: null, id: null, reason: 'the chain head is missing' } };
  const headSeq = BigInt(head.seq);
  if (headSeq > lastSeq)
    return {
      rows,
      broken: {
        seq: String(lastSeq + 1n),
        id: null,
        reason: `the chain ends at #${lastSeq} but its head says #${headSeq}: rows at the end are missing`,
      },
    };
  if (headSeq < lastSeq) {
    const [extra] = (await query('SELECT id::text AS id FROM audit_event WHERE chain_seq = $1', [
      String(headSeq + 1n),
    ])) as { id: string }[];
    return {
      rows: Number(headSeq),
      broken: {
        seq: String(headSeq + 1n),
        id: extra?.id ?? null,
        reason: `it lies beyond the chain head (#${headSeq})`,
      },
    };
  }
  if (head.hash !== previousHash)
    return {
      rows,
      broken: {
        seq: String(lastSeq),
        id: lastId,
        reason: 'the chain head does not hold the last row’s hash',
      },
    };
  return { rows, broken: null };
}
