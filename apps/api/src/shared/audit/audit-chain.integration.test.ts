import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { createTestDatabase } from '../../test-support/test-database';
import { createDataSource } from '../db/data-source';
import { GENESIS_HASH, canonicalJson, toChainInstant, verifyAuditChain } from './audit-chain';
import { recordAudit } from './audit-log';

// Issue 9: the audit trail is a hash chain that names the first row a superuser has tampered with.
// The 1,000 tamperings took 23 s here under a load average of 11: a loaded CI machine gets time.
jest.setTimeout(120_000);
let app: DataSource;
let owner: DataSource;
beforeAll(async () => {
  const database = await createTestDatabase();
  app = createDataSource(database.appUrl, 'app');
  owner = createDataSource(database.url, 'owner');
  await app.initialize();
  await owner.initialize();
});
afterAll(async () => {
  await app.destroy();
  await owner.destroy();
});

const ACTOR = { accountId: '6F9619FF-8B86-D011-B42D-00C04FC964FF', username: 'leader' };
const count = async () => Number((await owner.query('SELECT count(*) AS n FROM audit_event'))[0].n);

it('canonical forms: JSON with sorted keys at every depth, instants in microseconds', () => {
  expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
  expect(toChainInstant(new Date('2026-03-01T08:00:00.123Z'))).toBe('2026-03-01T08:00:00.123000Z');
});

it('the seeded trail is one unbroken chain, and each new row extends it', async () => {
  const before = await verifyAuditChain((sql, params) => owner.query(sql, params));
  expect(before).toEqual({ rows: await count(), broken: null });
  expect(before.rows).toBeGreaterThan(0);
  await app.transaction((manager) =>
    recordAudit(manager, ACTOR, new Date('2026-03-02T01:02:03.456Z'), {
      action: 'test.chain',
      outcome: 'OK',
      targetType: 'institution',
      targetId: 'abc',
      details: { z: 1, a: { y: [1, 'two'], x: null }, skipped: undefined, at: new Date(0) },
    }),
  );
  // Outside a transaction recordAudit opens one of its own: the head stays locked until the row commits.
  await recordAudit(app.manager, null, new Date(), { action: 'test.chain', outcome: 'OK' });
  const [last] = await owner.query(
    'SELECT chain_seq::text AS seq, prev_hash, hash FROM audit_event ORDER BY chain_seq DESC LIMIT 1',
  );
  expect(await owner.query('SELECT seq::text AS seq, hash FROM audit_chain_head')).toEqual([
    { seq: last.seq, hash: last.hash },
  ]);
  expect(last.seq).toBe(String(before.rows + 2));
  expect(await verifyAuditChain((sql, params) => app.query(sql, params))).toEqual({
    rows: before.rows + 2,
    broken: null,
  });
});

it('50 concurrent recordAudit transactions leave one valid chain, ids growing along it', async () => {
  const before = await count();
  await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      app.transaction(async (manager) => {
        await manager.query('SELECT 1'); // other work of the transaction before its audit row
        await recordAudit(manager, ACTOR, new Date(), {
          action: 'test.concurrent',
          outcome: 'OK',
          details: { i },
        });
      }),
    ),
  );
  expect(await count()).toBe(before + 50);
  expect(await verifyAuditChain((sql, params) => owner.query(sql, params))).toEqual({
    rows: before + 50,
    broken: null,
  });
  const rows: { seq: string; id: string }[] = await owner.query(
    'SELECT chain_seq::text AS seq, id::text AS id FROM audit_event ORDER BY chain_seq',
  );
  const ids = rows.map((r) => BigInt(r.id));
  expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
});

it('a transaction that rolls back leaves the chain as it was', async () => {
  const before = await count();
  await expect(
    app.transaction(async (manager) => {
      await recordAudit(manager, ACTOR, new Date(), { action: 'test.rollback', outcome: 'OK' });
      throw new Error('the work failed');
    }),
  ).rejects.toThrow('the work failed');
  expect(await count()).toBe(before);
  expect((await verifyAuditChain((sql, params) => owner.query(sql, params))).broken).toBeNull();
});

// ---- 1,000 random tamperings by the superuser, each in a transaction that is rolled back ----

const TAMPERINGS = 1000;
const CHAIN_LENGTH = 200;

