import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 10 (ACC-1..5): assessment periods, one row per institution, findings, the institution's
// statement, the leader's review (with the verdict it decided on) and sanctions. The app role appends
// to every table; it updates only the row's veto_computed_at (when the statement window opens).
export class AssessmentAndVeto1796000700000 implements MigrationInterface {
  name = 'AssessmentAndVeto1796000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assessment_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "covered_section" character varying(16), "covered_kinds" character varying array NOT NULL DEFAULT \'{}\', "opened_by_account_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c4de9913854cbab339c4344b680" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "assessment_period_starts_at_idx" ON "assessment_period"  ("starts_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "veto_computed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "assessment_institution_id_idx" ON "assessment"  ("institution_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "assessment_period_id_institution_id_key" ON "assessment"  ("period_id", "institution_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "veto_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "text" text NOT NULL, "submitted_by_account_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_586aac3d734ccf4f609a35d7173" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "veto_statement_assessment_id_key" ON "veto_statement"  ("assessment_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "veto_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "decision" character varying(8) NOT NULL, "reason" text NOT NULL, "verdict" jsonb NOT NULL, "reviewed_by_account_id" uuid NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_322c255b31bc103beaaa1ab9caf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "veto_review_assessment_id_key" ON "veto_review"  ("assessment_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment_sanction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "sanction" character varying(16) NOT NULL, "grounds" character varying array NOT NULL, "decided_by_account_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "interview_at" TIMESTAMP WITH TIME ZONE, "interview_attendees" text, "interview_minutes" text, "circular_year" integer, "circular_number" integer, CONSTRAINT "PK_9397318c52ead67c306246464dd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "assessment_sanction_assessment_id_idx" ON "assessment_sanction"  ("assessment_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "assessment_sanction_circular_year_number_key" ON "assessment_sanction"  ("circular_year", "circular_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment_finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "source" character varying(16) NOT NULL, "text" text NOT NULL, "points" integer NOT NULL DEFAULT \'0\', "incident_id" uuid, "failures" character varying array NOT NULL DEFAULT \'{}\', "impacts" character varying array NOT NULL DEFAULT \'{}\', "sanction_grounds" character varying array NOT NULL DEFAULT \'{}\', "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9f368233090cce0d142df6ee1e1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "assessment_finding_assessment_id_idx" ON "assessment_finding"  ("assessment_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "assessment_finding_incident_id_idx" ON "assessment_finding"  ("incident_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "assessment_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "assessment_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "assessment_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "veto_statement" ADD CONSTRAINT "veto_statement_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "veto_review" ADD CONSTRAINT "veto_review_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_sanction" ADD CONSTRAINT "assessment_sanction_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_finding" ADD CONSTRAINT "assessment_finding_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_finding" ADD CONSTRAINT "assessment_finding_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'GRANT SELECT, INSERT ON assessment_period, assessment_finding, veto_statement, veto_review, assessment_sanction TO xiaohu_app',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON assessment TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assessment_finding" DROP CONSTRAINT "assessment_finding_incident_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_finding" DROP CONSTRAINT "assessment_finding_assessment_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment_sanction" DROP CONSTRAINT "assessment_sanction_assessment_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "veto_review" DROP CONSTRAINT "veto_review_assessment_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "veto_statement" DROP CONSTRAINT "veto_statement_assessment_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "assessment_institution_id_fkey"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "assessment_period_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."assessment_finding_incident_id_idx"');
    await queryRunner.query('DROP INDEX "public"."assessment_finding_assessment_id_idx"');
    await queryRunner.query('DROP TABLE "assessment_finding"');
    await queryRunner.query('DROP INDEX "public"."assessment_sanction_circular_year_number_key"');
    await queryRunner.query('DROP INDEX "public"."assessment_sanction_assessment_id_idx"');
    await queryRunner.query('DROP TABLE "assessment_sanction"');
    await queryRunner.query('DROP INDEX "public"."veto_review_assessment_id_key"');
    await queryRunner.query('DROP TABLE "veto_review"');
    await queryRunner.query('DROP INDEX "public"."veto_statement_assessment_id_key"');
    await queryRunner.query('DROP TABLE "veto_statement"');
    await queryRunner.query('DROP INDEX "public"."assessment_period_id_institution_id_key"');
    await queryRunner.query('DROP INDEX "public"."assessment_institution_id_idx"');
    await queryRunner.query('DROP TABLE "assessment"');
    await queryRunner.query('DROP INDEX "public"."assessment_period_starts_at_idx"');
    await queryRunner.query('DROP TABLE "assessment_period"');
  }
}
