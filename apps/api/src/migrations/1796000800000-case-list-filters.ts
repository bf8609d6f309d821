import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 10, lists: indexes, from EXPLAIN (ANALYZE) on the district seed (200,000 cases), leadership's list:
// - (police_report_due_at, id): the POLICE_DUE_ASC order; without it every page sorted the whole table
//   (467 ms seq scan + sort; 0.3 ms with it);
// - the "past the police deadline" filter's count uses incident_police_unreported_due_idx (1796000600000)
//   (263 ms seq scan; 2 ms);
// - (category, recorded_at, id): a category's page and count (page 7 ms → 0.6 ms).
export class CaseListFilters1796000800000 implements MigrationInterface {
  name = 'CaseListFilters1796000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "incident_police_report_due_at_id_idx" ON "incident" ("police_report_due_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "incident_category_recorded_at_idx" ON "incident" ("category", "recorded_at", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."incident_category_recorded_at_idx"');
    await queryRunner.query('DROP INDEX "public"."incident_police_report_due_at_id_idx"');
  }
}
