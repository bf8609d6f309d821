import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 13: a webhook subscription belongs to a registered API client (api_client). Subscriptions
// made before this naming no client cannot be delivered to anyone: the migration stops and says so.

export class WebhookSubscriptionClient1796002300000 implements MigrationInterface {
  name = 'WebhookSubscriptionClient1796002300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const orphans = (await queryRunner.query(
      'SELECT count(*)::int AS n FROM "webhook_subscription" s WHERE NOT EXISTS (SELECT 1 FROM "api_client" c WHERE c.id = s.client_id)',
    )) as { n: number }[];
    if (orphans[0].n > 0)
      throw new Error(
        `${orphans[0].n} webhook subscription(s) name no registered API client: unsubscribe and remove them first`,
      );
    await queryRunner.query(
      'ALTER TABLE "webhook_subscription" ADD CONSTRAINT "webhook_subscription_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "webhook_subscription" DROP CONSTRAINT "webhook_subscription_client_id_fkey"',
    );
  }
}
