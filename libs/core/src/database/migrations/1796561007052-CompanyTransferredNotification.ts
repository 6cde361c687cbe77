import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * COMPANY_TRANSFERRED notifications (issue 11, point 6): the staff of both areas hear when a
 * company moves between employment areas. Hand-written like ServiceSubmittedNotification: the
 * down recreates the type from the values it has then, without this one.
 */
export class CompanyTransferredNotification1796561007052 implements MigrationInterface {
  name = 'CompanyTransferredNotification1796561007052';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'COMPANY_TRANSFERRED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "type" = 'COMPANY_TRANSFERRED'`);
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "type" = 'COMPANY_TRANSFERRED'`);
    const rows: { value: string }[] = await queryRunner.query(
      `SELECT e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
        WHERE t.typname = 'notification_type' AND e.enumlabel <> 'COMPANY_TRANSFERRED' ORDER BY e.enumsortorder`,
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
