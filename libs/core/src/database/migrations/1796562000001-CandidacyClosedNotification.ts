import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CANDIDACY_CLOSED notifications: the jobseeker hears when a candidacy they knew of ends by
 * someone else's act (not selected, hired, need filled or closed, request expired). Hand-written like ServiceSubmittedNotification: the
 * down recreates the type from the values it has then, without this one.
 */
export class CandidacyClosedNotification1796562000001 implements MigrationInterface {
  name = 'CandidacyClosedNotification1796562000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'CANDIDACY_CLOSED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "type" = 'CANDIDACY_CLOSED'`);
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "type" = 'CANDIDACY_CLOSED'`);
    const rows: { value: string }[] = await queryRunner.query(
      `SELECT e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
        WHERE t.typname = 'notification_type' AND e.enumlabel <> 'CANDIDACY_CLOSED' ORDER BY e.enumsortorder`,
    );
    const values = rows.map((row) => `'${row.value}'`).join(', ');
    await queryRunner.query(`ALTER TYPE "public"."notification_type" RENAME TO "notification_type_old"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_type" AS ENUM(${values})`);
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "type" TYPE "public"."notification_type" USING "type"::text::"public"."notification_type"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ALTER COLUMN "type" TYPE "public"."notification_type" USING "type"::text::"public"."notification_type"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_type_old"`);
  }
}
