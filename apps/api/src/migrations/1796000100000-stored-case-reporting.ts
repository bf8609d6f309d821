import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15: a case's reporting state is stored so the cases list filters on it in SQL. The app
// recomputes it from the domain on every change and at each deadline (refreshStoredReporting); this
// backfill writes the same in SQL, mirroring assessReporting with DEFAULT_POLICY as of this migration
// (head 10 min, police 60 min, sexual abuse reportable whoever the suspect is). Table grants cover the
// new columns.
export class StoredCaseReporting1796000100000 implements MigrationInterface {
  name = 'StoredCaseReporting1796000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "incident" ADD "reporting_status" character varying(24)');
    await queryRunner.query('ALTER TABLE "incident" ADD "police_report_due_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "incident" ADD "has_breach" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      `UPDATE "incident" AS i SET "has_breach" = true
       WHERE EXISTS (SELECT 1 FROM "incident_breach" b WHERE b."incident_id" = i."id")`,
    );
    await queryRunner.query(
      `UPDATE "incident" AS i SET
         "police_report_due_at" = CASE WHEN r.is_required THEN i."received_at" + interval '60 minutes' END,
         "reporting_status" = CASE
           WHEN i."has_breach"
             OR (r.is_required AND (
                  (i."origin" = 'SCHOOL' AND i."reporter_account_id" IS DISTINCT FROM i."head_account_id"
                    AND i."recorded_at" > i."received_at" + interval '10 minutes')
                  OR COALESCE(i."police_reported_at", now()) > i."received_at" + interval '60 minutes'
                  OR (i."closed_at" IS NOT NULL AND i."police_reported_at" IS NULL)))
             OR (s.first_learned_at IS NOT NULL
                  AND COALESCE(i."reported_to_district_at" <= s.first_learned_at, false) = false
                  AND COALESCE(i."police_reported_at" <= s.first_learned_at, false) = false)
             THEN 'IN_BREACH'
           WHEN r.is_required AND i."police_reported_at" IS NULL THEN 'AWAITING_POLICE_REPORT'
           ELSE 'COMPLIANT'
         END
       FROM (
         SELECT "id", ("category" <> 'OTHER' AND ("suspect_type" = 'STAFF'
           OR "category" IN ('SEXUAL_ASSAULT', 'MOLESTATION'))) AS is_required
         FROM "incident"
       ) r
       LEFT JOIN (
         SELECT "incident_id", min("learned_at") AS first_learned_at
         FROM "incident_external_source" GROUP BY "incident_id"
       ) s ON s."incident_id" = r."id"
       WHERE r."id" = i."id"`,
    );
    await queryRunner.query('ALTER TABLE "incident" ALTER COLUMN "reporting_status" SET NOT NULL');
    // The list is newest first (recorded_at desc, id desc): each index is scanned backwards, in order.
    await queryRunner.query(
      'CREATE INDEX "incident_reporting_status_recorded_at_idx" ON "incident" ("reporting_status", "recorded_at", "id")',
    );
    // IN_BREACH at now includes AWAITING cases past their deadline (an OR): one ordered partial index.
    await queryRunner.query(
      `CREATE INDEX "incident_breach_or_awaiting_recorded_at_idx" ON "incident" ("recorded_at", "id") WHERE "reporting_status" IN ('IN_BREACH', 'AWAITING_POLICE_REPORT')`,
    );
    await queryRunner.query(
      'CREATE INDEX "incident_has_breach_recorded_at_idx" ON "incident" ("recorded_at", "id") WHERE "has_breach"',
    );
    // An institution's cases in list order; also serves the foreign key (replaces the single-column index).
    await queryRunner.query('DROP INDEX "public"."incident_institution_id_idx"');
    await queryRunner.query(
      'CREATE INDEX "incident_institution_id_recorded_at_idx" ON "incident" ("institution_id", "recorded_at", "id")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."incident_institution_id_recorded_at_idx"');
    await queryRunner.query('CREATE INDEX "incident_institution_id_idx" ON "incident" ("institution_id")');
    await queryRunner.query('DROP INDEX "public"."incident_has_breach_recorded_at_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_breach_or_awaiting_recorded_at_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_reporting_status_recorded_at_idx"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "has_breach"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "police_report_due_at"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "reporting_status"');
  }
}
