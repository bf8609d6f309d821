import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 8: an institution account is linked to the staff record of the person who holds it, so REP-11
// and VET-11 ("never a record about yourself") protect everyone, not only the head.
export class AccountsArePeople1795920000000 implements MigrationInterface {
  name = 'AccountsArePeople1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "account" ADD "staff_member_id" uuid');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "account_staff_member_id_key" ON "account" ("staff_member_id") WHERE "staff_member_id" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "account" ADD CONSTRAINT "account_staff_member_id_fkey" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "account" DROP CONSTRAINT "account_staff_member_id_fkey"');
    await queryRunner.query('DROP INDEX "account_staff_member_id_key"');
    await queryRunner.query('ALTER TABLE "account" DROP COLUMN "staff_member_id"');
  }
}
