import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH, auditRowHash, type ChainedAuditRow } from '../shared/audit/audit-chain';
import { columnCipher } from '../shared/crypto/encrypted-column';

// Issue 9: the audit trail becomes a hash chain (see shared/audit/audit-chain.ts). Hand-written: rows
// written before are chained here in id order with the cipher start-up installed, and the chain's head
// gets a table of its own, locked by every writer until commit. The app's role may move the head and
// draw ids (the chain hashes the id), never change a row.
const BATCH = 1000;

export class AuditHashChain1795920510000 implements MigrationInterface {
  name = 'AuditHashChain1795920510000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "audit_event" ADD "chain_seq" bigint, ADD "prev_hash" character varying(64), ADD "hash" character varying(64)',
    );
    const head = await chainExistingRows(queryRunner);
    await queryRunner.query(
      'ALTER TABLE "audit_event" ALTER COLUMN "chain_seq" SET NOT NULL, ALTER COLUMN "prev_hash" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "audit_event_chain_seq_key" ON "audit_event" ("chain_seq") ',
    );
    await queryRunner.query(`
      CREATE TABLE "audit_chain_head" (
        "id" smallint PRIMARY KEY CHECK ("id" = 1),
        "seq" bigint NOT NULL,
        "hash" character varying(64) NOT NULL
      )`);
    await queryRunner.query('INSERT INTO "audit_chain_head" ("id", "seq", "hash") VALUES (1, $1, $2)', [
      head.seq,
      head.hash,
    ]);
    await queryRunner.query('GRANT SELECT, UPDATE ON "audit_chain_head" TO xiaohu_app');
    await queryRunner.query(`GRANT USAGE ON SEQUENCE ${await identitySequence(queryRunner)} TO xiaohu_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE USAGE ON SEQUENCE ${await identitySequence(queryRunner)} FROM xiaohu_app`,
    );
    await queryRunner.query('DROP TABLE "audit_chain_head"');
    await queryRunner.query('DROP INDEX "public"."audit_event_chain_seq_key"');
    await queryRunner.query(
      'ALTER TABLE "audit_event" DROP COLUMN "hash", DROP COLUMN "prev_hash", DROP COLUMN "chain_seq"',
    );
  }
}

async function identitySequence(queryRunner: QueryRunner): Promise<string> {
  const [found] = (await queryRunner.query(
    `SELECT pg_get_serial_sequence('public.audit_event', 'id') AS name`,
  )) as { name: string }[];
  return found.name;
}

// Chains the rows already there, oldest (lowest id) first; the append-only trigger is off meanwhile,
// inside this migration's transaction only.
async function chainExistingRows(queryRunner: QueryRunner): Promise<{ seq: string; hash: string }> {
  let seq = 0n;
  let hash = GENESIS_HASH;
  let lastId = '0';
  await queryRunner.query('ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_or_delete"');
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT id::text AS id,
         to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
         actor_account_id::text AS "actorAccountId", actor_username AS "actorUsername", action, outcome,
         target_type AS "targetType", target_id AS "targetId", details
       FROM audit_event WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [lastId],
    )) as Omit<ChainedAuditRow, 'seq' | 'prevHash'>[];
    if (rows.length === 0) break;
    const updates: { id: string; seq: string; prevHash: string; hash: string }[] = [];
    for (const row of rows) {
      seq += 1n;
      const chained: ChainedAuditRow = { ...row, seq: String(seq), prevHash: hash };
      const next = auditRowHash(columnCipher(), chained);
      updates.push({ id: row.id, seq: chained.seq, prevHash: hash, hash: next });
      hash = next;
    }
    await queryRunner.query(
      `UPDATE audit_event e SET chain_seq = u.seq, prev_hash = u.prev_hash, hash = u.hash
       FROM unnest($1::bigint[], $2::bigint[], $3::varchar[], $4::varchar[]) AS u(id, seq, prev_hash, hash)
       WHERE e.id = u.id`,
      [
        updates.map((u) => u.id),
        updates.map((u) => u.seq),
        updates.map((u) => u.prevHash),
        updates.map((u) => u.hash),
      ],
    );
    lastId = rows[rows.length - 1].id;
  }
  await queryRunner.query('ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_update_or_delete"');
  return { seq: String(seq), hash };
}
