import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dismissal of an assistant flag can be undone (issue 17). The undo is soft — undone_at is set,
 * the row stays — and every dismiss or undo stamps changed_at, so the indicators' change feed sees
 * both and a dismissed remark stops counting once it is undone. Dismissed remarks are a new
 * indicator: without a watermark, the next sync rebuilds every need's contributions once.
 */
export class AssistantDismissalUndo1796574000000 implements MigrationInterface {
  name = 'AssistantDismissalUndo1796574000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_assistant_dismissal" ADD "undone_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "need_assistant_dismissal" ADD "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`UPDATE "need_assistant_dismissal" SET "changed_at" = "dismissed_at"`);
    await queryRunner.query(`CREATE INDEX "idx_need_assistant_dismissal_changed" ON "need_assistant_dismissal" ("changed_at") `);
    await queryRunner.query(`DELETE FROM "insight_sync_state"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Without the column an undone dismissal would count again: it goes, as the undo meant.
    await queryRunner.query(`DELETE FROM "need_assistant_dismissal" WHERE "undone_at" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."idx_need_assistant_dismissal_changed"`);
    await queryRunner.query(`ALTER TABLE "need_assistant_dismissal" DROP COLUMN "changed_at"`);
    await queryRunner.query(`ALTER TABLE "need_assistant_dismissal" DROP COLUMN "undone_at"`);
    await queryRunner.query(`DELETE FROM "insight_sync_state"`);
  }
}
