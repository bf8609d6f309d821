import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 10: the audit page filters by person (the account picked by name) and by action, newest first:
// each filter walks its own index in id order instead of the whole trail.
export class AuditFilterIndexes1796000900000 implements MigrationInterface {
  name = 'AuditFilterIndexes1796000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "audit_event_actor_account_id_id_idx" ON "audit_event" ("actor_account_id", "id") ',
    );
    await queryRunner.query('CREATE INDEX "audit_event_action_id_idx" ON "audit_event" ("action", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."audit_event_action_id_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_actor_account_id_id_idx"');
  }
}
