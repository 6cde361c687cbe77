import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation after publishing (issue 11): edits of a published service wait as a revision while
 * the approved version stays live; approvals are recorded per employment area.
 */
export class ServiceRevision1796560763654 implements MigrationInterface {
  name = 'ServiceRevision1796560763654';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."service_revision_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')`);
    await queryRunner.query(
      `CREATE TABLE "service_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "status" "public"."service_revision_status" NOT NULL DEFAULT 'PENDING', "content" jsonb NOT NULL, "approved_employment_area_ids" uuid array NOT NULL DEFAULT '{}', "proposed_by_user_id" uuid, "decided_by_user_id" uuid, "decided_changes" jsonb, "rejection_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_00c599d8b32ef2ebc7269f32428" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b874e90955ae0d45ca6fdedb7a" ON "service_revision" ("service_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c9d1b401dd22e4379e547d32d1" ON "service_revision" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_5035b7523dcc50e47b9a702a21" ON "service_revision" ("proposed_by_user_id") `);
    // One pending revision per service: a second edit replaces the pending one.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_service_revision_pending" ON "service_revision" ("service_id") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "service" ADD "approved_employment_area_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "service_revision" ADD CONSTRAINT "FK_b874e90955ae0d45ca6fdedb7ae" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_revision" DROP CONSTRAINT "FK_b874e90955ae0d45ca6fdedb7ae"`);
    await queryRunner.query(`ALTER TABLE "service" DROP COLUMN "approved_employment_area_ids"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_service_revision_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5035b7523dcc50e47b9a702a21"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c9d1b401dd22e4379e547d32d1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b874e90955ae0d45ca6fdedb7a"`);
    await queryRunner.query(`DROP TABLE "service_revision"`);
    await queryRunner.query(`DROP TYPE "public"."service_revision_status"`);
  }
}
