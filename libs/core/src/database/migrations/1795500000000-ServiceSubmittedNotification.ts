import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SERVICE_SUBMITTED notifications (libs/notifications): moderators hear of services waiting for
 * them. Hand-written: PostgreSQL adds an enum value in place but cannot drop one, so the down
 * recreates the type without it, deleting the notifications and preferences that use it.
 */
export class ServiceSubmittedNotification1795500000000 implements MigrationInterface {
  name = 'ServiceSubmittedNotification1795500000000';

  // ADD VALUE runs inside a transaction since PostgreSQL 12; only using the new value in the same
  // transaction would fail, and nothing here does. So the migration keeps its transaction.

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'SERVICE_SUBMITTED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "type" = 'SERVICE_SUBMITTED'`);
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "type" = 'SERVICE_SUBMITTED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" RENAME TO "notification_type_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_type" AS ENUM('PROPOSAL_RECEIVED', 'PROPOSAL_ANSWERED', 'STRONG_MATCHES', 'SHARE_REQUEST', 'SHARE_REQUEST_REMINDER', 'SERVICE_MODERATED', 'NEED_FORWARDED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "type" TYPE "public"."notification_type" USING "type"::text::"public"."notification_type"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ALTER COLUMN "type" TYPE "public"."notification_type" USING "type"::text::"public"."notification_type"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_type_old"`);
  }
}
