import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 9: TOTP for those who see children's identities or ID numbers (REP-7, VET-2), optional for
// others: the secret encrypted with the data key, the last accepted step (a code is accepted once), ten
// hashed recovery codes, and the short-lived challenge between the password and the session.
export class MultiFactorAuthentication1795920700000 implements MigrationInterface {
  name = 'MultiFactorAuthentication1795920700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mfa_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cdbbb187d9498f3aee029649fbf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mfa_recovery_code_account_id_idx" ON "mfa_recovery_code"  ("account_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mfa_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "account_id" uuid NOT NULL, "purpose" character varying(8) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5ab263b5dc61af1bff77efa1174" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "mfa_challenge_token_hash_key" ON "mfa_challenge"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "mfa_challenge_account_id_idx" ON "mfa_challenge"  ("account_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "mfa_challenge_expires_at_idx" ON "mfa_challenge"  ("expires_at") ',
    );
    await queryRunner.query('ALTER TABLE "account" ADD "mfa_secret" text');
    await queryRunner.query('ALTER TABLE "account" ADD "mfa_pending_secret" text');
    await queryRunner.query('ALTER TABLE "account" ADD "mfa_enabled_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "account" ADD "mfa_last_step" integer');
    await queryRunner.query(
      'ALTER TABLE "mfa_recovery_code" ADD CONSTRAINT "mfa_recovery_code_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mfa_challenge" ADD CONSTRAINT "mfa_challenge_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON mfa_recovery_code TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON mfa_challenge TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mfa_challenge" DROP CONSTRAINT "mfa_challenge_account_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "mfa_recovery_code" DROP CONSTRAINT "mfa_recovery_code_account_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "mfa_last_step"');
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "mfa_enabled_at"');
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "mfa_pending_secret"');
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "mfa_secret"');
    await queryRunner.query('DROP INDEX "public"."mfa_challenge_expires_at_idx"');
    await queryRunner.query('DROP INDEX "public"."mfa_challenge_account_id_idx"');
    await queryRunner.query('DROP INDEX "public"."mfa_challenge_token_hash_key"');
    await queryRunner.query('DROP TABLE "mfa_challenge"');
    await queryRunner.query('DROP INDEX "public"."mfa_recovery_code_account_id_idx"');
    await queryRunner.query('DROP TABLE "mfa_recovery_code"');
  }
}
