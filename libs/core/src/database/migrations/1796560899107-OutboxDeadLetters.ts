import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reliability under faults (issue 11, point 15): the relay claims outbox rows with a short lease
 * instead of holding row locks while it talks to Redis, and a row that BullMQ keeps refusing
 * becomes a dead letter after OUTBOX_MAX_ATTEMPTS instead of stalling the relay.
 */
export class OutboxDeadLetters1796560899107 implements MigrationInterface {
    name = 'OutboxDeadLetters1796560899107'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_outbox_event_pending"`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD "claimed_until" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD "dead_lettered_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "idx_outbox_event_pending" ON "outbox_event" ("created_at") WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "idx_outbox_event_dead_letter" ON "outbox_event" ("dead_lettered_at") WHERE dead_lettered_at IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_outbox_event_dead_letter"`);
        await queryRunner.query(`DROP INDEX "public"."idx_outbox_event_pending"`);
        await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "dead_lettered_at"`);
        await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "claimed_until"`);
        await queryRunner.query(`CREATE INDEX "idx_outbox_event_pending" ON "outbox_event" ("created_at") WHERE dispatched_at IS NULL`);
    }
}
