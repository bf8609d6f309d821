import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 12 (PRV-5 to PRV-10): intakes and classes with their head teachers; legal vice-principals,
// course deliveries, teaching-plan lessons, counselling facilities and anti-bullying documents; staff
// training sessions and attendance; watched children's files, talks and linked cases; a bullying case's
// handling steps. Children's identities, files and talk notes are encrypted by the entities
// (encryptedColumn). The app role never deletes a record, except an unticked attendance.
export class CareRecords1796001700000 implements MigrationInterface {
  name = 'CareRecords1796001700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "intake" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "name" character varying(40) NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ca09c74600819624d88bf60b6fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "intake_institution_id_name_key" ON "intake"  ("institution_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "school_class" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "intake_id" uuid NOT NULL, "name" character varying(40) NOT NULL, "head_teacher_staff_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c2db13fe0f6e127a4aae70bfd35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "school_class_intake_id_idx" ON "school_class"  ("intake_id") ');
    await queryRunner.query(
      'CREATE INDEX "school_class_head_teacher_staff_id_idx" ON "school_class"  ("head_teacher_staff_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "school_class_institution_id_name_key" ON "school_class"  ("institution_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "bullying_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(120) NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "storage_key" character varying(200) NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "byte_size" integer NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_55e169795e0a3cb0799ca6a1133" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "bullying_document_institution_id_adopted_at_idx" ON "bullying_document"  ("institution_id", "adopted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "counselling_facility" ("institution_id" uuid NOT NULL, "has_counselling_room" boolean NOT NULL, "room_location" character varying(120), "hotline" character varying(40), "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8415d6a0b9f1105cf5747afaa5d" PRIMARY KEY ("institution_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "course_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "intake_id" uuid NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "class_ids" uuid array NOT NULL, "teacher_staff_id" uuid NOT NULL, "note" character varying(500), "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4da4a143ee3b1af517eca2766a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "course_delivery_intake_id_idx" ON "course_delivery"  ("intake_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "course_delivery_institution_id_delivered_at_idx" ON "course_delivery"  ("institution_id", "delivered_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "legal_vice_principal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "name" character varying(60) NOT NULL, "unit" character varying(24) NOT NULL, "organisation" character varying(120) NOT NULL, "phone" character varying(20), "term_start" TIMESTAMP WITH TIME ZONE NOT NULL, "term_end" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_edb6b93e263386811639bac4cc1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "legal_vice_principal_institution_id_term_start_idx" ON "legal_vice_principal"  ("institution_id", "term_start") ',
    );
    await queryRunner.query(
      'CREATE TABLE "teaching_plan_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "class_id" uuid NOT NULL, "topic" character varying(16) NOT NULL, "lessons" integer NOT NULL, "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fcb7511afad2909da0a79e5f1d9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "teaching_plan_entry_class_id_idx" ON "teaching_plan_entry"  ("class_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "teaching_plan_entry_institution_id_planned_at_idx" ON "teaching_plan_entry"  ("institution_id", "planned_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "training_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organiser_institution_id" uuid, "organiser_unit" character varying(16), "topic" character varying(48) NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL, "trainer" character varying(60) NOT NULL, "materials" character varying(1000), "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "training_session_held_at_idx" ON "training_session"  ("held_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "training_session_organiser_institution_id_held_at_idx" ON "training_session"  ("organiser_institution_id", "held_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "training_attendance" ("session_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9bc043cf649124cf6231be927c6" PRIMARY KEY ("session_id", "staff_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "training_attendance_staff_id_idx" ON "training_attendance"  ("staff_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "child_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "class_id" uuid NOT NULL, "child_name" text NOT NULL, "student_number" text, "categories" character varying(32) array NOT NULL, "counsellor_staff_ids" uuid array NOT NULL DEFAULT \'{}\', "personal_file" text, "growth_file" text, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by_account_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_account_id" uuid, "closing_reason" character varying(200), CONSTRAINT "PK_00c4bca914eceb7aa8ecc454f60" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "child_file_class_id_idx" ON "child_file"  ("class_id") ');
    await queryRunner.query(
      'CREATE INDEX "child_file_institution_id_opened_at_idx" ON "child_file"  ("institution_id", "opened_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "child_file_case" ("child_file_id" uuid NOT NULL, "case_id" uuid NOT NULL, "linked_by_account_id" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e38cbcc50e1d751588e1fe9ce97" PRIMARY KEY ("child_file_id", "case_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "welfare_talk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_file_id" uuid NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" character varying(16) NOT NULL, "by_staff_id" uuid, "note" text NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_091e99ba250e1f7f0f843b88d31" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "welfare_talk_child_file_id_held_at_idx" ON "welfare_talk"  ("child_file_id", "held_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "bullying_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "step" character varying(24) NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_aa19f1506d62422416b8fea3c0e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "bullying_step_case_id_step_key" ON "bullying_step"  ("case_id", "step") ',
    );
    await queryRunner.query(
      'ALTER TABLE "intake" ADD CONSTRAINT "intake_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "school_class" ADD CONSTRAINT "school_class_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "school_class" ADD CONSTRAINT "school_class_intake_id_fkey" FOREIGN KEY ("intake_id") REFERENCES "intake"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "school_class" ADD CONSTRAINT "school_class_head_teacher_staff_id_fkey" FOREIGN KEY ("head_teacher_staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "bullying_document" ADD CONSTRAINT "bullying_document_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "counselling_facility" ADD CONSTRAINT "counselling_facility_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_delivery" ADD CONSTRAINT "course_delivery_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_delivery" ADD CONSTRAINT "course_delivery_intake_id_fkey" FOREIGN KEY ("intake_id") REFERENCES "intake"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "course_delivery" ADD CONSTRAINT "course_delivery_teacher_staff_id_fkey" FOREIGN KEY ("teacher_staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "legal_vice_principal" ADD CONSTRAINT "legal_vice_principal_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "teaching_plan_entry" ADD CONSTRAINT "teaching_plan_entry_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "teaching_plan_entry" ADD CONSTRAINT "teaching_plan_entry_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "school_class"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_session" ADD CONSTRAINT "training_session_organiser_institution_id_fkey" FOREIGN KEY ("organiser_institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "child_file" ADD CONSTRAINT "child_file_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "child_file" ADD CONSTRAINT "child_file_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "school_class"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "child_file_case" ADD CONSTRAINT "child_file_case_child_file_id_fkey" FOREIGN KEY ("child_file_id") REFERENCES "child_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "child_file_case" ADD CONSTRAINT "child_file_case_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "welfare_talk" ADD CONSTRAINT "welfare_talk_child_file_id_fkey" FOREIGN KEY ("child_file_id") REFERENCES "child_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "welfare_talk" ADD CONSTRAINT "welfare_talk_by_staff_id_fkey" FOREIGN KEY ("by_staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "bullying_step" ADD CONSTRAINT "bullying_step_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON intake, school_class TO xiaohu_app');
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE ON legal_vice_principal, teaching_plan_entry, counselling_facility TO xiaohu_app',
    );
    await queryRunner.query('GRANT SELECT, INSERT ON course_delivery, bullying_document TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON training_session TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT, DELETE ON training_attendance TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON child_file TO xiaohu_app');
    await queryRunner.query(
      'GRANT SELECT, INSERT ON welfare_talk, child_file_case, bullying_step TO xiaohu_app',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "bullying_step" DROP CONSTRAINT "bullying_step_case_id_fkey"');
    await queryRunner.query('ALTER TABLE "welfare_talk" DROP CONSTRAINT "welfare_talk_by_staff_id_fkey"');
    await queryRunner.query('ALTER TABLE "welfare_talk" DROP CONSTRAINT "welfare_talk_child_file_id_fkey"');
    await queryRunner.query('ALTER TABLE "child_file_case" DROP CONSTRAINT "child_file_case_case_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "child_file_case" DROP CONSTRAINT "child_file_case_child_file_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "child_file" DROP CONSTRAINT "child_file_class_id_fkey"');
    await queryRunner.query('ALTER TABLE "child_file" DROP CONSTRAINT "child_file_institution_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "training_attendance" DROP CONSTRAINT "training_attendance_staff_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_attendance" DROP CONSTRAINT "training_attendance_session_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "training_session" DROP CONSTRAINT "training_session_organiser_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "teaching_plan_entry" DROP CONSTRAINT "teaching_plan_entry_class_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "teaching_plan_entry" DROP CONSTRAINT "teaching_plan_entry_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "legal_vice_principal" DROP CONSTRAINT "legal_vice_principal_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "course_delivery" DROP CONSTRAINT "course_delivery_teacher_staff_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "course_delivery" DROP CONSTRAINT "course_delivery_intake_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "course_delivery" DROP CONSTRAINT "course_delivery_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "counselling_facility" DROP CONSTRAINT "counselling_facility_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "bullying_document" DROP CONSTRAINT "bullying_document_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "school_class" DROP CONSTRAINT "school_class_head_teacher_staff_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "school_class" DROP CONSTRAINT "school_class_intake_id_fkey"');
    await queryRunner.query('ALTER TABLE "school_class" DROP CONSTRAINT "school_class_institution_id_fkey"');
    await queryRunner.query('ALTER TABLE "intake" DROP CONSTRAINT "intake_institution_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."bullying_step_case_id_step_key"');
    await queryRunner.query('DROP TABLE "bullying_step"');
    await queryRunner.query('DROP INDEX "public"."welfare_talk_child_file_id_held_at_idx"');
    await queryRunner.query('DROP TABLE "welfare_talk"');
    await queryRunner.query('DROP TABLE "child_file_case"');
    await queryRunner.query('DROP INDEX "public"."child_file_institution_id_opened_at_idx"');
    await queryRunner.query('DROP INDEX "public"."child_file_class_id_idx"');
    await queryRunner.query('DROP TABLE "child_file"');
    await queryRunner.query('DROP INDEX "public"."training_attendance_staff_id_idx"');
    await queryRunner.query('DROP TABLE "training_attendance"');
    await queryRunner.query('DROP INDEX "public"."training_session_organiser_institution_id_held_at_idx"');
    await queryRunner.query('DROP INDEX "public"."training_session_held_at_idx"');
    await queryRunner.query('DROP TABLE "training_session"');
    await queryRunner.query('DROP INDEX "public"."teaching_plan_entry_institution_id_planned_at_idx"');
    await queryRunner.query('DROP INDEX "public"."teaching_plan_entry_class_id_idx"');
    await queryRunner.query('DROP TABLE "teaching_plan_entry"');
    await queryRunner.query('DROP INDEX "public"."legal_vice_principal_institution_id_term_start_idx"');
    await queryRunner.query('DROP TABLE "legal_vice_principal"');
    await queryRunner.query('DROP INDEX "public"."course_delivery_institution_id_delivered_at_idx"');
    await queryRunner.query('DROP INDEX "public"."course_delivery_intake_id_idx"');
    await queryRunner.query('DROP TABLE "course_delivery"');
    await queryRunner.query('DROP TABLE "counselling_facility"');
    await queryRunner.query('DROP INDEX "public"."bullying_document_institution_id_adopted_at_idx"');
    await queryRunner.query('DROP TABLE "bullying_document"');
    await queryRunner.query('DROP INDEX "public"."school_class_institution_id_name_key"');
    await queryRunner.query('DROP INDEX "public"."school_class_head_teacher_staff_id_idx"');
    await queryRunner.query('DROP INDEX "public"."school_class_intake_id_idx"');
    await queryRunner.query('DROP TABLE "school_class"');
    await queryRunner.query('DROP INDEX "public"."intake_institution_id_name_key"');
    await queryRunner.query('DROP TABLE "intake"');
  }
}
