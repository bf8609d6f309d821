import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 4, REP-10: welfare notes on a case (psychological concern, guardian told, 休学). Append-only.
export class IncidentWelfareNotes1795890100000 implements MigrationInterface {
  name = 'IncidentWelfareNotes1795890100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "incident_welfare_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "concern_note" character varying(2000) NOT NULL, "guardian_told_at" TIMESTAMP WITH TIME ZONE, "is_study_suspended" boolean NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_22f5be727e3be9167d5b0a4ea78" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_welfare_note_incident_id_idx" ON "incident_welfare_note"  ("incident_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_welfare_note" ADD CONSTRAINT "incident_welfare_note_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // A record: the app adds notes, never changes or removes one.
    await queryRunner.query('GRANT SELECT, INSERT ON incident_welfare_note TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE ALL ON incident_welfare_note FROM xiaohu_app');
    await queryRunner.query(
      'ALTER TABLE "incident_welfare_note" DROP CONSTRAINT "incident_welfare_note_incident_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."incident_welfare_note_incident_id_idx"');
    await queryRunner.query('DROP TABLE "incident_welfare_note"');
  }
}