/** A small seeded PRNG (mulberry32): the same tamperings on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  id: string;
  seq: number;
  hash: string;
  actor_username: string | null;
  details: unknown;
}

type Tampering = (
  runner: QueryRunner,
  rows: Row[],
  pick: () => number,
) => Promise<{ kind: string; seq: number }>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hex64 = (pick: () => number) => sha256(String(pick()));

const EDITS: [string, (row: Row, pick: () => number) => string][] = [
  [
    'occurred_at',
    (_r, pick) =>
      `occurred_at = occurred_at + interval '${1 + Math.floor(pick() * 86_400_000_000)} microseconds'`,
  ],
  ['occurred_at by 1 µs', () => `occurred_at = occurred_at - interval '1 microsecond'`],
  ['actor_account_id', () => 'actor_account_id = gen_random_uuid()'],
  ['actor_username', (r) => `actor_username = ${r.actor_username === null ? `'admin'` : `NULL`}`],
  ['action', () => `action = action || 'x'`],
  ['outcome', () => `outcome = CASE WHEN outcome = 'OK' THEN 'FORBIDDEN' ELSE 'OK' END`],
  ['target_type', () => `target_type = coalesce(target_type, '') || 'x'`],
  ['target_id', () => `target_id = coalesce(target_id, '') || '0'`],
  ['details', (r) => (r.details === null ? `details = '{"forged": true}'` : `details = NULL`)],
  ['details value', () => `details = coalesce(details, '{}') || '{"forged": 1}'`],
  // An identity column only takes a fresh value from its sequence.
  ['id', () => 'id = DEFAULT'],
  ['prev_hash', (_r, pick) => `prev_hash = '${hex64(pick)}'`],
  ['hash', (_r, pick) => `hash = '${hex64(pick)}'`],
];

const tamperings: Tampering[] = [
  // Edit one column of one row.
  async (runner, rows, pick) => {
    const row = rows[Math.floor(pick() * rows.length)];
    const [column, set] = EDITS[Math.floor(pick() * EDITS.length)];
    await runner.query(`UPDATE audit_event SET ${set(row, pick)} WHERE id = $1`, [row.id]);
    return { kind: `edit ${column}`, seq: row.seq };
  },
  // Edit a row and re-hash it, and its successor's prev_hash, as one who knows the format but not the key would.
  async (runner, rows, pick) => {
    const index = Math.floor(pick() * rows.length);
    const row = rows[index];
    const forged = sha256(`forged ${pick()}`);
    await runner.query(`UPDATE audit_event SET outcome = 'ERASED', hash = $2 WHERE id = $1`, [
      row.id,
      forged,
    ]);
    if (index + 1 < rows.length)
      await runner.query('UPDATE audit_event SET prev_hash = $2 WHERE id = $1', [rows[index + 1].id, forged]);
    else await runner.query('UPDATE audit_chain_head SET hash = $1', [forged]);
    return { kind: 'edit and re-hash', seq: row.seq };
  },
  // Delete one row; the first row after the gap is named (the head, when the last row goes).
  async (runner, rows, pick) => {
    const index = Math.floor(pick() * rows.length);
    await runner.query('DELETE FROM audit_event WHERE id = $1', [rows[index].id]);
    return { kind: 'delete', seq: index + 1 < rows.length ? rows[index + 1].seq : rows[index].seq };
  },
  // Delete a run of rows and make the rest follow on, renumbered.
  async (runner, rows, pick) => {
    const index = Math.floor(pick() * (rows.length - 3));
    const length = 1 + Math.floor(pick() * 3);
    const gone = rows.slice(index, index + length).map((r) => r.id);
    await runner.query('DELETE FROM audit_event WHERE id = ANY($1::bigint[])', [gone]);
    // Through negative positions, so the unique index never sees two rows at one place.
    await runner.query('UPDATE audit_event SET chain_seq = -(chain_seq - $2::bigint) WHERE chain_seq > $1', [
      rows[index].seq,
      length,
    ]);
    await runner.query('UPDATE audit_event SET chain_seq = -chain_seq WHERE chain_seq < 0');
    await runner.query('UPDATE audit_event SET prev_hash = $2 WHERE chain_seq = $1', [
      rows[index].seq,
      index === 0 ? GENESIS_HASH : rows[index - 1].hash,
    ]);
    await runner.query('UPDATE audit_chain_head SET seq = seq - $1', [length]);
    return { kind: 'delete and renumber', seq: rows[index].seq };
  },
  // Insert a forged row in the middle, renumbering those after it.
  async (runner, rows, pick) => {
    const index = Math.floor(pick() * rows.length);
    const at = rows[index].seq;
    await runner.query('UPDATE audit_event SET chain_seq = -chain_seq - 1 WHERE chain_seq >= $1', [at]);
    await runner.query('UPDATE audit_event SET chain_seq = -chain_seq WHERE chain_seq < 0');
    await runner.query(
      `INSERT INTO audit_event (chain_seq, occurred_at, action, outcome, prev_hash, hash)
       VALUES ($1, now(), 'incident.close', 'OK', $2, $3)`,
      [at, index === 0 ? GENESIS_HASH : rows[index - 1].hash, hex64(pick)],
    );
    await runner.query('UPDATE audit_chain_head SET seq = seq + 1');
    return { kind: 'insert in the middle', seq: at };
  },
  // Append a forged row (a replayed copy of another, or new content), with or without moving the head.
  async (runner, rows, pick) => {
    const last = rows[rows.length - 1];
    const copy = rows[Math.floor(pick() * rows.length)];
    const isReplay = pick() < 0.5;
    await runner.query(
      `INSERT INTO audit_event (chain_seq, occurred_at, actor_username, action, outcome, details, prev_hash, hash)
       SELECT $1, occurred_at, actor_username, action, outcome, details, $2, ${isReplay ? 'hash' : '$4'}
       FROM audit_event WHERE id = $3`,
      isReplay ? [last.seq + 1, last.hash, copy.id] : [last.seq + 1, last.hash, copy.id, hex64(pick)],
    );
    if (pick() < 0.5) await runner.query('UPDATE audit_chain_head SET seq = seq + 1');
    return { kind: isReplay ? 'append a replayed row' : 'append a forged row', seq: last.seq + 1 };
  },
];

it(`${TAMPERINGS} random edits, deletions and insertions by the superuser are each detected, naming the row`, async () => {
  // One chain of CHAIN_LENGTH rows, built once (the seed's rows first).
  const missing = CHAIN_LENGTH - (await count());
  for (let i = 0; i < missing; i += 1) {
    await app.transaction((manager) =>
      recordAudit(manager, i % 3 === 0 ? null : ACTOR, new Date(Date.UTC(2026, 2, 1, 0, 0, i, i)), {
        action: i % 2 === 0 ? 'incident.read' : 'staff.update',
        outcome: i % 5 === 0 ? 'FORBIDDEN' : 'OK',
        targetType: i % 4 === 0 ? null : 'incident',
        targetId: i % 4 === 0 ? null : `id-${i}`,
        details: i % 3 === 0 ? null : { i, nested: { flag: i % 2 === 0 } },
      }),
    );
  }
  const rows: Row[] = (
    await owner.query(
      'SELECT id::text AS id, chain_seq AS seq, hash, actor_username, details FROM audit_event ORDER BY chain_seq',
    )
  ).map((r: Row) => ({ ...r, seq: Number(r.seq) }));
  expect(rows.length).toBeGreaterThanOrEqual(CHAIN_LENGTH);
  expect((await verifyAuditChain((sql, params) => owner.query(sql, params))).broken).toBeNull();

  const pick = random(20_260_301);
  const missed: string[] = [];
  const misnamed: string[] = [];
  let detected = 0;
  const runner = owner.createQueryRunner();
  try {
    for (let i = 0; i < TAMPERINGS; i += 1) {
      await runner.startTransaction();
      try {
        // The superuser switches the append-only triggers off for this transaction.
        await runner.query('SET LOCAL session_replication_role = replica');
        const tampering = tamperings[Math.floor(pick() * tamperings.length)];
        const { kind, seq } = await tampering(runner, rows, pick);
        const report = await verifyAuditChain((sql, params) => runner.query(sql, params));
        if (!report.broken) missed.push(kind);
        else {
          detected += 1;
          if (report.broken.seq !== String(seq))
            misnamed.push(`${kind}: #${seq} named #${report.broken.seq}`);
        }
      } finally {
        await runner.rollbackTransaction();
      }
    }
  } finally {
    await runner.release();
  }
  console.log(
    `[audit chain] ${detected} of ${TAMPERINGS} tamperings detected over a chain of ${rows.length} rows`,
  );
  expect(missed).toEqual([]);
  expect(misnamed).toEqual([]);
  expect(detected).toBe(TAMPERINGS);
  // Every tampering was rolled back: the chain is whole again.
  expect((await verifyAuditChain((sql, params) => owner.query(sql, params))).broken).toBeNull();
});
