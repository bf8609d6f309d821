import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14: notifications written for people. Each notification keeps what it is about (facts, worded
// in the reader's language by the app) and whether a child is in danger (urgent); an account keeps the
// language its mail is written in. Notifications written before keep their title and body as they are;
// those about a case whose child was recorded in danger become urgent.
export class NotificationWords1796001900000 implements MigrationInterface {
  name = 'NotificationWords1796001900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account" ADD "language" character varying(8) NOT NULL DEFAULT 'zh-CN'`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "facts" jsonb`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "urgent" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "case_id" uuid`);
    await queryRunner.query(
      `UPDATE "notification" n SET "urgent" = true
         FROM "incident" i WHERE i."id" = n."case_id" AND i."is_child_in_danger"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "case_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "urgent"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "facts"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "language"`);
  }
}
