import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_QUEUES, JOB_SCHEMA } from '../shared/jobs/job-queues';

// Issue 13: webhooks. A client's subscriptions (client_id names api_client; its foreign key comes with
// that table), one delivery per event and subscription (the message, ordered by `sequence` within a
// case), and every HTTP attempt with its status and response time. Deliveries run as pg-boss jobs.

export class Webhooks1796002100000 implements MigrationInterface {
  name = 'Webhooks1796002100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhook_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "url" character varying(500) NOT NULL, "event_types" character varying(40) array NOT NULL, "secret" text NOT NULL, "created_by_account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b52cb4811c5ada4f42896c37ba8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_subscription_client_id_idx" ON "webhook_subscription"  ("client_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "sequence" BIGSERIAL NOT NULL, "event_type" character varying(40) NOT NULL, "ordering_key" character varying(60) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL, "attempt_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_delivery_chain_idx" ON "webhook_delivery"  ("subscription_id", "ordering_key", "sequence") ',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_delivery_subscription_id_sequence_idx" ON "webhook_delivery"  ("subscription_id", "sequence") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_delivery_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "http_status" integer, "response_ms" integer NOT NULL, "error" character varying(200), "is_replay" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_e6efad829bd07e78a18fd0ad5d5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_delivery_attempt_delivery_id_idx" ON "webhook_delivery_attempt"  ("delivery_id", "attempted_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery_attempt" ADD CONSTRAINT "webhook_delivery_attempt_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE ON webhook_subscription, webhook_delivery TO xiaohu_app',
    );
    await queryRunner.query('GRANT SELECT, INSERT ON webhook_delivery_attempt TO xiaohu_app');
    await queryRunner.query('GRANT USAGE ON SEQUENCE webhook_delivery_sequence_seq TO xiaohu_app');
    const queue = JOB_QUEUES.webhookDelivery;
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
      queue.name,
      JSON.stringify(queue.options),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.delete_queue($1)`, [JOB_QUEUES.webhookDelivery.name]);
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery_attempt" DROP CONSTRAINT "webhook_delivery_attempt_delivery_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" DROP CONSTRAINT "webhook_delivery_subscription_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_attempt_delivery_id_idx"');
    await queryRunner.query('DROP TABLE "webhook_delivery_attempt"');
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_subscription_id_sequence_idx"');
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_chain_idx"');
    await queryRunner.query('DROP TABLE "webhook_delivery"');
    await queryRunner.query('DROP INDEX "public"."webhook_subscription_client_id_idx"');
    await queryRunner.query('DROP TABLE "webhook_subscription"');
  }
}
