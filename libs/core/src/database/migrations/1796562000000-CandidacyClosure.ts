import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closure for every candidate: when and how a candidacy ended, with the reason the coordinator or
 * employer gave. Open candidacies that already ended under the earlier rules (a share request
 * declined, expired, cancelled or revoked as their latest; a MATCHING withdrawal; an employer's
 * NOT_SELECTED or HIRED; a need already filled or closed) are closed as of now, without notices.
 */
export class CandidacyClosure1796562000000 implements MigrationInterface {
  name = 'CandidacyClosure1796562000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."candidacy_outcome" AS ENUM('DECLINED', 'EXPIRED', 'CANCELLED', 'REVOKED', 'WITHDRAWN', 'NOT_SELECTED', 'HIRED', 'NEED_FILLED', 'NEED_CLOSED')`,
    );
    await queryRunner.query(`ALTER TABLE "candidate" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "candidate" ADD "closure_outcome" "public"."candidacy_outcome"`);
    await queryRunner.query(`ALTER TABLE "candidate" ADD "closure_reason" character varying(300)`);
    // The awaiting-closure report reads open candidacies only.
    await queryRunner.query(`CREATE INDEX "idx_candidate_open" ON "candidate" ("need_id") WHERE "closed_at" IS NULL AND "withdrawn_at" IS NULL`);
    await queryRunner.query(
      `UPDATE "candidate" c SET "closed_at" = now(), "closure_outcome" = 'WITHDRAWN' WHERE c."withdrawn_at" IS NOT NULL AND c."closed_at" IS NULL`,
    );
    await queryRunner.query(
      `UPDATE "candidate" c SET "closed_at" = now(), "closure_outcome" = c."employer_status"::text::"public"."candidacy_outcome"
        WHERE c."closed_at" IS NULL AND c."employer_status" IN ('NOT_SELECTED', 'HIRED')`,
    );
    await queryRunner.query(
      `UPDATE "candidate" c SET "closed_at" = now(), "closure_outcome" = CASE n."stage" WHEN 'FILLED' THEN 'NEED_FILLED'::"public"."candidacy_outcome" ELSE 'NEED_CLOSED'::"public"."candidacy_outcome" END
         FROM "need" n WHERE n."id" = c."need_id" AND c."closed_at" IS NULL AND n."stage" IN ('FILLED', 'CLOSED')`,
    );
    await queryRunner.query(
      `UPDATE "candidate" c SET "closed_at" = now(), "closure_outcome" = s."status"::text::"public"."candidacy_outcome"
         FROM (SELECT DISTINCT ON ("candidate_id") "candidate_id", "status" FROM "share_request" ORDER BY "candidate_id", "requested_at" DESC) s
        WHERE s."candidate_id" = c."id" AND c."closed_at" IS NULL AND s."status" IN ('DECLINED', 'EXPIRED', 'CANCELLED', 'REVOKED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_candidate_open"`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "closure_reason"`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "closure_outcome"`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "closed_at"`);
    await queryRunner.query(`DROP TYPE "public"."candidacy_outcome"`);
  }
}
