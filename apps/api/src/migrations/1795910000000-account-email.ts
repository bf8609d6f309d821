import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 4: alerts are mailed to the account's own address. The app role's table-level grants on
// account already cover the new column, so grants stay as they are.
export class AccountEmail1795910000000 implements MigrationInterface {
  name = 'AccountEmail1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "account" ADD "email" character varying(254)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "email"');
  }
}
