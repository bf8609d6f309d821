import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795880613496 implements MigrationInterface {
  name = 'InitialSchema1795880613496';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "institution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "kind" character varying(32) NOT NULL, "address" character varying(200) NOT NULL, "head_name" character varying(60), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f60ee4ff0719b7df54830b39087" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "institution_name_key" ON "institution"  ("name") ');
    await queryRunner.query('CREATE INDEX "institution_kind_idx" ON "institution"  ("kind") ');
    await queryRunner.query('CREATE INDEX "institution_name_id_idx" ON "institution"  ("name", "id") ');
    await queryRunner.query(
      'CREATE TABLE "unit" ("code" character varying(16) NOT NULL, "name_zh" character varying(60) NOT NULL, "name_en" character varying(120) NOT NULL, CONSTRAINT "PK_dfb75cdb2a790fb84327e1d1b15" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "display_name" character varying(60) NOT NULL, "password_hash" text NOT NULL, "role" character varying(24) NOT NULL, "unit_code" character varying(16), "institution_id" uuid, "is_disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "account_username_key" ON "account"  ("username") ');
    await queryRunner.query('CREATE INDEX "account_institution_id_idx" ON "account"  ("institution_id") ');
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_account_id" uuid, "actor_username" character varying(64), "action" character varying(64) NOT NULL, "target_type" character varying(64), "target_id" character varying(64), "outcome" character varying(32) NOT NULL, "details" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"  ("occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "audit_event_actor_username_idx" ON "audit_event"  ("actor_username") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(24), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "session_token_hash_key" ON "session"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "session_account_id_idx" ON "session"  ("account_id") ');
    await queryRunner.query(
      'CREATE TABLE "sign_in_throttle" ("username_key" character varying(64) NOT NULL, "failed_count" integer NOT NULL DEFAULT \'0\', "last_failed_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_486a63adcb513bf8fc2a97ddf5f" PRIMARY KEY ("username_key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "account" ADD CONSTRAINT "FK_f831006fbdb05b5db4995d077eb" FOREIGN KEY ("unit_code") REFERENCES "unit"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "account" ADD CONSTRAINT "FK_d069a5fe22c2c77e5b15cc3614d" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499"');
    await queryRunner.query('ALTER TABLE "account" DROP CONSTRAINT "FK_d069a5fe22c2c77e5b15cc3614d"');
    await queryRunner.query('ALTER TABLE "account" DROP CONSTRAINT "FK_f831006fbdb05b5db4995d077eb"');
    await queryRunner.query('DROP TABLE "sign_in_throttle"');
    await queryRunner.query('DROP INDEX "public"."session_account_id_idx"');
    await queryRunner.query('DROP INDEX "public"."session_token_hash_key"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."audit_event_actor_username_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_occurred_at_idx"');
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query('DROP INDEX "public"."account_institution_id_idx"');
    await queryRunner.query('DROP INDEX "public"."account_username_key"');
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('DROP TABLE "unit"');
    await queryRunner.query('DROP INDEX "public"."institution_name_id_idx"');
    await queryRunner.query('DROP INDEX "public"."institution_kind_idx"');
    await queryRunner.query('DROP INDEX "public"."institution_name_key"');
    await queryRunner.query('DROP TABLE "institution"');
  }
}
