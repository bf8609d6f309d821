import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { columnCipher } from '../../shared/crypto/encrypted-column';
import type { TipGateScope } from './tip-gate.entity';

/** REP-9: how many of each a client address (or, for passphrases, a tip code) may do per window. */
export const TIP_GATE_LIMITS: Record<
  Exclude<TipGateScope, 'CHALLENGE_USED'>,
  { max: number; windowMs: number }
> = {
  SUBMIT: { max: 5, windowMs: 60 * 60_000 },
  REPLY: { max: 30, windowMs: 60 * 60_000 },
  PASSPHRASE: { max: 5, windowMs: 15 * 60_000 },
};

const CHALLENGE_MS = 10 * 60_000;

function windowOf(now: Date, windowMs: number): { start: number; end: Date } {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start, end: new Date(start + windowMs) };
}

// The key is a keyed hash of the address (or code) and the window: the table holds no address, and a
// row cannot be matched to one without the data key. Expired rows go on every write.
function keyHashOf(scope: TipGateScope, key: string, windowStart: number): string {
  return columnCipher().hash(`tip_gate.${scope}`, `${key}|${windowStart}`);
}

async function removeExpired(manager: EntityManager, now: Date): Promise<void> {
  await manager.query('DELETE FROM tip_gate WHERE expires_at <= $1', [now]);
}

/** Counts one attempt; the seconds to wait when it is over the limit, else null. */
export async function countAttempt(
  manager: EntityManager,
  scope: Exclude<TipGateScope, 'CHALLENGE_USED'>,
  key: string,
  now: Date,
): Promise<number | null> {
  const { max, windowMs } = TIP_GATE_LIMITS[scope];
  const { start, end } = windowOf(now, windowMs);
  await removeExpired(manager, now);
  const [row] = (await manager.query(
    `INSERT INTO tip_gate (scope, key_hash, count, expires_at) VALUES ($1, $2, 1, $3)
     ON CONFLICT (scope, key_hash) DO UPDATE SET count = tip_gate.count + 1
     RETURNING count`,
    [scope, keyHashOf(scope, key, start), end],
  )) as { count: number }[];
  return row.count > max ? Math.ceil((end.getTime() - now.getTime()) / 1000) : null;
}

/** The seconds to wait when this key is already over its limit (without counting), else null. */
export async function isHeldOff(
  manager: EntityManager,
  scope: 'PASSPHRASE',
  key: string,
  now: Date,
): Promise<number | null> {
  const { max, windowMs } = TIP_GATE_LIMITS[scope];
  const { start, end } = windowOf(now, windowMs);
  const [row] = (await manager.query(
    'SELECT count FROM tip_gate WHERE scope = $1 AND key_hash = $2 AND expires_at > $3',
    [scope, keyHashOf(scope, key, start), now],
  )) as { count: number }[];
  return row && row.count >= max ? Math.ceil((end.getTime() - now.getTime()) / 1000) : null;
}

/** A challenge signed with the data key's hash key: the server keeps nothing until it is used. */
export function issueChallenge(now: Date, difficulty: number): string {
  const body = `${now.getTime()}.${randomBytes(12).toString('hex')}.${difficulty}`;
  return `${body}.${columnCipher().hash('tip.challenge', body)}`;
}

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/**
 * REP-9: the browser's proof of work: a challenge this server signed, not expired, not used before,
 * with SHA-256(challenge:nonce) starting with `difficulty` zero bits. Marks it used. Null when good.
 */
export async function refuseProof(
  manager: EntityManager,
  challenge: string,
  nonce: string,
  now: Date,
): Promise<string | null> {
  const parts = challenge.split('.');
  if (parts.length !== 4 || !/^\d{1,10}$/.test(nonce)) return 'Malformed proof of work';
  const [issuedAt, , difficulty] = parts;
  const body = parts.slice(0, 3).join('.');
  if (columnCipher().hash('tip.challenge', body) !== parts[3]) return 'Challenge not issued here';
  const age = now.getTime() - Number(issuedAt);
  if (!(age >= 0 && age <= CHALLENGE_MS)) return 'Challenge expired';
  const digest = createHash('sha256').update(`${challenge}:${nonce}`, 'utf8').digest();
  if (leadingZeroBits(digest) < Number(difficulty)) return 'Nonce does not solve the challenge';
  const used = (await manager.query(
    `INSERT INTO tip_gate (scope, key_hash, count, expires_at) VALUES ('CHALLENGE_USED', $1, 1, $2)
     ON CONFLICT DO NOTHING RETURNING count`,
    [keyHashOf('CHALLENGE_USED', challenge, 0), new Date(Number(issuedAt) + CHALLENGE_MS)],
  )) as unknown[];
  return used.length === 0 ? 'Challenge already used' : null;
}
