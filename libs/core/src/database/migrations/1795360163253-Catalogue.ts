import { MigrationInterface, QueryRunner } from "typeorm";

export class Catalogue1795360163253 implements MigrationInterface {
    name = 'Catalogue1795360163253'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."taxonomy" AS ENUM('SERVICE_CATEGORY', 'TARGET_GROUP')`);
        await queryRunner.query(`CREATE TABLE "taxonomy_term" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "taxonomy" "public"."taxonomy" NOT NULL, "code" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text, "label_en" text, CONSTRAINT "PK_1cad4be872f99cd0a50353dfc8b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_84298a0095da924d9075dabc96" ON "taxonomy_term" ("taxonomy", "code") `);
        await queryRunner.query(`CREATE TYPE "public"."service_status" AS ENUM('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')`);
        await queryRunner.query(`CREATE TYPE "public"."service_audience" AS ENUM('EMPLOYERS', 'JOBSEEKERS', 'BOTH')`);
        await queryRunner.query(`CREATE TYPE "public"."service_delivery_mode" AS ENUM('ON_SITE', 'REMOTE', 'HYBRID')`);
        await queryRunner.query(`CREATE TABLE "service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "status" "public"."service_status" NOT NULL DEFAULT 'DRAFT', "name_fi" text NOT NULL, "name_sv" text, "name_en" text, "summary_fi" text NOT NULL, "summary_sv" text, "summary_en" text, "description_fi" text NOT NULL, "description_sv" text, "description_en" text, "audience" "public"."service_audience" NOT NULL, "delivery_mode" "public"."service_delivery_mode" NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "is_national" boolean NOT NULL DEFAULT false, "is_free" boolean NOT NULL DEFAULT true, "eligibility_fi" text, "minimum_age" smallint, "maximum_age" smallint, "how_to_take_part_fi" text, "capacity" integer, "schedule_fi" text, "url" text, "email" text, "phone" text, "rejection_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85a21558c006647cd76fdce044b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6985608d88bcd9af04633bc97e" ON "service" ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_d19fe5f19e3783cc49144b2051" ON "service" ("status") `);
        await queryRunner.query(`CREATE TABLE "service_taxonomy_term" ("service_id" uuid NOT NULL, "taxonomy_term_id" uuid NOT NULL, CONSTRAINT "PK_ef5a22e94a9aa718370e9678ade" PRIMARY KEY ("service_id", "taxonomy_term_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_89330cad81607aea9ee281b449" ON "service_taxonomy_term" ("taxonomy_term_id") `);
        await queryRunner.query(`CREATE TABLE "service_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "employment_area_id" uuid, "municipality_code" character(3), CONSTRAINT "chk_service_area_one_target" CHECK ((employment_area_id IS NULL) <> (municipality_code IS NULL)), CONSTRAINT "PK_9daeb85378e2c59f1d2e68665cb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_435b344896575ed8f43ae11172" ON "service_area" ("service_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_d3e82f459776b02de35b2c3198" ON "service_area" ("employment_area_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f17724407c4da8ca2bb3405d6c" ON "service_area" ("municipality_code") `);
        await queryRunner.query(`CREATE TABLE "service_location" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "name" text, "street_address" text NOT NULL, "postal_code" character(5) NOT NULL, "municipality_code" character(3) NOT NULL, "latitude" double precision, "longitude" double precision, "accessibility_fi" text, CONSTRAINT "PK_266d99817ae218f072be6a6c831" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b7efd2ff01a36ffb61e09191c7" ON "service_location" ("service_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_931a574880f72941e9b8bb92a5" ON "service_location" ("municipality_code") `);
        await queryRunner.query(`CREATE TABLE "service_cost_option" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "amount" numeric(12,2), "currency" character(3), "unit" text, "description_fi" text, CONSTRAINT "chk_service_cost_option_amount" CHECK (amount IS NULL OR (amount >= 0 AND currency IS NOT NULL)), CONSTRAINT "PK_b3cdffcc51375245e9b3a32e398" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_37a2316722e54d20ad85e5d6a3" ON "service_cost_option" ("service_id") `);
        await queryRunner.query(`CREATE TABLE "service_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "action_type" text NOT NULL, "field_name" text NOT NULL, "previous_value" jsonb, "new_value" jsonb, "changed_by_user_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e46f671a758e857060e6eabbcf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_be6ef4081a9cfb84f5bcad9ebe" ON "service_change" ("service_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_49e1e5a36e75f27a85d15656b6" ON "service_change" ("changed_by_user_id") `);
        await queryRunner.query(`ALTER TABLE "organization" ADD "email" text`);
        await queryRunner.query(`ALTER TABLE "organization" ADD "phone" text`);
        await queryRunner.query(`ALTER TABLE "service" ADD CONSTRAINT "FK_6985608d88bcd9af04633bc97ed" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_taxonomy_term" ADD CONSTRAINT "FK_9f690079052d3abdddd5722c6a6" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_taxonomy_term" ADD CONSTRAINT "FK_89330cad81607aea9ee281b449e" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_area" ADD CONSTRAINT "FK_435b344896575ed8f43ae11172a" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_area" ADD CONSTRAINT "FK_d3e82f459776b02de35b2c31984" FOREIGN KEY ("employment_area_id") REFERENCES "employment_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_area" ADD CONSTRAINT "FK_f17724407c4da8ca2bb3405d6cf" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_location" ADD CONSTRAINT "FK_b7efd2ff01a36ffb61e09191c72" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_location" ADD CONSTRAINT "FK_931a574880f72941e9b8bb92a5e" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_cost_option" ADD CONSTRAINT "FK_37a2316722e54d20ad85e5d6a3c" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_change" ADD CONSTRAINT "FK_be6ef4081a9cfb84f5bcad9ebec" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Reference terms from DOMAIN.md; platform admins add more through createTaxonomyTerm.
        await queryRunner.query(`INSERT INTO "taxonomy_term" ("taxonomy", "code", "label_fi", "label_sv", "label_en") VALUES
          ('SERVICE_CATEGORY', 'RECRUITMENT_SERVICES', 'Rekrytointipalvelut', 'Rekryteringstjänster', 'Recruitment help'),
          ('SERVICE_CATEGORY', 'RECRUITMENT_TRAINING', 'Rekrytointikoulutus', 'Rekryteringsutbildning', 'Training that ends in hiring'),
          ('SERVICE_CATEGORY', 'LABOUR_MARKET_TRAINING', 'Työvoimakoulutus', 'Arbetskraftsutbildning', 'Labour-market training'),
          ('SERVICE_CATEGORY', 'APPRENTICESHIP', 'Oppisopimuskoulutus', 'Läroavtalsutbildning', 'Apprenticeship'),
          ('SERVICE_CATEGORY', 'PAY_SUBSIDY', 'Palkkatuki', 'Lönesubvention', 'Pay subsidy'),
          ('SERVICE_CATEGORY', 'WORK_TRIAL', 'Työkokeilu', 'Arbetsprövning', 'Work trial'),
          ('SERVICE_CATEGORY', 'JOB_COACHING', 'Työhönvalmennus, IPS', 'Jobbcoachning, IPS', 'Job coaching, supported employment'),
          ('SERVICE_CATEGORY', 'REHABILITATIVE_WORK', 'Kuntouttava työtoiminta', 'Arbetsverksamhet i rehabiliteringssyfte', 'Rehabilitative work activity'),
          ('SERVICE_CATEGORY', 'WORKSHOP', 'Työpajatoiminta', 'Verkstadsverksamhet', 'Workshop activity'),
          ('SERVICE_CATEGORY', 'SKILLS_RECOGNITION', 'Osaamisen tunnistaminen', 'Identifiering av kompetens', 'Skills recognition'),
          ('SERVICE_CATEGORY', 'STAFF_DEVELOPMENT', 'Henkilöstön osaamisen kehittäminen', 'Utveckling av personalens kompetens', 'Staff competence development'),
          ('SERVICE_CATEGORY', 'ON_THE_JOB_LEARNING', 'Työssä oppiminen, opinnollistaminen', 'Lärande i arbetet', 'On-the-job learning'),
          ('SERVICE_CATEGORY', 'ACCOMMODATION_ADVICE', 'Kohtuulliset mukautukset', 'Skäliga anpassningsåtgärder', 'Reasonable accommodations'),
          ('SERVICE_CATEGORY', 'INCLUSIVE_RECRUITMENT_ADVICE', 'Monimuotoinen ja anonyymi rekrytointi', 'Mångfaldig och anonym rekrytering', 'Diverse and anonymous recruitment'),
          ('SERVICE_CATEGORY', 'ENTREPRENEURSHIP_ADVICE', 'Yrittäjyysneuvonta', 'Företagsrådgivning', 'Entrepreneurship advice'),
          ('SERVICE_CATEGORY', 'INTEGRATION_SERVICES', 'Kotoutumispalvelut', 'Integrationstjänster', 'Integration and language'),
          ('SERVICE_CATEGORY', 'CAREER_GUIDANCE', 'Uraohjaus', 'Karriärvägledning', 'Career guidance'),
          ('SERVICE_CATEGORY', 'WORK_ABILITY_SUPPORT', 'Työkyvyn tuki', 'Stöd för arbetsförmågan', 'Work-ability support'),
          ('SERVICE_CATEGORY', 'EMPLOYMENT_VIA_PROCUREMENT', 'Hankinnoilla työllistäminen', 'Sysselsättning genom upphandling', 'Employment through procurement'),
          ('TARGET_GROUP', 'PARTIAL_WORK_ABILITY', 'Osatyökykyiset', 'Personer med partiell arbetsförmåga', 'People with partial work ability'),
          ('TARGET_GROUP', 'DISABLED', 'Vammaiset', 'Personer med funktionsnedsättning', 'People with disabilities'),
          ('TARGET_GROUP', 'LONG_TERM_UNEMPLOYED', 'Pitkäaikaistyöttömät', 'Långtidsarbetslösa', 'Long-term unemployed'),
          ('TARGET_GROUP', 'YOUNG', 'Nuoret', 'Unga', 'Young people'),
          ('TARGET_GROUP', 'OLDER', 'Ikääntyneet', 'Äldre', 'Older people'),
          ('TARGET_GROUP', 'IMMIGRANTS', 'Maahanmuuttajat', 'Invandrare', 'Immigrants'),
          ('TARGET_GROUP', 'LOW_EDUCATION', 'Perusasteen varassa olevat', 'Personer med endast grundläggande utbildning', 'People with basic education only'),
          ('TARGET_GROUP', 'LEARNING_DIFFICULTIES', 'Oppimisvaikeuksiset', 'Personer med inlärningssvårigheter', 'People with learning difficulties')
          ON CONFLICT DO NOTHING`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "service_change" DROP CONSTRAINT "FK_be6ef4081a9cfb84f5bcad9ebec"`);
        await queryRunner.query(`ALTER TABLE "service_cost_option" DROP CONSTRAINT "FK_37a2316722e54d20ad85e5d6a3c"`);
        await queryRunner.query(`ALTER TABLE "service_location" DROP CONSTRAINT "FK_931a574880f72941e9b8bb92a5e"`);
        await queryRunner.query(`ALTER TABLE "service_location" DROP CONSTRAINT "FK_b7efd2ff01a36ffb61e09191c72"`);
        await queryRunner.query(`ALTER TABLE "service_area" DROP CONSTRAINT "FK_f17724407c4da8ca2bb3405d6cf"`);
        await queryRunner.query(`ALTER TABLE "service_area" DROP CONSTRAINT "FK_d3e82f459776b02de35b2c31984"`);
        await queryRunner.query(`ALTER TABLE "service_area" DROP CONSTRAINT "FK_435b344896575ed8f43ae11172a"`);
        await queryRunner.query(`ALTER TABLE "service_taxonomy_term" DROP CONSTRAINT "FK_89330cad81607aea9ee281b449e"`);
        await queryRunner.query(`ALTER TABLE "service_taxonomy_term" DROP CONSTRAINT "FK_9f690079052d3abdddd5722c6a6"`);
        await queryRunner.query(`ALTER TABLE "service" DROP CONSTRAINT "FK_6985608d88bcd9af04633bc97ed"`);
        await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "phone"`);
        await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "email"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_49e1e5a36e75f27a85d15656b6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_be6ef4081a9cfb84f5bcad9ebe"`);
        await queryRunner.query(`DROP TABLE "service_change"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_37a2316722e54d20ad85e5d6a3"`);
        await queryRunner.query(`DROP TABLE "service_cost_option"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_931a574880f72941e9b8bb92a5"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b7efd2ff01a36ffb61e09191c7"`);
        await queryRunner.query(`DROP TABLE "service_location"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f17724407c4da8ca2bb3405d6c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d3e82f459776b02de35b2c3198"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_435b344896575ed8f43ae11172"`);
        await queryRunner.query(`DROP TABLE "service_area"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_89330cad81607aea9ee281b449"`);
        await queryRunner.query(`DROP TABLE "service_taxonomy_term"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d19fe5f19e3783cc49144b2051"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6985608d88bcd9af04633bc97e"`);
        await queryRunner.query(`DROP TABLE "service"`);
        await queryRunner.query(`DROP TYPE "public"."service_delivery_mode"`);
        await queryRunner.query(`DROP TYPE "public"."service_audience"`);
        await queryRunner.query(`DROP TYPE "public"."service_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_84298a0095da924d9075dabc96"`);
        await queryRunner.query(`DROP TABLE "taxonomy_term"`);
        await queryRunner.query(`DROP TYPE "public"."taxonomy"`);
    }

}
