import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 9: sign-in throttles per username, client address and device, with aggregated records of
// refusals that expire; set-password links instead of passwords sent in clear; mail outbox rows that
// say whom and what they are for, so administrators see delivery status without the content.
export class SignInThrottlesAndAccountLinks1795920600000 implements MigrationInterface {
  name = 'SignInThrottlesAndAccountLinks1795920600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The old per-username counters are transient: a new table replaces them.
    await queryRunner.query('DROP TABLE "sign_in_throttle"');
    await queryRunner.query(
      'CREATE TABLE "sign_in_throttle" ("scope" character varying(8) NOT NULL, "subject" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "username_key" character varying(64), "client_address" character varying(64), "failed_count" integer NOT NULL, "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_outcome" character varying(32) NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_488c48a23521304b39593f5cc08" PRIMARY KEY ("scope", "subject", "window_start"))',
    );
    await queryRunner.query(
      'CREATE INDEX "sign_in_throttle_record_idx" ON "sign_in_throttle"  ("scope", "last_failed_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "sign_in_throttle_expires_at_idx" ON "sign_in_throttle"  ("expires_at") ',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO xiaohu_app');

    await queryRunner.query('ALTER TABLE "account" ALTER COLUMN "password_hash" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "account" ADD "set_password_token_hash" character varying(64)');
    await queryRunner.query('ALTER TABLE "account" ADD "set_password_expires_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "account_set_password_token_hash_key" ON "account"  ("set_password_token_hash") WHERE "set_password_token_hash" IS NOT NULL',
    );

    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "account_id" uuid');
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "kind" character varying(32)');
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "last_failed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // Mail written before recipients were recorded: its recipient is the account with that address.
    await queryRunner.query(
      'UPDATE "mail_outbox" m SET "account_id" = a."id" FROM "account" a WHERE m."account_id" IS NULL AND a."email" = m."to_address"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP CONSTRAINT "mail_outbox_account_id_fkey"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "last_failed_at"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "kind"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "account_id"');
    await queryRunner.query('DROP INDEX "public"."account_set_password_token_hash_key"');
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "set_password_expires_at"');
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "set_password_token_hash"');
    // Accounts that never set a password keep a hash that matches nothing.
    await queryRunner.query(`UPDATE "account" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await queryRunner.query('ALTER TABLE "account" ALTER COLUMN "password_hash" SET NOT NULL');
    await queryRunner.query('DROP TABLE "sign_in_throttle"');
    await queryRunner.query(
      'CREATE TABLE "sign_in_throttle" ("username_key" character varying(64) NOT NULL, "failed_count" integer NOT NULL DEFAULT \'0\', "last_failed_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_486a63adcb513bf8fc2a97ddf5f" PRIMARY KEY ("username_key"))',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO xiaohu_app');
  }
}
