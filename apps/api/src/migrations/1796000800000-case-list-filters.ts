import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 10, lists: the case list filters by an institution's street or town 镇街. The column is the
// oversight part's (contract 3: varchar 40, nullable); it is added here too so that the filter can be
// tested on this branch. The lead keeps one of the two when merging.
// Indexes, from EXPLAIN (ANALYZE) on the district seed (200,000 cases), leadership's list:
// - (police_report_due_at, id): the POLICE_DUE_ASC order; without it every page sorted the whole table
//   (467 ms seq scan + sort; 0.3 ms with it);
// - partial (police_report_due_at) where a required report is not made: the "past the police deadline"
//   filter's count (263 ms seq scan; 2 ms);
// - (category, recorded_at, id): a category's page and count (page 7 ms → 0.6 ms).
export class CaseListFilters1796000800000 implements MigrationInterface {
  name = 'CaseListFilters1796000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "institution" ADD "street" character varying(40)');
    await queryRunner.query(
      'CREATE INDEX "incident_police_report_due_at_id_idx" ON "incident" ("police_report_due_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_police_deadline_open_idx" ON "incident" ("police_report_due_at") WHERE "police_reported_at" IS NULL AND "police_report_due_at" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_category_recorded_at_idx" ON "incident" ("category", "recorded_at", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."incident_category_recorded_at_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_police_deadline_open_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_police_report_due_at_id_idx"');
    await queryRunner.query('ALTER TABLE "institution" DROP COLUMN "street"');
  }
}
