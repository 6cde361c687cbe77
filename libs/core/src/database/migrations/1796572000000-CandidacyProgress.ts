import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress outcomes of a candidacy (work trial, apprenticeship, training started, pay-subsidised job)
 * are candidate events of kind PROGRESS, each recorded once; a hire keeps whether it relied on a
 * carved role or offered adjustments (a boolean for aggregate indicators only).
 */
export class CandidacyProgress1796572000000 implements MigrationInterface {
  name = 'CandidacyProgress1796572000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate" ADD "hired_into_carved_role" boolean`);
    // Hires made before: what their match explanation tells (no explanation kept: not counted so).
    await queryRunner.query(
      `UPDATE "candidate" c SET "hired_into_carved_role" = coalesce(
          jsonb_array_length(coalesce(m."explanation"->'carvedOutTaskIds', '[]'::jsonb)) > 0
          OR jsonb_array_length(coalesce(m."explanation"->'adjustmentsRelied', '[]'::jsonb)) > 0
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(m."explanation"->'tasks', '[]'::jsonb)) t WHERE t->>'outcome' <> 'WITHIN'), false)
         FROM "match_result" m
        WHERE c."employer_status" = 'HIRED' AND m."need_id" = c."need_id" AND m."profile_id" = c."profile_id"`,
    );
    await queryRunner.query(`UPDATE "candidate" SET "hired_into_carved_role" = false WHERE "employer_status" = 'HIRED' AND "hired_into_carved_role" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_candidate_event_progress" ON "candidate_event" ("candidate_id", "value") WHERE "kind" = 'PROGRESS'`);
    // The indicators count precision-capable fills by this flag now: without a watermark, the next
    // sync rebuilds every need's contributions (applying only the differences).
    await queryRunner.query(`DELETE FROM "insight_sync_state"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_candidate_event_progress"`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "hired_into_carved_role"`);
  }
}
