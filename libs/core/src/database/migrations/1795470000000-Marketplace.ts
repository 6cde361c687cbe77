import { MigrationInterface, QueryRunner } from "typeorm";

export class Marketplace1795470000000 implements MigrationInterface {
    name = 'Marketplace1795470000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."notification_type" AS ENUM('PROPOSAL_RECEIVED', 'PROPOSAL_ANSWERED', 'STRONG_MATCHES', 'SHARE_REQUEST', 'SHARE_REQUEST_REMINDER', 'SERVICE_MODERATED', 'NEED_FORWARDED')`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "type" "public"."notification_type" NOT NULL, "event_key" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "subject" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_notification_event" UNIQUE ("user_id", "event_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_notification_user_created" ON "notification" ("user_id", "created_at") `);
        await queryRunner.query(`CREATE TYPE "public"."notification_channel" AS ENUM('IN_APP', 'EMAIL', 'OFF')`);
        await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "type" "public"."notification_type" NOT NULL, "channel" "public"."notification_channel" NOT NULL, CONSTRAINT "PK_98793ae4db877d281012dc55998" PRIMARY KEY ("user_id", "type"))`);
        await queryRunner.query(`CREATE TYPE "public"."proposal_status" AS ENUM('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
        await queryRunner.query(`CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "service_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "proposed_by_user_id" uuid, "message" text NOT NULL, "price_amount" numeric(12,2), "price_currency" character(3), "price_unit" text, "status" "public"."proposal_status" NOT NULL DEFAULT 'OPEN', "answer_reason" text, "answered_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_proposal_price" CHECK ((price_amount IS NULL) = (price_currency IS NULL) AND (price_amount IS NULL OR price_amount >= 0)), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9e8a6c0a5ffe14c13ef9052416" ON "proposal" ("need_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f82e299d40bfc433d4730ecbf7" ON "proposal" ("service_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_2f495a0eec50a7d6d21c0936f9" ON "proposal" ("provider_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_02db1db1164f68f57ea6ee8d2a" ON "proposal" ("status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_proposal_open" ON "proposal" ("need_id", "service_id") WHERE status = 'OPEN'`);
        await queryRunner.query(`CREATE TABLE "need_forward" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "forwarded_by_user_id" uuid NOT NULL, "message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_need_forward" UNIQUE ("need_id", "provider_id"), CONSTRAINT "PK_5c0348b8cae34438df10ab79bc2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_eaaba5e30baf601cac60c36a6a" ON "need_forward" ("provider_id") `);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD "not_before" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_9e8a6c0a5ffe14c13ef90524167" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_f82e299d40bfc433d4730ecbf74" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_2f495a0eec50a7d6d21c0936f93" FOREIGN KEY ("provider_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_forward" ADD CONSTRAINT "FK_0364db001b59a17345df5cc2872" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_forward" ADD CONSTRAINT "FK_eaaba5e30baf601cac60c36a6ac" FOREIGN KEY ("provider_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "need_forward" DROP CONSTRAINT "FK_eaaba5e30baf601cac60c36a6ac"`);
        await queryRunner.query(`ALTER TABLE "need_forward" DROP CONSTRAINT "FK_0364db001b59a17345df5cc2872"`);
        await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_2f495a0eec50a7d6d21c0936f93"`);
        await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_f82e299d40bfc433d4730ecbf74"`);
        await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_9e8a6c0a5ffe14c13ef90524167"`);
        await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
        await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "not_before"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_eaaba5e30baf601cac60c36a6a"`);
        await queryRunner.query(`DROP TABLE "need_forward"`);
        await queryRunner.query(`DROP INDEX "public"."uq_proposal_open"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_02db1db1164f68f57ea6ee8d2a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2f495a0eec50a7d6d21c0936f9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f82e299d40bfc433d4730ecbf7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9e8a6c0a5ffe14c13ef9052416"`);
        await queryRunner.query(`DROP TABLE "proposal"`);
        await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
        await queryRunner.query(`DROP TABLE "notification_preference"`);
        await queryRunner.query(`DROP TYPE "public"."notification_channel"`);
        await queryRunner.query(`DROP INDEX "public"."idx_notification_user_created"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    }

}
