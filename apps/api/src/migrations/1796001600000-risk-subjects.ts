import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 11 (PRV-3): risk sites and high-risk persons near an institution, their referral to the
// township or street office and the police station, follow-ups and closing. A person's identity and
// every follow-up note are encrypted by the entities (encryptedColumn). The app role inserts follow-ups
// and inserts and updates subjects (referral, status, closing); it never deletes either.
export class RiskSubjects1796001600000 implements MigrationInterface {
  name = 'RiskSubjects1796001600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "risk_subject" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "subject_type" character varying(16) NOT NULL, "site_type" character varying(32), "person_type" character varying(32), "site_name" character varying(120), "site_address" character varying(200), "site_description" text, "person_name" text, "person_id_number" text, "person_address" text, "person_description" text, "location" character varying(200), "status" character varying(16) NOT NULL, "township_office" character varying(120), "township_referred_at" TIMESTAMP WITH TIME ZONE, "police_station" character varying(120), "police_referred_at" TIMESTAMP WITH TIME ZONE, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closing_reason" character varying(24), "closing_note" text, "closed_by_account_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c147581acf790665eb4d3fda775" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "risk_subject_institution_recorded_at_idx" ON "risk_subject"  ("institution_id", "recorded_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "risk_subject_recorded_at_idx" ON "risk_subject"  ("recorded_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "risk_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "risk_subject_id" uuid NOT NULL, "followed_up_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" character varying(16) NOT NULL, "note" text NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6fde7098a446bda74507b275034" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "risk_follow_up_subject_idx" ON "risk_follow_up"  ("risk_subject_id", "followed_up_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "risk_subject" ADD CONSTRAINT "risk_subject_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "risk_follow_up" ADD CONSTRAINT "risk_follow_up_risk_subject_id_fkey" FOREIGN KEY ("risk_subject_id") REFERENCES "risk_subject"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('GRANT SELECT, INSERT ON risk_follow_up TO xiaohu_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON risk_subject TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "risk_follow_up" DROP CONSTRAINT "risk_follow_up_risk_subject_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "risk_subject" DROP CONSTRAINT "risk_subject_institution_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."risk_follow_up_subject_idx"');
    await queryRunner.query('DROP TABLE "risk_follow_up"');
    await queryRunner.query('DROP INDEX "public"."risk_subject_recorded_at_idx"');
    await queryRunner.query('DROP INDEX "public"."risk_subject_institution_recorded_at_idx"');
    await queryRunner.query('DROP TABLE "risk_subject"');
  }
}
