import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 11: uploaded photos. The bytes live in the photo store (files under the data folder or S3), the
// row says whose they are and what they are attached to. The app role inserts and attaches (UPDATE).
export class Photos1796001300000 implements MigrationInterface {
  name = 'Photos1796001300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "photo" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "storage_key" character varying(64) NOT NULL, "thumbnail_key" character varying(64) NOT NULL, "mime" character varying(32) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "byte_size" integer NOT NULL, "uploaded_by_account_id" uuid NOT NULL, "institution_id" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "subject_type" character varying(32), "subject_id" uuid, "attached_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_723fa50bf70dcfd06fb5a44d4ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "photo_subject_idx" ON "photo"  ("subject_type", "subject_id") ');
    await queryRunner.query(
      'CREATE INDEX "photo_uploaded_by_account_id_idx" ON "photo"  ("uploaded_by_account_id", "uploaded_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "photo" ADD CONSTRAINT "photo_uploaded_by_account_id_fkey" FOREIGN KEY ("uploaded_by_account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "photo" ADD CONSTRAINT "photo_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON photo TO xiaohu_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "photo" DROP CONSTRAINT "photo_institution_id_fkey"');
    await queryRunner.query('ALTER TABLE "photo" DROP CONSTRAINT "photo_uploaded_by_account_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."photo_uploaded_by_account_id_idx"');
    await queryRunner.query('DROP INDEX "public"."photo_subject_idx"');
    await queryRunner.query('DROP TABLE "photo"');
  }
}
