import type { MigrationInterface, QueryRunner } from 'typeorm';

// Staff register and vetting (issue 5). Generated from the entities, plus the grants of the app role:
// checks, interviews and district bans are append-only for the app (no UPDATE, no DELETE on any of them).
export class StaffRegisterAndVetting1795900000000 implements MigrationInterface {
  name = 'StaffRegisterAndVetting1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "district_ban" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "id_number_hash" character varying(64) NOT NULL, "reason" character varying(32) NOT NULL, "banned_until" TIMESTAMP WITH TIME ZONE, "source_staff_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6313ef7d34adda5680390945cb4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "district_ban_id_number_hash_idx" ON "district_ban"  ("id_number_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "institution_opening_application" ("institution_id" uuid NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e301ffd4b86b05a8a4634dfdf2d" PRIMARY KEY ("institution_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "name" character varying(60) NOT NULL, "id_number_ciphertext" text NOT NULL, "id_number_hash" character varying(64) NOT NULL, "id_number_masked" character varying(18) NOT NULL, "phone" character varying(20) NOT NULL, "role" character varying(32) NOT NULL, "employment_type" character varying(16) NOT NULL, "post" character varying(60) NOT NULL, "has_student_access" boolean NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL, "activated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_342343208cbc30b3c14a976b0a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "staff_member_id_number_hash_idx" ON "staff_member"  ("id_number_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "staff_member_id_number_masked_idx" ON "staff_member"  ("id_number_masked") ',
    );
    await queryRunner.query('CREATE INDEX "staff_member_name_id_idx" ON "staff_member"  ("name", "id") ');
    await queryRunner.query(
      'CREATE INDEX "staff_member_institution_name_id_idx" ON "staff_member"  ("institution_id", "name", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "staff_member_institution_id_number_key" ON "staff_member"  ("institution_id", "id_number_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "misconduct_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "incident_id" character varying(64), "status" character varying(16) NOT NULL, "facts" text NOT NULL, "investigation" text, "facts_verified" boolean NOT NULL DEFAULT false, "severity" character varying(16), "involves_crime" boolean NOT NULL DEFAULT false, "outcomes" jsonb NOT NULL DEFAULT \'[]\', "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by_account_id" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_account_id" uuid, CONSTRAINT "PK_205da7f45efe16a80833a0120c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "misconduct_case_staff_id_idx" ON "misconduct_case"  ("staff_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "misconduct_case_institution_id_idx" ON "misconduct_case"  ("institution_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_qualification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "number" character varying(60) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_rule_id" character varying(16), CONSTRAINT "PK_66fad91d797760f4e4b6a338de6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "staff_qualification_staff_id_idx" ON "staff_qualification"  ("staff_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "reminder_interview" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "interviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "interviewer" character varying(60) NOT NULL, "notes" text NOT NULL, "recorded_by_account_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f6a307fd39cd2879a9eae724018" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "reminder_interview_staff_id_idx" ON "reminder_interview"  ("staff_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "vetting_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "check" character varying(40) NOT NULL, "outcome" character varying(16) NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "checked_by" character varying(60) NOT NULL, "system" character varying(100) NOT NULL, "reference_number" character varying(60) NOT NULL, "recorded_by" character varying(16) NOT NULL, "recorded_by_account_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bd2f0b5b52ea8045ad2be690f69" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "vetting_check_staff_id_idx" ON "vetting_check"  ("staff_id") ');
    await queryRunner.query(
      'ALTER TABLE "institution_opening_application" ADD CONSTRAINT "FK_e301ffd4b86b05a8a4634dfdf2d" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_member" ADD CONSTRAINT "FK_04adc62b688e3bee3e2d2a16ad5" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "misconduct_case" ADD CONSTRAINT "FK_fda4a618a4ff137c0e39ec8e409" FOREIGN KEY ("staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_qualification" ADD CONSTRAINT "FK_0c4c670af8dd8aef18c12364a8f" FOREIGN KEY ("staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reminder_interview" ADD CONSTRAINT "FK_b0351a2e50dab7c0ca2b12ec0c9" FOREIGN KEY ("staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vetting_check" ADD CONSTRAINT "FK_160878727753c78bb7502f03e49" FOREIGN KEY ("staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE ON staff_member, staff_qualification, misconduct_case TO xiaohu_app',
    );
    await queryRunner.query(
      'GRANT SELECT, INSERT ON vetting_check, reminder_interview, district_ban TO xiaohu_app',
    );
    await queryRunner.query('GRANT SELECT ON institution_opening_application TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'REVOKE ALL ON staff_member, staff_qualification, misconduct_case, vetting_check, reminder_interview, district_ban, institution_opening_application FROM xiaohu_app',
    );
    await queryRunner.query('ALTER TABLE "vetting_check" DROP CONSTRAINT "FK_160878727753c78bb7502f03e49"');
    await queryRunner.query(
      'ALTER TABLE "reminder_interview" DROP CONSTRAINT "FK_b0351a2e50dab7c0ca2b12ec0c9"',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_qualification" DROP CONSTRAINT "FK_0c4c670af8dd8aef18c12364a8f"',
    );
    await queryRunner.query('ALTER TABLE "misconduct_case" DROP CONSTRAINT "FK_fda4a618a4ff137c0e39ec8e409"');
    await queryRunner.query('ALTER TABLE "staff_member" DROP CONSTRAINT "FK_04adc62b688e3bee3e2d2a16ad5"');
    await queryRunner.query(
      'ALTER TABLE "institution_opening_application" DROP CONSTRAINT "FK_e301ffd4b86b05a8a4634dfdf2d"',
    );
    await queryRunner.query('DROP INDEX "public"."vetting_check_staff_id_idx"');
    await queryRunner.query('DROP TABLE "vetting_check"');
    await queryRunner.query('DROP INDEX "public"."reminder_interview_staff_id_idx"');
    await queryRunner.query('DROP TABLE "reminder_interview"');
    await queryRunner.query('DROP INDEX "public"."staff_qualification_staff_id_idx"');
    await queryRunner.query('DROP TABLE "staff_qualification"');
    await queryRunner.query('DROP INDEX "public"."misconduct_case_institution_id_idx"');
    await queryRunner.query('DROP INDEX "public"."misconduct_case_staff_id_idx"');
    await queryRunner.query('DROP TABLE "misconduct_case"');
    await queryRunner.query('DROP INDEX "public"."staff_member_institution_id_number_key"');
    await queryRunner.query('DROP INDEX "public"."staff_member_institution_name_id_idx"');
    await queryRunner.query('DROP INDEX "public"."staff_member_name_id_idx"');
    await queryRunner.query('DROP INDEX "public"."staff_member_id_number_masked_idx"');
    await queryRunner.query('DROP INDEX "public"."staff_member_id_number_hash_idx"');
    await queryRunner.query('DROP TABLE "staff_member"');
    await queryRunner.query('DROP TABLE "institution_opening_application"');
    await queryRunner.query('DROP INDEX "public"."district_ban_id_number_hash_idx"');
    await queryRunner.query('DROP TABLE "district_ban"');
  }
}
