import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 10, lists: the case list filters by an institution's street or town 镇街. The column is the
// oversight part's (contract 3: varchar 40, nullable); it is added here too so that the filter can be
// tested on this branch. The lead keeps one of the two when merging.
export class CaseListFilters1796000800000 implements MigrationInterface {
  name = 'CaseListFilters1796000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "institution" ADD "street" character varying(40)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "institution" DROP COLUMN "street"');
  }
}
