import { MigrationInterface, QueryRunner } from 'typeorm';

/** Employer needs: kinds, inclusion, carved-role tasks, skills, languages and the 6T steps. */
export class Needs1795430000000 implements MigrationInterface {
    name = 'Needs1795430000000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."need_kind" AS ENUM('RECRUITMENT', 'COMPETENCE_DEVELOPMENT', 'SUPPORT_AND_ADVICE')`);
        await queryRunner.query(`CREATE TYPE "public"."need_adjustment" AS ENUM('WORKING_TIME', 'PHYSICAL_WORKPLACE', 'WORK_TASKS', 'WORK_ENVIRONMENT', 'LANGUAGE_SUPPORT')`);
        await queryRunner.query(`CREATE TYPE "public"."need_measure" AS ENUM('PAY_SUBSIDY', 'APPRENTICESHIP', 'WORK_TRIAL', 'RECRUITMENT_TRAINING', 'JOB_COACHING')`);
        await queryRunner.query(`CREATE TYPE "public"."need_visibility" AS ENUM('PUBLIC', 'COORDINATORS_AND_PROVIDERS', 'COORDINATORS_ONLY')`);
        await queryRunner.query(`CREATE TYPE "public"."need_stage" AS ENUM('IDENTIFIED', 'SPECIFIED', 'DESCRIBED', 'PACKAGED', 'OFFERED', 'FILLED', 'CLOSED')`);
        await queryRunner.query(`CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by_user_id" uuid, "kinds" "public"."need_kind" array NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "municipality_code" character(3), "remote" boolean NOT NULL DEFAULT false, "positions" smallint NOT NULL DEFAULT '1', "hours_min" smallint, "hours_max" smallint, "part_time_possible" boolean NOT NULL DEFAULT false, "start_date" date, "duration_months" smallint, "occupation_uri" text, "occupation_label" text, "driving_licence" text, "adjustments_offered" "public"."need_adjustment" array NOT NULL DEFAULT '{}', "measures_open_to" "public"."need_measure" array NOT NULL DEFAULT '{}', "open_to_precision_capable" boolean NOT NULL DEFAULT false, "anonymous_recruitment" boolean NOT NULL DEFAULT false, "visibility" "public"."need_visibility" NOT NULL DEFAULT 'COORDINATORS_ONLY', "stage" "public"."need_stage" NOT NULL DEFAULT 'IDENTIFIED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_need_hours" CHECK (hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max), CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_508ea9dec9a1bdce7606fd3908" ON "need" ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_e311f2cf0f9fe4066ed7422212" ON "need" ("municipality_code") `);
        await queryRunner.query(`CREATE INDEX "IDX_ea827d738cce4fab42b36eefb5" ON "need" ("stage") `);
        await queryRunner.query(`CREATE TABLE "need_skill" ("need_id" uuid NOT NULL, "skill_uri" text NOT NULL, "label" text NOT NULL, "required" boolean NOT NULL, CONSTRAINT "PK_297c44cd5e31f73dac18cf51763" PRIMARY KEY ("need_id", "skill_uri"))`);
        await queryRunner.query(`CREATE TYPE "public"."language_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')`);
        await queryRunner.query(`CREATE TABLE "need_language" ("need_id" uuid NOT NULL, "language" text NOT NULL, "level" "public"."language_level" NOT NULL, CONSTRAINT "PK_b9325808f335c3c0543d82ec277" PRIMARY KEY ("need_id", "language"))`);
        await queryRunner.query(`CREATE TYPE "public"."need_task_kind" AS ENUM('CORE', 'SEPARABLE')`);
        await queryRunner.query(`CREATE TABLE "need_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "position" smallint NOT NULL, "title" text NOT NULL, "kind" "public"."need_task_kind" NOT NULL, "physical_strain" smallint NOT NULL, "standing_walking" smallint NOT NULL, "lifting" smallint NOT NULL, "cognitive_load" smallint NOT NULL, "customer_interaction" smallint NOT NULL, "time_pressure" smallint NOT NULL, CONSTRAINT "chk_need_task_levels" CHECK (physical_strain BETWEEN 0 AND 3 AND standing_walking BETWEEN 0 AND 3 AND lifting BETWEEN 0 AND 3 AND cognitive_load BETWEEN 0 AND 3 AND customer_interaction BETWEEN 0 AND 3 AND time_pressure BETWEEN 0 AND 3), CONSTRAINT "PK_e59363a7d3f09f3a54e80b3a008" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a085c494b8fd3db92a6c0ed0ab" ON "need_task" ("need_id") `);
        await queryRunner.query(`CREATE TABLE "need_stage_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "stage" "public"."need_stage" NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "by_user_id" uuid, CONSTRAINT "PK_e9fded620bf71387b0bc7155096" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_174781c6cffaf8a9aa00434fd0" ON "need_stage_event" ("need_id") `);
        await queryRunner.query(`ALTER TABLE "need" ADD CONSTRAINT "FK_508ea9dec9a1bdce7606fd3908c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need" ADD CONSTRAINT "FK_e311f2cf0f9fe4066ed74222120" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_skill" ADD CONSTRAINT "FK_8d6e747aae729e1dd501c6acaf7" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_language" ADD CONSTRAINT "FK_ead7f5cd4b45313320bba5b50c4" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_task" ADD CONSTRAINT "FK_a085c494b8fd3db92a6c0ed0ab0" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_stage_event" ADD CONSTRAINT "FK_174781c6cffaf8a9aa00434fd08" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "need_stage_event" DROP CONSTRAINT "FK_174781c6cffaf8a9aa00434fd08"`);
        await queryRunner.query(`ALTER TABLE "need_task" DROP CONSTRAINT "FK_a085c494b8fd3db92a6c0ed0ab0"`);
        await queryRunner.query(`ALTER TABLE "need_language" DROP CONSTRAINT "FK_ead7f5cd4b45313320bba5b50c4"`);
        await queryRunner.query(`ALTER TABLE "need_skill" DROP CONSTRAINT "FK_8d6e747aae729e1dd501c6acaf7"`);
        await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_e311f2cf0f9fe4066ed74222120"`);
        await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_508ea9dec9a1bdce7606fd3908c"`);
        await queryRunner.query(`DROP TABLE "need_stage_event"`);
        await queryRunner.query(`DROP TABLE "need_task"`);
        await queryRunner.query(`DROP TYPE "public"."need_task_kind"`);
        await queryRunner.query(`DROP TABLE "need_language"`);
        await queryRunner.query(`DROP TYPE "public"."language_level"`);
        await queryRunner.query(`DROP TABLE "need_skill"`);
        await queryRunner.query(`DROP TABLE "need"`);
        await queryRunner.query(`DROP TYPE "public"."need_stage"`);
        await queryRunner.query(`DROP TYPE "public"."need_visibility"`);
        await queryRunner.query(`DROP TYPE "public"."need_measure"`);
        await queryRunner.query(`DROP TYPE "public"."need_adjustment"`);
        await queryRunner.query(`DROP TYPE "public"."need_kind"`);
    }
}
