import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15: the bell's unread count and the unread-only list read a partial index of the unread
// notifications only (安稳办 has tens of thousands of notifications, few of them unread), instead of
// visiting every notification of the account to test read_at.
export class UnreadNotificationsIndex1796000300000 implements MigrationInterface {
  name = 'UnreadNotificationsIndex1796000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "notification_unread_account_id_created_at_idx" ON "notification"  ("account_id", "created_at", "id") WHERE "read_at" IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."notification_unread_account_id_created_at_idx"');
  }
}
