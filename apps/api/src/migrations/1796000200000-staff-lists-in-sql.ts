import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15: the staff register's lists at district scale (60,000 staff).
// - Name search: each name's character bigrams (kept by a trigger) with a GIN index (CJK names give
//   pg_trgm no trigrams under the C collation); a one-character search is a prefix search on a btree.
//   Searching the last four digits of the ID number uses an expression index.
// - dueChecks: the next re-check (VET-9) and reminder interview (VET-10) are stored per member, computed
//   by the domain (refreshStaffDueDates fills them at start-up: staff_due_dates_basis is empty here), and
//   paged on partial indexes; the last check or interview per member is one index step.
export class StaffListsInSql1796000200000 implements MigrationInterface {
  name = 'StaffListsInSql1796000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain text arithmetic, IMMUTABLE (the search calls it on the query too); qualified names keep it
    // independent of search_path (restores, other sessions).
    await queryRunner.query(
      `CREATE FUNCTION staff_name_bigrams(name text) RETURNS text[]
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT COALESCE(pg_catalog.array_agg(DISTINCT pg_catalog.substr(pg_catalog.lower(name), i, 2)), '{}'::text[])
             FROM pg_catalog.generate_series(1, pg_catalog.char_length(name) - 1) AS i $$`,
    );
    // A trigger rather than a generated column: TypeORM records generated columns in a metadata table
    // keyed by database name, which a restore into another database would carry over wrong.
    await queryRunner.query(
      `CREATE FUNCTION staff_member_set_name_bigrams() RETURNS trigger LANGUAGE plpgsql
       AS $$ BEGIN NEW.name_bigrams := staff_name_bigrams(NEW.name); RETURN NEW; END $$`,
    );
    await queryRunner.query(`ALTER TABLE "staff_member" ADD "name_bigrams" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query('UPDATE "staff_member" SET "name_bigrams" = staff_name_bigrams("name")');
    await queryRunner.query(
      `CREATE TRIGGER "staff_member_name_bigrams" BEFORE INSERT OR UPDATE OF "name" ON "staff_member"
       FOR EACH ROW EXECUTE FUNCTION staff_member_set_name_bigrams()`,
    );
    await queryRunner.query(
      'CREATE INDEX "staff_member_name_bigrams_idx" ON "staff_member" USING gin ("name_bigrams")',
    );
    await queryRunner.query(
      'CREATE INDEX "staff_member_name_pattern_idx" ON "staff_member" ("name" text_pattern_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "staff_member_id_number_last4_idx" ON "staff_member" ("right"("id_number_masked", 4))',
    );

    await queryRunner.query('ALTER TABLE "staff_member" ADD "recheck_due_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "staff_member" ADD "interview_due_at" TIMESTAMP WITH TIME ZONE');
    // Key (due, id) pages in order; institution_id rides along so counts in a scope need no heap visit.
    await queryRunner.query(
      `CREATE INDEX "staff_member_recheck_due_idx" ON "staff_member" ("recheck_due_at", "id", "institution_id")
       WHERE "status" = 'ACTIVE' AND "recheck_due_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "staff_member_interview_due_idx" ON "staff_member" ("interview_due_at", "id", "institution_id")
       WHERE "status" = 'ACTIVE' AND "interview_due_at" IS NOT NULL`,
    );
    await queryRunner.query(
      'CREATE TABLE "staff_due_dates_basis" ("id" smallint NOT NULL, "basis" text NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_staff_due_dates_basis" PRIMARY KEY ("id"))',
    );

    // The composite indexes answer everything the single-column ones did (and the foreign key checks).
    await queryRunner.query('DROP INDEX "vetting_check_staff_id_idx"');
    await queryRunner.query(
      'CREATE INDEX "vetting_check_staff_id_check_checked_at_idx" ON "vetting_check" ("staff_id", "check", "checked_at") ',
    );
    await queryRunner.query('DROP INDEX "reminder_interview_staff_id_idx"');
    await queryRunner.query(
      'CREATE INDEX "reminder_interview_staff_id_interviewed_at_idx" ON "reminder_interview" ("staff_id", "interviewed_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "reminder_interview_staff_id_interviewed_at_idx"');
    await queryRunner.query(
      'CREATE INDEX "reminder_interview_staff_id_idx" ON "reminder_interview" ("staff_id") ',
    );
    await queryRunner.query('DROP INDEX "vetting_check_staff_id_check_checked_at_idx"');
    await queryRunner.query('CREATE INDEX "vetting_check_staff_id_idx" ON "vetting_check" ("staff_id") ');
    await queryRunner.query('DROP TABLE "staff_due_dates_basis"');
    await queryRunner.query('DROP INDEX "staff_member_interview_due_idx"');
    await queryRunner.query('DROP INDEX "staff_member_recheck_due_idx"');
    await queryRunner.query('ALTER TABLE "staff_member" DROP COLUMN "interview_due_at"');
    await queryRunner.query('ALTER TABLE "staff_member" DROP COLUMN "recheck_due_at"');
    await queryRunner.query('DROP INDEX "staff_member_id_number_last4_idx"');
    await queryRunner.query('DROP INDEX "staff_member_name_pattern_idx"');
    await queryRunner.query('DROP INDEX "staff_member_name_bigrams_idx"');
    await queryRunner.query('DROP TRIGGER "staff_member_name_bigrams" ON "staff_member"');
    await queryRunner.query('ALTER TABLE "staff_member" DROP COLUMN "name_bigrams"');
    await queryRunner.query('DROP FUNCTION staff_member_set_name_bigrams()');
    await queryRunner.query('DROP FUNCTION staff_name_bigrams(text)');
  }
}
