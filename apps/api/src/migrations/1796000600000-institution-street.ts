import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 10: the street or town 镇街 of each institution, the oversight dashboard's filter. Existing rows
// take it from their address (every 九龙坡区 address names its 街道 or 镇 first); the rest stay null.
export class InstitutionStreet1796000600000 implements MigrationInterface {
  name = 'InstitutionStreet1796000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "institution" ADD "street" character varying(40)');
    await queryRunner.query(
      `UPDATE "institution" SET "street" = substring("address" from '^九龙坡区(.+?(街道|镇))') WHERE "street" IS NULL`,
    );
    await queryRunner.query('CREATE INDEX "institution_street_idx" ON "institution" ("street") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."institution_street_idx"');
    await queryRunner.query('ALTER TABLE "institution" DROP COLUMN "street"');
  }
}
