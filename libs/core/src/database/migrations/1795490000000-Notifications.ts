import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Strong-match digests (libs/notifications): which (need, profile) pairs coordinators have already
 * heard of, and when each need's last digest was made (at most one per need per hour).
 */
export class Notifications1795490000000 implements MigrationInterface {
  name = 'Notifications1795490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "strong_match_digest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "match_count" integer NOT NULL, "best_score" real NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6413c1e4e82a255a24919ad8b38" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_strong_match_digest_need_created" ON "strong_match_digest" ("need_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "strong_match_announcement" ("need_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "digest_id" uuid NOT NULL, "score" real NOT NULL, CONSTRAINT "PK_cbc3944c563f29e8f05e7705dc6" PRIMARY KEY ("need_id", "profile_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_99a07bb83bb696c3467077f70f" ON "strong_match_announcement" ("profile_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e9e2e924f97b4616fca64ce98" ON "strong_match_announcement" ("digest_id") `);
    await queryRunner.query(`ALTER TABLE "strong_match_digest" ADD CONSTRAINT "FK_2f9be816a80844014957daf1bd9" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strong_match_announcement" ADD CONSTRAINT "FK_677aa88acd1e0bcdb9d9161ba33" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strong_match_announcement" ADD CONSTRAINT "FK_99a07bb83bb696c3467077f70f7" FOREIGN KEY ("profile_id") REFERENCES "jobseeker_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strong_match_announcement" ADD CONSTRAINT "FK_5e9e2e924f97b4616fca64ce98b" FOREIGN KEY ("digest_id") REFERENCES "strong_match_digest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strong_match_announcement" DROP CONSTRAINT "FK_5e9e2e924f97b4616fca64ce98b"`);
    await queryRunner.query(`ALTER TABLE "strong_match_announcement" DROP CONSTRAINT "FK_99a07bb83bb696c3467077f70f7"`);
    await queryRunner.query(`ALTER TABLE "strong_match_announcement" DROP CONSTRAINT "FK_677aa88acd1e0bcdb9d9161ba33"`);
    await queryRunner.query(`ALTER TABLE "strong_match_digest" DROP CONSTRAINT "FK_2f9be816a80844014957daf1bd9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e9e2e924f97b4616fca64ce98"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99a07bb83bb696c3467077f70f"`);
    await queryRunner.query(`DROP TABLE "strong_match_announcement"`);
    await queryRunner.query(`DROP INDEX "public"."idx_strong_match_digest_need_created"`);
    await queryRunner.query(`DROP TABLE "strong_match_digest"`);
  }
}
