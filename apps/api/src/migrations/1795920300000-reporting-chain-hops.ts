import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 8: each breach names the hop of the reporting chain it concerns (a late teacher → head hop and
// a late police report are two LATE_REPORT breaches of one case), and a timeline event keeps the
// deadline's instant beside the instant the system acted. Table grants already cover new columns.
export class ReportingChainHops1795920300000 implements MigrationInterface {
  name = 'ReportingChainHops1795920300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "incident_event" ADD "due_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "incident_breach" ADD "hop" character varying(24)');
    // Before this migration only the school's hops had breaches: concealment is the district hop.
    await queryRunner.query(
      `UPDATE "incident_breach" SET "hop" = CASE WHEN "code" = 'CONCEALMENT' THEN 'SCHOOL_TO_DISTRICT' ELSE 'SCHOOL_TO_POLICE' END`,
    );
    await queryRunner.query('ALTER TABLE "incident_breach" ALTER COLUMN "hop" SET NOT NULL');
    await queryRunner.query('DROP INDEX "public"."incident_breach_incident_id_code_key"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "incident_breach_incident_id_code_hop_key" ON "incident_breach" ("incident_id", "code", "hop")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."incident_breach_incident_id_code_hop_key"');
    // The older key allows one breach per code: keep the school → police late report.
    await queryRunner.query(`DELETE FROM "incident_breach" WHERE "hop" = 'TEACHER_TO_HEAD'`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX "incident_breach_incident_id_code_key" ON "incident_breach" ("incident_id", "code")',
    );
    await queryRunner.query('ALTER TABLE "incident_breach" DROP COLUMN "hop"');
    await queryRunner.query('ALTER TABLE "incident_event" DROP COLUMN "due_at"');
  }
}
