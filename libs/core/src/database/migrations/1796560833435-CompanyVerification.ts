import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Company accounts (issue 11, points 3, 4, 6): a verified right to act (a new account starts
 * PENDING; those that exist now were created before the rule and count as verified), invitations
 * instead of adding users directly, and the history of transfers between employment areas.
 */
export class CompanyVerification1796560833435 implements MigrationInterface {
    name = 'CompanyVerification1796560833435'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "company_transfer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "from_municipality_code" character(3) NOT NULL, "to_municipality_code" character(3) NOT NULL, "from_employment_area_id" uuid, "to_employment_area_id" uuid, "transferred_by_user_id" uuid, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4539329130427a4f1305ac06282" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e82240fd33f6183df399e0b360" ON "company_transfer" ("from_employment_area_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_2d30c1af43c07db0476d5a53d3" ON "company_transfer" ("to_employment_area_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_1c7032d0e3e82f519beef25bfb" ON "company_transfer" ("transferred_by_user_id") `);
        await queryRunner.query(`CREATE INDEX "idx_company_transfer_company_at" ON "company_transfer" ("organization_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "company_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "role" "public"."company_user_role" NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_company_invitation_email_lower" CHECK (email = lower(email)), CONSTRAINT "PK_ee97180f150b3bd7a9eab87221d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_38dc10eea654747867373abeaa" ON "company_invitation" ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_7468219dc5b36662c2c2b53052" ON "company_invitation" ("email") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3855953bd0cb190ef5c0a3b32e" ON "company_invitation" ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "IDX_3a1ceba4ea097ab0f80e1878d2" ON "company_invitation" ("invited_by_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bf79ccb8b1d7ad97395f27eecb" ON "company_invitation" ("accepted_by_user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_company_invitation_open" ON "company_invitation" ("organization_id", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL`);
        await queryRunner.query(`CREATE TYPE "public"."company_verification_status" AS ENUM('PENDING', 'VERIFIED')`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD "verification_status" "public"."company_verification_status" NOT NULL DEFAULT 'PENDING'`);
        await queryRunner.query(`CREATE TYPE "public"."company_verification_method" AS ENUM('MANDATE', 'COORDINATOR', 'PLATFORM_ADMIN', 'IMPORTED')`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD "verification_method" "public"."company_verification_method"`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD "verified_by_user_id" uuid`);
        await queryRunner.query(`UPDATE "company_profile" SET "verification_status" = 'VERIFIED', "verification_method" = 'IMPORTED', "verified_at" = now()`);
        await queryRunner.query(`CREATE INDEX "IDX_90b7c808695362f5d30f99e1c6" ON "company_profile" ("verified_by_user_id") `);
        await queryRunner.query(`ALTER TABLE "company_transfer" ADD CONSTRAINT "FK_2b09e5b1beea65a4292e50da85b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_transfer" ADD CONSTRAINT "FK_e82240fd33f6183df399e0b3600" FOREIGN KEY ("from_employment_area_id") REFERENCES "employment_area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_transfer" ADD CONSTRAINT "FK_2d30c1af43c07db0476d5a53d33" FOREIGN KEY ("to_employment_area_id") REFERENCES "employment_area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_transfer" ADD CONSTRAINT "FK_1c7032d0e3e82f519beef25bfbe" FOREIGN KEY ("transferred_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_profile" ADD CONSTRAINT "FK_90b7c808695362f5d30f99e1c6b" FOREIGN KEY ("verified_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_invitation" ADD CONSTRAINT "FK_38dc10eea654747867373abeaad" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_invitation" ADD CONSTRAINT "FK_3a1ceba4ea097ab0f80e1878d2c" FOREIGN KEY ("invited_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_invitation" ADD CONSTRAINT "FK_bf79ccb8b1d7ad97395f27eecba" FOREIGN KEY ("accepted_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "company_invitation" DROP CONSTRAINT "FK_bf79ccb8b1d7ad97395f27eecba"`);
        await queryRunner.query(`ALTER TABLE "company_invitation" DROP CONSTRAINT "FK_3a1ceba4ea097ab0f80e1878d2c"`);
        await queryRunner.query(`ALTER TABLE "company_invitation" DROP CONSTRAINT "FK_38dc10eea654747867373abeaad"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP CONSTRAINT "FK_90b7c808695362f5d30f99e1c6b"`);
        await queryRunner.query(`ALTER TABLE "company_transfer" DROP CONSTRAINT "FK_1c7032d0e3e82f519beef25bfbe"`);
        await queryRunner.query(`ALTER TABLE "company_transfer" DROP CONSTRAINT "FK_2d30c1af43c07db0476d5a53d33"`);
        await queryRunner.query(`ALTER TABLE "company_transfer" DROP CONSTRAINT "FK_e82240fd33f6183df399e0b3600"`);
        await queryRunner.query(`ALTER TABLE "company_transfer" DROP CONSTRAINT "FK_2b09e5b1beea65a4292e50da85b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_90b7c808695362f5d30f99e1c6"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP COLUMN "verified_by_user_id"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP COLUMN "verified_at"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP COLUMN "verification_method"`);
        await queryRunner.query(`DROP TYPE "public"."company_verification_method"`);
        await queryRunner.query(`ALTER TABLE "company_profile" DROP COLUMN "verification_status"`);
        await queryRunner.query(`DROP TYPE "public"."company_verification_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_company_invitation_open"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bf79ccb8b1d7ad97395f27eecb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3a1ceba4ea097ab0f80e1878d2"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3855953bd0cb190ef5c0a3b32e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7468219dc5b36662c2c2b53052"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_38dc10eea654747867373abeaa"`);
        await queryRunner.query(`DROP TABLE "company_invitation"`);
        await queryRunner.query(`DROP INDEX "public"."idx_company_transfer_company_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1c7032d0e3e82f519beef25bfb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2d30c1af43c07db0476d5a53d3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e82240fd33f6183df399e0b360"`);
        await queryRunner.query(`DROP TABLE "company_transfer"`);
    }

}
