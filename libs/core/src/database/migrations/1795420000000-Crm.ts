import { MigrationInterface, QueryRunner } from "typeorm";

export class Crm1795420000000 implements MigrationInterface {
    name = 'Crm1795420000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "action" text NOT NULL, "resource_type" text NOT NULL, "resource_id" text, "organization_id" uuid, "employment_area_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_audit_event_at" ON "audit_event" ("at") `);
        await queryRunner.query(`CREATE INDEX "idx_audit_event_resource" ON "audit_event" ("resource_id") `);
        await queryRunner.query(`CREATE INDEX "idx_audit_event_actor_at" ON "audit_event" ("actor_user_id", "at") `);
        await queryRunner.query(`CREATE INDEX "idx_audit_event_area_at" ON "audit_event" ("employment_area_id", "at") `);
        await queryRunner.query(`CREATE INDEX "idx_audit_event_organization_at" ON "audit_event" ("organization_id", "at") `);
        await queryRunner.query(`CREATE TABLE "company_contact_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "title" text, "email" text, "phone" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9296ecafb59128b9d4a8bcf6550" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_13625d181dd6e9a6d97c931e2d" ON "company_contact_person" ("organization_id") `);
        await queryRunner.query(`CREATE TYPE "public"."company_interaction_kind" AS ENUM('VISIT', 'CALL', 'EMAIL', 'EVENT')`);
        await queryRunner.query(`CREATE TYPE "public"."company_interaction_visibility" AS ENUM('AREA_ONLY', 'SHARED')`);
        await queryRunner.query(`CREATE TABLE "company_interaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" "public"."company_interaction_kind" NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "summary" text NOT NULL, "outcome" text, "next_step" text, "visibility" "public"."company_interaction_visibility" NOT NULL, "author_user_id" uuid, "author_employment_area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_241cf7fae9401ed047dc439b2ca" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_36ae082465e6f7761aed7bcfb7" ON "company_interaction" ("author_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_1e150c622469ba3c345789e5c3" ON "company_interaction" ("author_employment_area_id") `);
        await queryRunner.query(`CREATE INDEX "idx_company_interaction_company_occurred" ON "company_interaction" ("organization_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "company_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "assignee_user_id" uuid NOT NULL, "created_by_user_id" uuid, "done" boolean NOT NULL DEFAULT false, "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b2477e2d14ab43cad3822c3d6a8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9793022341fda8d94a61ec96f7" ON "company_task" ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a6f1537586f22d74929069a90b" ON "company_task" ("created_by_user_id") `);
        await queryRunner.query(`CREATE INDEX "idx_company_task_assignee_due" ON "company_task" ("assignee_user_id", "done", "due_at") `);
        await queryRunner.query(`CREATE TYPE "public"."company_size_class" AS ENUM('MICRO_1_9', 'SMALL_10_49', 'MEDIUM_50_249', 'LARGE_250_PLUS')`);
        await queryRunner.query(`CREATE TABLE "company_profile" ("organization_id" uuid NOT NULL, "industry_section" character(1) NOT NULL, "industry_code" character varying(6), "size_class" "public"."company_size_class" NOT NULL, "home_municipality_code" character(3) NOT NULL, "home_employment_area_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_company_profile_industry_code" CHECK (industry_code IS NULL OR industry_code ~ '^[0-9]{2}([.][0-9]{1,3})?$'), CONSTRAINT "chk_company_profile_industry_section" CHECK (industry_section ~ '^[A-U]$'), CONSTRAINT "PK_0ecb736fbd06448e18be828a849" PRIMARY KEY ("organization_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_de6303f5316ade3eb11759a748" ON "company_profile" ("home_municipality_code") `);
        await queryRunner.query(`CREATE INDEX "IDX_c292ec3a51e3aaa55a42b9a7ee" ON "company_profile" ("home_employment_area_id") `);
        await queryRunner.query(`CREATE TABLE "company_operating_municipality" ("organization_id" uuid NOT NULL, "municipality_code" character(3) NOT NULL, CONSTRAINT "PK_4c12c1831f6ca8b88da7452af6e" PRIMARY KEY ("organization_id", "municipality_code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0cd3d59eba1301e541c346a48d" ON "company_operating_municipality" ("municipality_code") `);
        await queryRunner.query(`CREATE TYPE "public"."company_user_role" AS ENUM('ADMIN', 'MEMBER')`);
        await queryRunner.query(`CREATE TABLE "company_user" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."company_user_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dcdc5c499ef998e1e0f7c06e7d4" PRIMARY KEY ("organization_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7368a8438ae617a2f8318f3a20" ON "company_user" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "company_area_share" ("organization_id" uuid NOT NULL, "employment_area_id" uuid NOT NULL, "shared_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4fde94bffcd07e2525081b15b15" PRIMARY KEY ("organization_id", "employment_area_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_173f8b5eb3a32c69903ece5841" ON "company_area_share" ("employment_area_id") `);
        await queryRunner.query(`CREATE TABLE "company_responsible_coordinator" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b2d5c51188670721be3d0d3c4e9" PRIMARY KEY ("organization_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2ec0775495fcf25b71630a5bb2" ON "company_responsible_coordinator" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "company_tag" ("organization_id" uuid NOT NULL, "tag" text NOT NULL, CONSTRAINT "chk_company_tag_normalised" CHECK (tag = lower(btrim(tag)) AND length(tag) BETWEEN 2 AND 40), CONSTRAINT "PK_5955411d2601e1d69764fcebc9e" PRIMARY KEY ("organization_id", "tag"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f54ad6e4fcdbef1129c78721ed" ON "company_tag" ("tag") `);
        await queryRunner.query(`ALTER TABLE "company_contact_person" ADD CONSTRAINT "FK_13625d181dd6e9a6d97c931e2df" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_interaction" ADD CONSTRAINT "FK_dc7e2d856cb503e08c0efde7ea6" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_interaction" ADD CONSTRAINT "FK_36ae082465e6f7761aed7bcfb78" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_interaction" ADD CONSTRAINT "FK_1e150c622469ba3c345789e5c32" FOREIGN KEY ("author_employment_area_id") REFERENCES "employment_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_task" ADD CONSTRAINT "FK_9793022341fda8d94a61ec96f71" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_task" ADD CONSTRAINT "FK_4997b1d75edb8717df6ce850038" FOREIGN KEY ("assignee_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_task" ADD CONSTRAINT "FK_a6f1537586f22d74929069a90bf" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD CONSTRAINT "FK_0ecb736fbd06448e18be828a849" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD CONSTRAINT "FK_de6303f5316ade3eb11759a7487" FOREIGN KEY ("home_municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD CONSTRAINT "FK_c292ec3a51e3aaa55a42b9a7ee3" FOREIGN KEY ("home_employment_area_id") REFERENCES "employment_area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_operating_municipality" ADD CONSTRAINT "FK_21b5662c0cec8d3a45200175345" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_operating_municipality" ADD CONSTRAINT "FK_0cd3d59eba1301e541c346a48d4" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_user" ADD CONSTRAINT "FK_afcd3d3aa390f5bce88cb755054" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_user" ADD CONSTRAINT "FK_7368a8438ae617a2f8318f3a202" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_area_share" ADD CONSTRAINT "FK_0369b93a910c6583be3c71bac79" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_area_share" ADD CONSTRAINT "FK_173f8b5eb3a32c69903ece5841f" FOREIGN KEY ("employment_area_id") REFERENCES "employment_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_area_share" ADD CONSTRAINT "FK_3565a3f874f6e373591436497f3" FOREIGN KEY ("shared_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_responsible_coordinator" ADD CONSTRAINT "FK_8eef74563ccb99d4ed822d4286b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_responsible_coordinator" ADD CONSTRAINT "FK_2ec0775495fcf25b71630a5bb21" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_tag" ADD CONSTRAINT "FK_2d78daf2332224fb7a2c2a03827" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // The home area is derived from the home municipality. One function computes it; the triggers
        // keep it right when a profile moves and when an area's municipalities change (areas are data
        // that platform admins edit through the regions API, which knows nothing of companies).
        await queryRunner.query(`CREATE FUNCTION "company_profile_set_home_area"() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            NEW.home_employment_area_id := (SELECT employment_area_id FROM employment_area_municipality WHERE municipality_code = NEW.home_municipality_code);
            RETURN NEW;
          END $$`);
        await queryRunner.query(`CREATE TRIGGER "trg_company_profile_home_area" BEFORE INSERT OR UPDATE OF "home_municipality_code", "home_employment_area_id" ON "company_profile" FOR EACH ROW EXECUTE FUNCTION "company_profile_set_home_area"()`);
        await queryRunner.query(`CREATE FUNCTION "company_profile_follow_area_members"() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            -- Touching the column fires trg_company_profile_home_area, which recomputes it.
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
              UPDATE company_profile SET home_employment_area_id = NULL WHERE home_municipality_code = OLD.municipality_code;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
              UPDATE company_profile SET home_employment_area_id = NULL WHERE home_municipality_code = NEW.municipality_code;
            END IF;
            RETURN NULL;
          END $$`);
        await queryRunner.query(`CREATE TRIGGER "trg_employment_area_municipality_company_home_area" AFTER INSERT OR UPDATE OR DELETE ON "employment_area_municipality" FOR EACH ROW EXECUTE FUNCTION "company_profile_follow_area_members"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "trg_employment_area_municipality_company_home_area" ON "employment_area_municipality"`);
        await queryRunner.query(`DROP TRIGGER "trg_company_profile_home_area" ON "company_profile"`);
        await queryRunner.query(`DROP FUNCTION "company_profile_follow_area_members"()`);
        await queryRunner.query(`DROP FUNCTION "company_profile_set_home_area"()`);
        await queryRunner.query(`ALTER TABLE "company_tag" DROP CONSTRAINT "FK_2d78daf2332224fb7a2c2a03827"`);
        await queryRunner.query(`ALTER TABLE "company_responsible_coordinator" DROP CONSTRAINT "FK_2ec0775495fcf25b71630a5bb21"`);
        await queryRunner.query(`ALTER TABLE "company_responsible_coordinator" DROP CONSTRAINT "FK_8eef74563ccb99d4ed822d4286b"`);
        await queryRunner.query(`ALTER TABLE "company_area_share" DROP CONSTRAINT "FK_3565a3f874f6e373591436497f3"`);
        await queryRunner.query(`ALTER TABLE "company_area_share" DROP CONSTRAINT "FK_173f8b5eb3a32c69903ece5841f"`);
        await queryRunner.query(`ALTER TABLE "company_area_share" DROP CONSTRAINT "FK_0369b93a910c6583be3c71bac79"`);
        await queryRunner.query(`ALTER TABLE "company_user" DROP CONSTRAINT "FK_7368a8438ae617a2f8318f3a202"`);
        await queryRunner.query(`ALTER TABLE "company_user" DROP CONSTRAINT "FK_afcd3d3aa390f5bce88cb755054"`);
        await queryRunner.query(`ALTER TABLE "company_operating_municipality" DROP CONSTRAINT "FK_0cd3d59eba1301e541c346a48d4"`);
        await queryRunner.query(`ALTER TABLE "company_operating_municipality" DROP CONSTRAINT "FK_21b5662c0cec8d3a45200175345"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP CONSTRAINT "FK_c292ec3a51e3aaa55a42b9a7ee3"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP CONSTRAINT "FK_de6303f5316ade3eb11759a7487"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP CONSTRAINT "FK_0ecb736fbd06448e18be828a849"`);
        await queryRunner.query(`ALTER TABLE "company_task" DROP CONSTRAINT "FK_a6f1537586f22d74929069a90bf"`);
        await queryRunner.query(`ALTER TABLE "company_task" DROP CONSTRAINT "FK_4997b1d75edb8717df6ce850038"`);
        await queryRunner.query(`ALTER TABLE "company_task" DROP CONSTRAINT "FK_9793022341fda8d94a61ec96f71"`);
        await queryRunner.query(`ALTER TABLE "company_interaction" DROP CONSTRAINT "FK_1e150c622469ba3c345789e5c32"`);
        await queryRunner.query(`ALTER TABLE "company_interaction" DROP CONSTRAINT "FK_36ae082465e6f7761aed7bcfb78"`);
        await queryRunner.query(`ALTER TABLE "company_interaction" DROP CONSTRAINT "FK_dc7e2d856cb503e08c0efde7ea6"`);
        await queryRunner.query(`ALTER TABLE "company_contact_person" DROP CONSTRAINT "FK_13625d181dd6e9a6d97c931e2df"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f54ad6e4fcdbef1129c78721ed"`);
        await queryRunner.query(`DROP TABLE "company_tag"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2ec0775495fcf25b71630a5bb2"`);
        await queryRunner.query(`DROP TABLE "company_responsible_coordinator"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_173f8b5eb3a32c69903ece5841"`);
        await queryRunner.query(`DROP TABLE "company_area_share"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7368a8438ae617a2f8318f3a20"`);
        await queryRunner.query(`DROP TABLE "company_user"`);
        await queryRunner.query(`DROP TYPE "public"."company_user_role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0cd3d59eba1301e541c346a48d"`);
        await queryRunner.query(`DROP TABLE "company_operating_municipality"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c292ec3a51e3aaa55a42b9a7ee"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_de6303f5316ade3eb11759a748"`);
        await queryRunner.query(`DROP TABLE "company_profile"`);
        await queryRunner.query(`DROP TYPE "public"."company_size_class"`);
        await queryRunner.query(`DROP INDEX "public"."idx_company_task_assignee_due"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a6f1537586f22d74929069a90b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9793022341fda8d94a61ec96f7"`);
        await queryRunner.query(`DROP TABLE "company_task"`);
        await queryRunner.query(`DROP INDEX "public"."idx_company_interaction_company_occurred"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1e150c622469ba3c345789e5c3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_36ae082465e6f7761aed7bcfb7"`);
        await queryRunner.query(`DROP TABLE "company_interaction"`);
        await queryRunner.query(`DROP TYPE "public"."company_interaction_visibility"`);
        await queryRunner.query(`DROP TYPE "public"."company_interaction_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_13625d181dd6e9a6d97c931e2d"`);
        await queryRunner.query(`DROP TABLE "company_contact_person"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_event_organization_at"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_event_area_at"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_event_actor_at"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_event_resource"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_event_at"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
    }

}
