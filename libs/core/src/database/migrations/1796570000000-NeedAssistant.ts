import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inclusive-need assistant (issue 17): its flags on each need as last saved, and the flags
 * employers dismissed with their reasons (kept for the indicators). The unique key (need_id,
 * code, subject) also serves look-ups by need.
 */
export class NeedAssistant1796570000000 implements MigrationInterface {
  name = 'NeedAssistant1796570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "need_assistant_result" ("need_id" uuid NOT NULL, "flags" jsonb NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a7399d12b58faecf71deb28db9d" PRIMARY KEY ("need_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "need_assistant_dismissal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "code" text NOT NULL, "subject" text NOT NULL, "reason" text NOT NULL, "dismissed_by_user_id" uuid, "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_need_assistant_dismissal" UNIQUE ("need_id", "code", "subject"), CONSTRAINT "PK_079e382d392b4b5c7296a6a4e02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_need_assistant_dismissal_at" ON "need_assistant_dismissal" ("dismissed_at") `);
    await queryRunner.query(
      `ALTER TABLE "need_assistant_result" ADD CONSTRAINT "FK_a7399d12b58faecf71deb28db9d" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_assistant_dismissal" ADD CONSTRAINT "FK_2af259c5844c418af1152f48971" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_assistant_dismissal" DROP CONSTRAINT "FK_2af259c5844c418af1152f48971"`);
    await queryRunner.query(`ALTER TABLE "need_assistant_result" DROP CONSTRAINT "FK_a7399d12b58faecf71deb28db9d"`);
    await queryRunner.query(`DROP INDEX "public"."idx_need_assistant_dismissal_at"`);
    await queryRunner.query(`DROP TABLE "need_assistant_dismissal"`);
    await queryRunner.query(`DROP TABLE "need_assistant_result"`);
  }
}
