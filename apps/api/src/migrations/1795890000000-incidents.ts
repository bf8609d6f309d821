import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_QUEUES, JOB_SCHEMA } from '../shared/jobs/job-queues';

// Issue 4 (mandatory reporting): cases, their timeline, breaches, alerts; notifications and the mail outbox.
// Tables generated from the entities; the job schema, queues and grants are hand-written: escalation jobs are
// created in the same transaction as the case, by the app's role, so pg-boss's tables must exist before the
// app starts and the app may insert jobs.
export class Incidents1795890000000 implements MigrationInterface {
  name = 'Incidents1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "incident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "origin" character varying(16) NOT NULL, "reporter_account_id" uuid NOT NULL, "head_account_id" uuid, "category" character varying(24) NOT NULL, "suspect_type" character varying(16) NOT NULL, "suspect_staff_id" uuid, "suspect_account_id" uuid, "suspect_description" character varying(200), "has_head_declared_conflict" boolean NOT NULL DEFAULT false, "channel" character varying(16) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "is_marked_confidential" boolean NOT NULL DEFAULT false, "is_child_in_danger" boolean NOT NULL DEFAULT false, "state" character varying(24) NOT NULL, "reported_to_district_at" TIMESTAMP WITH TIME ZONE, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_account_id" uuid, "police_reported_at" TIMESTAMP WITH TIME ZONE, "police_station" character varying(120), "police_receipt_number" character varying(60), "police_officer_name" character varying(60), "police_recorded_by_account_id" uuid, "police_recorded_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "closing_reason" character varying(24), "closing_note" character varying(500), "closed_by_account_id" uuid, CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "incident_institution_id_idx" ON "incident"  ("institution_id")');
    await queryRunner.query('CREATE INDEX "incident_state_idx" ON "incident"  ("state")');
    await queryRunner.query(
      'CREATE INDEX "incident_recorded_at_id_idx" ON "incident"  ("recorded_at", "id")',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_child" ("incident_id" uuid NOT NULL, "child_name" character varying(60) NOT NULL, "child_class" character varying(60) NOT NULL, "statement" text NOT NULL, CONSTRAINT "PK_9c2f6e0be0a9fa6f4d99616983e" PRIMARY KEY ("incident_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_emergency_step" ("incident_id" uuid NOT NULL, "step" character varying(32) NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_by_account_id" uuid NOT NULL, CONSTRAINT "PK_4074655272f749441b8789787a3" PRIMARY KEY ("incident_id", "step"))',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_external_source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "source" character varying(16) NOT NULL, "learned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" character varying(500), "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1411f579139323163f6cb357a0e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_external_source_incident_id_idx" ON "incident_external_source"  ("incident_id")',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_breach" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "code" character varying(24) NOT NULL, "rule_ids" character varying(64) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9e77f1c6bd097fbf0aad3acc427" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "incident_breach_incident_id_code_key" ON "incident_breach"  ("incident_id", "code")',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_account_id" uuid, "detail" character varying(64), "deadline" character varying(24), "deadline_outcome" character varying(8), CONSTRAINT "PK_ee6d654432381374612876fc867" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_event_incident_id_at_idx" ON "incident_event"  ("incident_id", "at")',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_alert" ("incident_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "outcome" character varying(16) NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recipient_count" integer NOT NULL, CONSTRAINT "PK_3f816edb015184cb9a1db492529" PRIMARY KEY ("incident_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "case_officer" ("account_id" uuid NOT NULL, "designated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7b6338e323968fddf70e9c226d7" PRIMARY KEY ("account_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "case_id" uuid, "title" character varying(200) NOT NULL, "body" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notification_account_id_created_at_idx" ON "notification"  ("account_id", "created_at", "id")',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(200) NOT NULL, "subject" character varying(200) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "failed_attempts" integer NOT NULL DEFAULT \'0\', "last_error" character varying(200), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mail_outbox_created_at_id_idx" ON "mail_outbox"  ("created_at", "id")',
    );
    await queryRunner.query(
      'ALTER TABLE "incident" ADD CONSTRAINT "incident_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident" ADD CONSTRAINT "incident_reporter_account_id_fkey" FOREIGN KEY ("reporter_account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_child" ADD CONSTRAINT "incident_child_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_emergency_step" ADD CONSTRAINT "incident_emergency_step_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_external_source" ADD CONSTRAINT "incident_external_source_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_breach" ADD CONSTRAINT "incident_breach_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_event" ADD CONSTRAINT "incident_event_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_alert" ADD CONSTRAINT "incident_alert_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_officer" ADD CONSTRAINT "case_officer_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "notification_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON incident, notification, mail_outbox TO xiaohu_app`,
    );
    // Append-only records: no UPDATE or DELETE.
    await queryRunner.query(
      `GRANT SELECT, INSERT ON incident_child, incident_emergency_step, incident_external_source, ` +
        `incident_breach, incident_event, incident_alert TO xiaohu_app`,
    );
    await queryRunner.query(`GRANT SELECT ON case_officer TO xiaohu_app`);
    await installJobSchema(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON SCHEMA ${JOB_SCHEMA} FROM xiaohu_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} FROM xiaohu_app`);
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "notification_account_id_fkey"');
    await queryRunner.query('ALTER TABLE "case_officer" DROP CONSTRAINT "case_officer_account_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_alert" DROP CONSTRAINT "incident_alert_incident_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident_event" DROP CONSTRAINT "incident_event_incident_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "incident_breach" DROP CONSTRAINT "incident_breach_incident_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_external_source" DROP CONSTRAINT "incident_external_source_incident_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_emergency_step" DROP CONSTRAINT "incident_emergency_step_incident_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "incident_child" DROP CONSTRAINT "incident_child_incident_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident" DROP CONSTRAINT "incident_reporter_account_id_fkey"');
    await queryRunner.query('ALTER TABLE "incident" DROP CONSTRAINT "incident_institution_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."mail_outbox_created_at_id_idx"');
    await queryRunner.query('DROP TABLE "mail_outbox"');
    await queryRunner.query('DROP INDEX "public"."notification_account_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TABLE "case_officer"');
    await queryRunner.query('DROP TABLE "incident_alert"');
    await queryRunner.query('DROP INDEX "public"."incident_event_incident_id_at_idx"');
    await queryRunner.query('DROP TABLE "incident_event"');
    await queryRunner.query('DROP INDEX "public"."incident_breach_incident_id_code_key"');
    await queryRunner.query('DROP TABLE "incident_breach"');
    await queryRunner.query('DROP INDEX "public"."incident_external_source_incident_id_idx"');
    await queryRunner.query('DROP TABLE "incident_external_source"');
    await queryRunner.query('DROP TABLE "incident_emergency_step"');
    await queryRunner.query('DROP TABLE "incident_child"');
    await queryRunner.query('DROP INDEX "public"."incident_recorded_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_state_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_institution_id_idx"');
    await queryRunner.query('DROP TABLE "incident"');
  }
}

/** pg-boss's own schema (as its start-up would create it) and our queues, if not there yet. */
async function installJobSchema(queryRunner: QueryRunner): Promise<void> {
  const existing = (await queryRunner.query(
    `SELECT 1 FROM information_schema.schemata WHERE schema_name = $1`,
    [JOB_SCHEMA],
  )) as unknown[];
  if (existing.length === 0) {
    // pg-boss wraps its plan in BEGIN/COMMIT; the migration's own transaction replaces it.
    const plan = PgBoss.getConstructionPlans(JOB_SCHEMA)
      .split('\n')
      .filter((line) => !/^\s*(BEGIN|COMMIT);\s*$/.test(line) && !/SET LOCAL idle_in_transaction/.test(line))
      .join('\n');
    await queryRunner.query(plan);
  }
  for (const queue of Object.values(JOB_QUEUES)) {
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
      queue.name,
      JSON.stringify(queue.options),
    ]);
  }
  await queryRunner.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO xiaohu_app`);
  // Enough to create jobs (pg-boss's insert reads the queue's settings); workers use the owner's connection.
  await queryRunner.query(`GRANT SELECT ON ${JOB_SCHEMA}.queue TO xiaohu_app`);
  await queryRunner.query(`GRANT SELECT, INSERT ON ${JOB_SCHEMA}.job TO xiaohu_app`);
}
