import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14: live updates without polling. Triggers NOTIFY `xiaohu_change` with `<topic>:<uuid>` when an
// account's notifications or a case (its row or any of its records) change; NOTIFY is delivered at
// commit, to every API process LISTENing (shared/realtime/change-feed.ts). The payload is an id only.
const CASE_TABLES: readonly [table: string, column: string][] = [
  ['incident', 'id'],
  ['incident_child', 'incident_id'],
  ['incident_emergency_step', 'incident_id'],
  ['incident_external_source', 'incident_id'],
  ['incident_breach', 'incident_id'],
  ['incident_event', 'incident_id'],
  ['incident_alert', 'incident_id'],
  ['incident_welfare_note', 'incident_id'],
  ['bullying_step', 'case_id'],
];

export class ChangeNotifications1796001800000 implements MigrationInterface {
  name = 'ChangeNotifications1796001800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION xiaohu_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('xiaohu_change', TG_ARGV[0] || ':' || (to_jsonb(NEW) ->> TG_ARGV[1]));
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER notification_change AFTER INSERT OR UPDATE ON notification
         FOR EACH ROW EXECUTE FUNCTION xiaohu_notify_change('notification', 'account_id')`,
    );
    for (const [table, column] of CASE_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_change AFTER INSERT OR UPDATE ON ${table}
           FOR EACH ROW EXECUTE FUNCTION xiaohu_notify_change('case', '${column}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of CASE_TABLES) await queryRunner.query(`DROP TRIGGER ${table}_change ON ${table}`);
    await queryRunner.query('DROP TRIGGER notification_change ON notification');
    await queryRunner.query('DROP FUNCTION xiaohu_notify_change()');
  }
}
