import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_QUEUES, JOB_SCHEMA } from '../shared/jobs/job-queues';

// Issue 11 (PRV-1): checklist templates (the default is seeded from the domain as reference data),
// inspection campaigns 排查 and the institutions they cover, inspections and their items' results,
// hazards 隐患, their rectifications 整改 and overdue alerts (pg-boss queue hazard-alert). The app role
// appends everywhere; it updates an item's result, an inspection's submission, a hazard's assignment and
// stage, a rectification's verification, and the template rows the reference seed keeps in step.
export class InspectionsAndHazards1796001400000 implements MigrationInterface {
  name = 'InspectionsAndHazards1796001400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "inspection_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, CONSTRAINT "PK_07401ab9b3147656ad950dbd216" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "inspection_template_code_key" ON "inspection_template"  ("code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inspection_template_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "position" integer NOT NULL, "item_group" character varying(32) NOT NULL, "rule_id" character varying(8) NOT NULL, "text_zh" text NOT NULL, "text_en" text NOT NULL, "kinds" character varying array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_4eb72d87b4441805eddae37b5a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "inspection_template_item_template_id_code_key" ON "inspection_template_item"  ("template_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inspection_campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "template_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "covered_section" character varying(16), "covered_kinds" character varying array NOT NULL DEFAULT \'{}\', "opened_by_account_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f2c786e1159e8f276c19615ac6f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "inspection_campaign_opened_at_idx" ON "inspection_campaign"  ("opened_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inspection_campaign_institution" ("campaign_id" uuid NOT NULL, "institution_id" uuid NOT NULL, CONSTRAINT "PK_2801bdada771ec6e41ade282cef" PRIMARY KEY ("campaign_id", "institution_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "inspection_campaign_institution_institution_id_idx" ON "inspection_campaign_institution"  ("institution_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid, "institution_id" uuid NOT NULL, "template_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "started_by_account_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_account_id" uuid, "focus_groups" character varying array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_1e895c2ae7b7d9d1ec464950013" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "inspection_institution_id_idx" ON "inspection"  ("institution_id", "started_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "inspection_campaign_id_institution_id_self_key" ON "inspection"  ("campaign_id", "institution_id") WHERE "kind" = \'SELF\'',
    );
    await queryRunner.query(
      'CREATE TABLE "inspection_item_result" ("inspection_id" uuid NOT NULL, "item_id" uuid NOT NULL, "result" character varying(16) NOT NULL, "note" text, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2343d6336f1c7488c152dbbea84" PRIMARY KEY ("inspection_id", "item_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "hazard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "inspection_id" uuid NOT NULL, "item_id" uuid NOT NULL, "description" text NOT NULL, "found_at" TIMESTAMP WITH TIME ZONE NOT NULL, "owner_staff_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "stage" character varying(24) NOT NULL DEFAULT \'AWAITING_RECTIFICATION\', "rectified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_858b71d38b62597cf819d2da486" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "hazard_owner_staff_id_idx" ON "hazard"  ("owner_staff_id") ');
    await queryRunner.query('CREATE INDEX "hazard_found_at_idx" ON "hazard"  ("found_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "hazard_institution_id_idx" ON "hazard"  ("institution_id", "found_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "hazard_inspection_id_item_id_key" ON "hazard"  ("inspection_id", "item_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "hazard_rectification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hazard_id" uuid NOT NULL, "note" text NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "verification" character varying(16) NOT NULL DEFAULT \'PENDING\', "verified_by_account_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "send_back_reason" text, CONSTRAINT "PK_c622d20a779a129cb456148bca6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "hazard_rectification_hazard_id_idx" ON "hazard_rectification"  ("hazard_id", "recorded_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "hazard_alert" ("hazard_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" character varying(16) NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recipient_count" integer NOT NULL, CONSTRAINT "PK_60453e39eb01835b8d920334dea" PRIMARY KEY ("hazard_id", "kind", "due_at"))',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_template_item" ADD CONSTRAINT "inspection_template_item_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "inspection_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_campaign" ADD CONSTRAINT "inspection_campaign_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "inspection_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_campaign_institution" ADD CONSTRAINT "inspection_campaign_institution_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "inspection_campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_campaign_institution" ADD CONSTRAINT "inspection_campaign_institution_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection" ADD CONSTRAINT "inspection_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "inspection_campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection" ADD CONSTRAINT "inspection_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection" ADD CONSTRAINT "inspection_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "inspection_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_item_result" ADD CONSTRAINT "inspection_item_result_inspection_id_fkey" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_item_result" ADD CONSTRAINT "inspection_item_result_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "inspection_template_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hazard" ADD CONSTRAINT "hazard_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hazard" ADD CONSTRAINT "hazard_inspection_id_fkey" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hazard" ADD CONSTRAINT "hazard_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "inspection_template_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hazard" ADD CONSTRAINT "hazard_owner_staff_id_fkey" FOREIGN KEY ("owner_staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hazard_rectification" ADD CONSTRAINT "hazard_rectification_hazard_id_fkey" FOREIGN KEY ("hazard_id") REFERENCES "hazard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hazard_alert" ADD CONSTRAINT "hazard_alert_hazard_id_fkey" FOREIGN KEY ("hazard_id") REFERENCES "hazard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'GRANT SELECT, INSERT ON inspection_campaign, inspection_campaign_institution, hazard_alert TO xiaohu_app',
    );
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE ON inspection_template, inspection_template_item, inspection, inspection_item_result, hazard, hazard_rectification TO xiaohu_app',
    );
    const queue = JOB_QUEUES.hazardAlert;
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
      queue.name,
      JSON.stringify(queue.options),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.delete_queue($1)`, [JOB_QUEUES.hazardAlert.name]);
    await queryRunner.query('ALTER TABLE "hazard_alert" DROP CONSTRAINT "hazard_alert_hazard_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "hazard_rectification" DROP CONSTRAINT "hazard_rectification_hazard_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "hazard" DROP CONSTRAINT "hazard_owner_staff_id_fkey"');
    await queryRunner.query('ALTER TABLE "hazard" DROP CONSTRAINT "hazard_item_id_fkey"');
    await queryRunner.query('ALTER TABLE "hazard" DROP CONSTRAINT "hazard_inspection_id_fkey"');
    await queryRunner.query('ALTER TABLE "hazard" DROP CONSTRAINT "hazard_institution_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "inspection_item_result" DROP CONSTRAINT "inspection_item_result_item_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_item_result" DROP CONSTRAINT "inspection_item_result_inspection_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "inspection" DROP CONSTRAINT "inspection_template_id_fkey"');
    await queryRunner.query('ALTER TABLE "inspection" DROP CONSTRAINT "inspection_institution_id_fkey"');
    await queryRunner.query('ALTER TABLE "inspection" DROP CONSTRAINT "inspection_campaign_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "inspection_campaign_institution" DROP CONSTRAINT "inspection_campaign_institution_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_campaign_institution" DROP CONSTRAINT "inspection_campaign_institution_campaign_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_campaign" DROP CONSTRAINT "inspection_campaign_template_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "inspection_template_item" DROP CONSTRAINT "inspection_template_item_template_id_fkey"',
    );
    await queryRunner.query('DROP TABLE "hazard_alert"');
    await queryRunner.query('DROP INDEX "public"."hazard_rectification_hazard_id_idx"');
    await queryRunner.query('DROP TABLE "hazard_rectification"');
    await queryRunner.query('DROP INDEX "public"."hazard_inspection_id_item_id_key"');
    await queryRunner.query('DROP INDEX "public"."hazard_institution_id_idx"');
    await queryRunner.query('DROP INDEX "public"."hazard_found_at_idx"');
    await queryRunner.query('DROP INDEX "public"."hazard_owner_staff_id_idx"');
    await queryRunner.query('DROP TABLE "hazard"');
    await queryRunner.query('DROP TABLE "inspection_item_result"');
    await queryRunner.query('DROP INDEX "public"."inspection_campaign_id_institution_id_self_key"');
    await queryRunner.query('DROP INDEX "public"."inspection_institution_id_idx"');
    await queryRunner.query('DROP TABLE "inspection"');
    await queryRunner.query('DROP INDEX "public"."inspection_campaign_institution_institution_id_idx"');
    await queryRunner.query('DROP TABLE "inspection_campaign_institution"');
    await queryRunner.query('DROP INDEX "public"."inspection_campaign_opened_at_idx"');
    await queryRunner.query('DROP TABLE "inspection_campaign"');
    await queryRunner.query('DROP INDEX "public"."inspection_template_item_template_id_code_key"');
    await queryRunner.query('DROP TABLE "inspection_template_item"');
    await queryRunner.query('DROP INDEX "public"."inspection_template_code_key"');
    await queryRunner.query('DROP TABLE "inspection_template"');
  }
}
