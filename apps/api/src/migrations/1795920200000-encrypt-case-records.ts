import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ENCRYPTED_PREFIX } from '../shared/crypto/data-cipher';
import { columnCipher } from '../shared/crypto/encrypted-column';

// Issue 8 (REP-7): the child's identity, words and welfare notes, and the free-text notes beside them,
// are encrypted at rest with the data key, as ID numbers are. Hand-written: rows written before are
// encrypted here with the cipher start-up installed (main.ts does so before running migrations).
// The purposes are those of the entities' encryptedColumn(...), which derive the keys: never change them.

interface EncryptedColumn {
  table: string;
  key: string;
  column: string;
  /** The type before this migration, for down(). */
  previousType: string;
}

const COLUMNS: readonly EncryptedColumn[] = [
  {
    table: 'incident_child',
    key: 'incident_id',
    column: 'child_name',
    previousType: 'character varying(60)',
  },
  {
    table: 'incident_child',
    key: 'incident_id',
    column: 'child_class',
    previousType: 'character varying(60)',
  },
  { table: 'incident_child', key: 'incident_id', column: 'statement', previousType: 'text' },
  {
    table: 'incident_welfare_note',
    key: 'id',
    column: 'concern_note',
    previousType: 'character varying(2000)',
  },
  { table: 'incident_external_source', key: 'id', column: 'note', previousType: 'character varying(500)' },
  { table: 'incident', key: 'id', column: 'suspect_description', previousType: 'character varying(200)' },
  { table: 'incident', key: 'id', column: 'closing_note', previousType: 'character varying(500)' },
];

const purposeOf = (c: EncryptedColumn) => `${c.table}.${c.column}`;

async function rewrite(
  queryRunner: QueryRunner,
  c: EncryptedColumn,
  rows: string,
  change: (value: string) => string,
): Promise<void> {
  const found = (await queryRunner.query(
    `SELECT "${c.key}" AS key, "${c.column}" AS value FROM "${c.table}" WHERE "${c.column}" IS NOT NULL AND ${rows}`,
    [`${ENCRYPTED_PREFIX}%`],
  )) as { key: string; value: string }[];
  for (const row of found) {
    await queryRunner.query(`UPDATE "${c.table}" SET "${c.column}" = $1 WHERE "${c.key}" = $2`, [
      change(row.value),
      row.key,
    ]);
  }
}

export class EncryptCaseRecords1795920200000 implements MigrationInterface {
  name = 'EncryptCaseRecords1795920200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const c of COLUMNS) {
      // Ciphertext is longer than the text it hides; the services keep the length limits.
      if (c.previousType !== 'text') {
        await queryRunner.query(`ALTER TABLE "${c.table}" ALTER COLUMN "${c.column}" TYPE text`);
      }
      // Only rows not yet encrypted; the cipher is asked for only when there are some.
      await rewrite(queryRunner, c, `"${c.column}" NOT LIKE $1`, (value) =>
        columnCipher().encrypt(purposeOf(c), value),
      );
    }
    // ID numbers were already encrypted in the same layout, without the format prefix.
    await queryRunner.query(
      `UPDATE "staff_member" SET "id_number_ciphertext" = $1 || "id_number_ciphertext" WHERE "id_number_ciphertext" NOT LIKE $2`,
      [ENCRYPTED_PREFIX, `${ENCRYPTED_PREFIX}%`],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "staff_member" SET "id_number_ciphertext" = substr("id_number_ciphertext", $1) WHERE "id_number_ciphertext" LIKE $2`,
      [ENCRYPTED_PREFIX.length + 1, `${ENCRYPTED_PREFIX}%`],
    );
    for (const c of [...COLUMNS].reverse()) {
      await rewrite(queryRunner, c, `"${c.column}" LIKE $1`, (value) =>
        columnCipher().decrypt(purposeOf(c), value),
      );
      if (c.previousType !== 'text') {
        await queryRunner.query(`ALTER TABLE "${c.table}" ALTER COLUMN "${c.column}" TYPE ${c.previousType}`);
      }
    }
  }
}
