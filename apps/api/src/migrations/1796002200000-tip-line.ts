import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 13, C (REP-9): the anonymous tip line. A tip holds no account, name, address or fingerprint;
// its passphrase is an argon2id hash and its texts are encrypted by the entities (encryptedColumn).
// tip_gate holds the per-address and per-code counters (keyed hashes, per window, expiring) and is
// never joined to tip. The app role updates tips (status, last message) and inserts messages; it
// deletes expired gate rows only.
export class TipLine1796002200000 implements MigrationInterface {
  name = 'TipLine1796002200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "tip_gate" ("scope" character varying(16) NOT NULL, "key_hash" character varying(64) NOT NULL, "count" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_baa95d28a104b011b797202d587" PRIMARY KEY ("scope", "key_hash"))',
    );
    await queryRunner.query('CREATE INDEX "tip_gate_expires_at_idx" ON "tip_gate"  ("expires_at") ');
    await queryRunner.query(
      'CREATE TABLE "tip" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(16) NOT NULL, "passphrase_hash" text NOT NULL, "category" character varying(24) NOT NULL, "is_confidential" boolean NOT NULL, "institution_id" uuid, "school_name" text, "happened_when" text, "description" text NOT NULL, "contact" text, "status" character varying(16) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_author" character varying(16) NOT NULL, "case_id" uuid, "converted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_account_id" uuid, CONSTRAINT "PK_855d736988802b4ec0e07b7e762" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "tip_last_message_at_idx" ON "tip"  ("last_message_at", "id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "tip_code_key" ON "tip"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "tip_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tip_id" uuid NOT NULL, "author" character varying(16) NOT NULL, "author_account_id" uuid, "body" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c5c8ea04bd9dd94c233818e8e7d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tip_message_tip_id_sent_at_idx" ON "tip_message"  ("tip_id", "sent_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "tip" ADD CONSTRAINT "tip_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tip" ADD CONSTRAINT "tip_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tip_message" ADD CONSTRAINT "tip_message_tip_id_fkey" FOREIGN KEY ("tip_id") REFERENCES "tip"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON tip TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT ON tip_message TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON tip_gate TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tip_message" DROP CONSTRAINT "tip_message_tip_id_fkey"');
    await queryRunner.query('ALTER TABLE "tip" DROP CONSTRAINT "tip_case_id_fkey"');
    await queryRunner.query('ALTER TABLE "tip" DROP CONSTRAINT "tip_institution_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."tip_message_tip_id_sent_at_idx"');
    await queryRunner.query('DROP TABLE "tip_message"');
    await queryRunner.query('DROP INDEX "public"."tip_code_key"');
    await queryRunner.query('DROP INDEX "public"."tip_last_message_at_idx"');
    await queryRunner.query('DROP TABLE "tip"');
    await queryRunner.query('DROP INDEX "public"."tip_gate_expires_at_idx"');
    await queryRunner.query('DROP TABLE "tip_gate"');
  }
}
