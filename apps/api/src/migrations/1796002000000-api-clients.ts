import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 13, A: API clients with tokens. Each client is backed by an account row nobody signs in to (its
// scope, its name in the audit trail); tokens are kept as SHA-256 only; usage per client and day.
export class ApiClients1796002000000 implements MigrationInterface {
  name = 'ApiClients1796002000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(60) NOT NULL, "description" character varying(500), "account_id" uuid NOT NULL, "can_write" boolean NOT NULL DEFAULT false, "rate_limit_per_minute" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_account_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "rate_window_started_at" TIMESTAMP WITH TIME ZONE, "rate_window_calls" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_82a5ec6981d2be903a9eb1d9b9a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "api_client_account_id_key" ON "api_client"  ("account_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_client_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "token_prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "superseded_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8f4d447a05d6afef7ce0a35bbac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "api_client_token_client_id_idx" ON "api_client_token"  ("client_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "api_client_token_token_hash_key" ON "api_client_token"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_client_usage" ("client_id" uuid NOT NULL, "day" date NOT NULL, "calls" integer NOT NULL DEFAULT \'0\', "refused" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_afe0dc6e87d8b8f6caa61721b4a" PRIMARY KEY ("client_id", "day"))',
    );
    await queryRunner.query(
      'ALTER TABLE "api_client" ADD CONSTRAINT "api_client_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_client_token" ADD CONSTRAINT "api_client_token_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_client_usage" ADD CONSTRAINT "api_client_usage_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE ON api_client, api_client_token, api_client_usage TO xiaohu_app',
    );
    // A client given the designated officer's need-to-know (REP-7) has its account's case_officer row.
    await queryRunner.query('GRANT INSERT ON case_officer TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE INSERT ON case_officer FROM xiaohu_app');
    await queryRunner.query(
      'ALTER TABLE "api_client_usage" DROP CONSTRAINT "api_client_usage_client_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "api_client_token" DROP CONSTRAINT "api_client_token_client_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "api_client" DROP CONSTRAINT "api_client_account_id_fkey"');
    await queryRunner.query('DROP TABLE "api_client_usage"');
    await queryRunner.query('DROP INDEX "public"."api_client_token_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."api_client_token_client_id_idx"');
    await queryRunner.query('DROP TABLE "api_client_token"');
    await queryRunner.query('DROP INDEX "public"."api_client_account_id_key"');
    await queryRunner.query('DROP TABLE "api_client"');
  }
}
