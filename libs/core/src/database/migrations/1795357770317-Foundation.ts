import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795357770317 implements MigrationInterface {
    name = 'Foundation1795357770317'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "outbox_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "queue" text NOT NULL, "job_name" text NOT NULL, "payload" jsonb NOT NULL, "dedupe_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "dispatch_attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_outbox_event_pending" ON "outbox_event" ("created_at") WHERE dispatched_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "wellbeing_county" ("code" text NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "name_en" text NOT NULL, "is_wellbeing_services_county" boolean NOT NULL, CONSTRAINT "PK_a6ac0311925a08954d2507226e8" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "region" ("code" text NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "municipality" ("code" character(3) NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "region_code" text NOT NULL, "wellbeing_county_code" text, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8e5e4911d4ff174be8c2e71a90" ON "municipality" ("region_code") `);
        await queryRunner.query(`CREATE INDEX "IDX_31431f0888757fdbda188d4b14" ON "municipality" ("wellbeing_county_code") `);
        await queryRunner.query(`CREATE TABLE "postal_code" ("code" character(5) NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "municipality_code" character(3) NOT NULL, CONSTRAINT "PK_182672e5552a8a5a1d0738a57c3" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5a5481646340785150da9551e3" ON "postal_code" ("municipality_code") `);
        await queryRunner.query(`CREATE TYPE "public"."employment_area_model" AS ENUM('SINGLE_MUNICIPALITY', 'HOST_MUNICIPALITY', 'JOINT_MUNICIPAL_AUTHORITY')`);
        await queryRunner.query(`CREATE TABLE "employment_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name_fi" text NOT NULL, "name_sv" text, "model" "public"."employment_area_model" NOT NULL, "lead_municipality_code" character(3), "members_complete" boolean NOT NULL DEFAULT false, "source" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_5c46f7c2e9ea51fcf85b515daf3" UNIQUE ("code"), CONSTRAINT "PK_44f46266b6edd34fabd1ac0e584" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "employment_area_municipality" ("municipality_code" character(3) NOT NULL, "employment_area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_296c4866d1bbd6e3fd6e5d17346" PRIMARY KEY ("municipality_code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b3b670a453fc0666c29fb705cf" ON "employment_area_municipality" ("employment_area_id") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "auth_issuer" text, "auth_subject" text, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dbe0e50d4a2e042c51589f781f" ON "app_user" ("auth_issuer", "auth_subject") WHERE auth_subject IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."organization_sector" AS ENUM('PUBLIC', 'PRIVATE', 'THIRD_SECTOR')`);
        await queryRunner.query(`CREATE TYPE "public"."organization_type" AS ENUM('MUNICIPALITY', 'EMPLOYMENT_AREA', 'WELLBEING_COUNTY', 'STATE_AGENCY', 'EDUCATIONAL_INSTITUTION', 'ASSOCIATION', 'FOUNDATION', 'SOCIAL_ENTERPRISE', 'COMPANY', 'COOPERATIVE', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "sector" "public"."organization_sector" NOT NULL, "type" "public"."organization_type" NOT NULL, "business_id" character varying(9), "website" text, "home_municipality_code" character(3), "employment_area_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c99f8e189c02e7d69b9c9067bf" ON "organization" ("business_id") WHERE business_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_3286e9bba6250dc86beae7fde4" ON "organization" ("home_municipality_code") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_00d6b189f1ca9e3984035c9b7b" ON "organization" ("employment_area_id") WHERE employment_area_id IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('EMPLOYER_USER', 'PROVIDER_USER', 'COORDINATOR', 'AREA_ADMIN', 'PLATFORM_ADMIN', 'JOBSEEKER')`);
        await queryRunner.query(`CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid, "role" "public"."membership_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e9c72e8d29784031c96f5c6af8" ON "membership" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_412ffe9391a352e8a4e3dc46f6" ON "membership" ("organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_user_org_role" ON "membership" ("user_id", "organization_id", "role") NULLS NOT DISTINCT`);
        await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "FK_8e5e4911d4ff174be8c2e71a90c" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "FK_31431f0888757fdbda188d4b140" FOREIGN KEY ("wellbeing_county_code") REFERENCES "wellbeing_county"("code") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "postal_code" ADD CONSTRAINT "FK_5a5481646340785150da9551e37" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employment_area" ADD CONSTRAINT "FK_25e9de95cc19cb93932a1551605" FOREIGN KEY ("lead_municipality_code") REFERENCES "municipality"("code") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employment_area_municipality" ADD CONSTRAINT "FK_296c4866d1bbd6e3fd6e5d17346" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employment_area_municipality" ADD CONSTRAINT "FK_b3b670a453fc0666c29fb705cfd" FOREIGN KEY ("employment_area_id") REFERENCES "employment_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "FK_3286e9bba6250dc86beae7fde4a" FOREIGN KEY ("home_municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "FK_de366f466809855e451ad464839" FOREIGN KEY ("employment_area_id") REFERENCES "employment_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Every committed outbox row wakes the relay at once; NOTIFY is only delivered on commit,
        // so a rolled-back write never wakes it.
        await queryRunner.query(`CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('outbox_event', ''); RETURN NULL; END $$`);
        await queryRunner.query(`CREATE TRIGGER outbox_event_notify AFTER INSERT ON "outbox_event" FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()`);
        await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "chk_membership_organization" CHECK (organization_id IS NOT NULL OR role = 'JOBSEEKER')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "chk_membership_organization"`);
        await queryRunner.query(`DROP TRIGGER outbox_event_notify ON "outbox_event"`);
        await queryRunner.query(`DROP FUNCTION outbox_event_notify()`);
        await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
        await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
        await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_de366f466809855e451ad464839"`);
        await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_3286e9bba6250dc86beae7fde4a"`);
        await queryRunner.query(`ALTER TABLE "employment_area_municipality" DROP CONSTRAINT "FK_b3b670a453fc0666c29fb705cfd"`);
        await queryRunner.query(`ALTER TABLE "employment_area_municipality" DROP CONSTRAINT "FK_296c4866d1bbd6e3fd6e5d17346"`);
        await queryRunner.query(`ALTER TABLE "employment_area" DROP CONSTRAINT "FK_25e9de95cc19cb93932a1551605"`);
        await queryRunner.query(`ALTER TABLE "postal_code" DROP CONSTRAINT "FK_5a5481646340785150da9551e37"`);
        await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "FK_31431f0888757fdbda188d4b140"`);
        await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "FK_8e5e4911d4ff174be8c2e71a90c"`);
        await queryRunner.query(`DROP INDEX "public"."uq_membership_user_org_role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_412ffe9391a352e8a4e3dc46f6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e9c72e8d29784031c96f5c6af8"`);
        await queryRunner.query(`DROP TABLE "membership"`);
        await queryRunner.query(`DROP TYPE "public"."membership_role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_00d6b189f1ca9e3984035c9b7b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3286e9bba6250dc86beae7fde4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c99f8e189c02e7d69b9c9067bf"`);
        await queryRunner.query(`DROP TABLE "organization"`);
        await queryRunner.query(`DROP TYPE "public"."organization_type"`);
        await queryRunner.query(`DROP TYPE "public"."organization_sector"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dbe0e50d4a2e042c51589f781f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b3b670a453fc0666c29fb705cf"`);
        await queryRunner.query(`DROP TABLE "employment_area_municipality"`);
        await queryRunner.query(`DROP TABLE "employment_area"`);
        await queryRunner.query(`DROP TYPE "public"."employment_area_model"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5a5481646340785150da9551e3"`);
        await queryRunner.query(`DROP TABLE "postal_code"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_31431f0888757fdbda188d4b14"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8e5e4911d4ff174be8c2e71a90"`);
        await queryRunner.query(`DROP TABLE "municipality"`);
        await queryRunner.query(`DROP TABLE "region"`);
        await queryRunner.query(`DROP TABLE "wellbeing_county"`);
        await queryRunner.query(`DROP INDEX "public"."idx_outbox_event_pending"`);
        await queryRunner.query(`DROP TABLE "outbox_event"`);
    }

}
