import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_SCHEMA } from '../shared/jobs/job-queues';

// Issue 9: the server connects as xiaohu_app only, pg-boss's workers included. The owner installed
// pg-boss's schema and queues (1795890000000); the app's role may now fetch, complete, retry, expire
// and archive jobs, but still not create queues or change the schema (no CREATE on it, not its owner).
export class AppRoleRunsJobs1795920500000 implements MigrationInterface {
  name = 'AppRoleRunsJobs1795920500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${JOB_SCHEMA}.job TO xiaohu_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON ${JOB_SCHEMA}.archive TO xiaohu_app`);
    // Maintenance and monitoring stamp their last run here.
    await queryRunner.query(`GRANT SELECT, UPDATE ON ${JOB_SCHEMA}.version TO xiaohu_app`);
    await queryRunner.query(
      `GRANT SELECT ON ${JOB_SCHEMA}.schedule, ${JOB_SCHEMA}.subscription TO xiaohu_app`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `REVOKE ALL ON ${JOB_SCHEMA}.schedule, ${JOB_SCHEMA}.subscription, ${JOB_SCHEMA}.version, ${JOB_SCHEMA}.archive FROM xiaohu_app`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE ON ${JOB_SCHEMA}.job FROM xiaohu_app`);
  }
}
