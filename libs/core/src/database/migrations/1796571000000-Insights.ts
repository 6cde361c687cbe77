import { MigrationInterface, QueryRunner } from 'typeorm';

/** The indicators' summary tables (libs/insights): the cells, each need's last contribution, the change feed's watermark. */
export class Insights1796571000000 implements MigrationInterface {
  name = 'Insights1796571000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "insight_sync_state" ("name" text NOT NULL, "watermark" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3afc0c89e3ed02fea8fcb93a8af" PRIMARY KEY ("name"))`);
    await queryRunner.query(`CREATE TABLE "insight_need_state" ("need_id" uuid NOT NULL, "contributions" jsonb NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_deb09f696888d96c3e1ecef2f8f" PRIMARY KEY ("need_id"))`);
    await queryRunner.query(`CREATE TABLE "insight_cell" ("area_id" uuid NOT NULL, "municipality_code" text NOT NULL, "month" date NOT NULL, "metric" text NOT NULL, "dimension" text NOT NULL, "count" integer NOT NULL, "total_hours" double precision NOT NULL DEFAULT '0', CONSTRAINT "PK_556a94bad2280e92bd8bd86c62c" PRIMARY KEY ("area_id", "municipality_code", "month", "metric", "dimension"))`);
    await queryRunner.query(`CREATE INDEX "idx_insight_cell_month_metric" ON "insight_cell" ("month", "metric") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_insight_cell_month_metric"`);
    await queryRunner.query(`DROP TABLE "insight_cell"`);
    await queryRunner.query(`DROP TABLE "insight_need_state"`);
    await queryRunner.query(`DROP TABLE "insight_sync_state"`);
  }
}
