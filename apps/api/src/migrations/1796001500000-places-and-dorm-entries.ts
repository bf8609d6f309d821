import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 11: the place register of PRV-2 (places needing cameras, blind-spot self-inspections), the
// dormitory door register of PRV-4 (entries and refused attempts) and which institutions board.

export class PlacesAndDormEntries1796001500000 implements MigrationInterface {
  name = 'PlacesAndDormEntries1796001500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "monitored_place" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "name" character varying(60) NOT NULL, "kind" character varying(32) NOT NULL, "room_type" character varying(16), "is_monitored" boolean NOT NULL, "camera_count" integer NOT NULL DEFAULT \'0\', "note" character varying(200), "updated_by_account_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e2ea624cbb14e6e57daf5e287c3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "monitored_place_institution_id_kind_name_idx" ON "monitored_place"  ("institution_id", "kind", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "blind_spot_self_inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "inspected_on" date NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d2a4ba308a5be232d690b304a59" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "blind_spot_self_inspection_institution_id_inspected_on_idx" ON "blind_spot_self_inspection"  ("institution_id", "inspected_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "dorm_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "staff_member_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "purpose_note" character varying(200), "decision" character varying(16) NOT NULL, "refusal" character varying(32), "is_registration_required" boolean NOT NULL DEFAULT false, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "exited_at" TIMESTAMP WITH TIME ZONE, "is_night" boolean NOT NULL, "recorded_by_account_id" uuid NOT NULL, "exit_recorded_by_account_id" uuid, CONSTRAINT "PK_6b27b3877e64196694accf74d5e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "dorm_entry_staff_member_id_idx" ON "dorm_entry"  ("staff_member_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "dorm_entry_entered_at_id_idx" ON "dorm_entry"  ("entered_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "dorm_entry_institution_id_entered_at_id_idx" ON "dorm_entry"  ("institution_id", "entered_at", "id") ',
    );
    await queryRunner.query('ALTER TABLE "institution" ADD "is_boarding" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "monitored_place" ADD CONSTRAINT "monitored_place_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "blind_spot_self_inspection" ADD CONSTRAINT "blind_spot_self_inspection_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dorm_entry" ADD CONSTRAINT "dorm_entry_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dorm_entry" ADD CONSTRAINT "dorm_entry_staff_member_id_fkey" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The app changes places and exits; it never deletes: refused attempts stay on record.
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON monitored_place, dorm_entry TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT ON blind_spot_self_inspection TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dorm_entry" DROP CONSTRAINT "dorm_entry_staff_member_id_fkey"');
    await queryRunner.query('ALTER TABLE "dorm_entry" DROP CONSTRAINT "dorm_entry_institution_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "blind_spot_self_inspection" DROP CONSTRAINT "blind_spot_self_inspection_institution_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitored_place" DROP CONSTRAINT "monitored_place_institution_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "institution" DROP COLUMN "is_boarding"');
    await queryRunner.query('DROP INDEX "public"."dorm_entry_institution_id_entered_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."dorm_entry_entered_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."dorm_entry_staff_member_id_idx"');
    await queryRunner.query('DROP TABLE "dorm_entry"');
    await queryRunner.query(
      'DROP INDEX "public"."blind_spot_self_inspection_institution_id_inspected_on_idx"',
    );
    await queryRunner.query('DROP TABLE "blind_spot_self_inspection"');
    await queryRunner.query('DROP INDEX "public"."monitored_place_institution_id_kind_name_idx"');
    await queryRunner.query('DROP TABLE "monitored_place"');
  }
}
