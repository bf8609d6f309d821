import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: roles, grants and triggers are outside what TypeORM generates.
// The app runs as xiaohu_app, which may read and append to the audit trail but never change it;
// the trigger refuses UPDATE, DELETE and TRUNCATE even for the owner.
export class AppRoleAndAppendOnlyAudit1795880700000 implements MigrationInterface {
  name = 'AppRoleAndAppendOnlyAudit1795880700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'xiaohu_app') THEN
          CREATE ROLE xiaohu_app NOLOGIN;
        END IF;
        -- The owner connects and switches to xiaohu_app, so it must be a member.
        IF NOT pg_has_role(current_user, 'xiaohu_app', 'MEMBER') THEN
          EXECUTE format('GRANT xiaohu_app TO %I', current_user);
        END IF;
      END
      $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO xiaohu_app`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON unit, institution, account, session, sign_in_throttle TO xiaohu_app`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_event TO xiaohu_app`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON audit_event`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_or_delete ON audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_refuse_change()`);
    await queryRunner.query(`REVOKE ALL ON audit_event FROM xiaohu_app`);
    await queryRunner.query(
      `REVOKE ALL ON unit, institution, account, session, sign_in_throttle FROM xiaohu_app`,
    );
    // The role is cluster-wide and may serve other databases: it stays.
  }
}
