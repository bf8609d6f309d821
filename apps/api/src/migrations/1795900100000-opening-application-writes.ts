import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 5, VET-4: POLICY marks an institution as applying to open (setOpeningApplication), with a note.
export class OpeningApplicationWrites1795900100000 implements MigrationInterface {
  name = 'OpeningApplicationWrites1795900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "institution_opening_application" ADD "note" character varying(500)',
    );
    // Ending an application sets closed_at; a row is never removed.
    await queryRunner.query('GRANT INSERT, UPDATE ON institution_opening_application TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE INSERT, UPDATE ON institution_opening_application FROM xiaohu_app');
    await queryRunner.query('ALTER TABLE "institution_opening_application" DROP COLUMN "note"');
  }
}
