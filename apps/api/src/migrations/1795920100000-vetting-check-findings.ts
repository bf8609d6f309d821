import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 8, finding 8: a check records what it found about a person's criminal past (VET-6, VET-7).
// Rows from before found nothing that was recorded, hence false. The app role's table-level grants on
// vetting_check (SELECT, INSERT) already cover the new columns.
export class VettingCheckFindings1795920100000 implements MigrationInterface {
  name = 'VettingCheckFindings1795920100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "vetting_check" ADD "has_criminal_punishment" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "vetting_check" ADD "is_deprived_of_political_rights" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "vetting_check" ADD "has_intentional_crime_imprisonment" boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "vetting_check" DROP COLUMN "has_intentional_crime_imprisonment"');
    await queryRunner.query('ALTER TABLE "vetting_check" DROP COLUMN "is_deprived_of_political_rights"');
    await queryRunner.query('ALTER TABLE "vetting_check" DROP COLUMN "has_criminal_punishment"');
  }
}
