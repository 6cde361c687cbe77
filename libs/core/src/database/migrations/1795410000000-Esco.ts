import { MigrationInterface, QueryRunner } from "typeorm";

/** ESCO v1.1.1 reference data: ISCO-08 groups, occupations, skills and their relations. */
export class Esco1795410000000 implements MigrationInterface {
    name = 'Esco1795410000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "isco_group" ("code" text NOT NULL, "level" smallint NOT NULL, "parent_code" text, "uri" text NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "PK_a44beeaf4f48cb003b559cc09ff" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e6dff13fae55e9db06a955907a" ON "isco_group" ("parent_code") `);
        await queryRunner.query(`CREATE TABLE "esco_skill" ("uri" text NOT NULL, "skill_type" text, "reuse_level" text, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "PK_5d56cd39215c2e8f61375ba641e" PRIMARY KEY ("uri"))`);
        await queryRunner.query(`CREATE TABLE "esco_occupation" ("uri" text NOT NULL, "code" text NOT NULL, "isco_group" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "broader_uri" text, CONSTRAINT "PK_c6e68dc952dd784956f90f5a773" PRIMARY KEY ("uri"))`);
        await queryRunner.query(`CREATE INDEX "IDX_98c3e0e668cb08383769d5aa18" ON "esco_occupation" ("isco_group") `);
        await queryRunner.query(`CREATE TYPE "public"."esco_relation_type" AS ENUM('essential', 'optional')`);
        await queryRunner.query(`CREATE TABLE "esco_occupation_skill" ("occupation_uri" text NOT NULL, "skill_uri" text NOT NULL, "relation_type" "public"."esco_relation_type" NOT NULL, CONSTRAINT "PK_365cffc3fff0f7e18a8c630500d" PRIMARY KEY ("occupation_uri", "skill_uri"))`);
        await queryRunner.query(`CREATE INDEX "IDX_800b18822bcdc9b0fbbd71c530" ON "esco_occupation_skill" ("skill_uri") `);
        await queryRunner.query(`ALTER TABLE "esco_occupation" ADD CONSTRAINT "FK_98c3e0e668cb08383769d5aa186" FOREIGN KEY ("isco_group") REFERENCES "isco_group"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "esco_occupation_skill" ADD CONSTRAINT "FK_ea103b0aa31168cb3d46533a7c4" FOREIGN KEY ("occupation_uri") REFERENCES "esco_occupation"("uri") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "esco_occupation_skill" ADD CONSTRAINT "FK_800b18822bcdc9b0fbbd71c530c" FOREIGN KEY ("skill_uri") REFERENCES "esco_skill"("uri") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "esco_occupation_skill" DROP CONSTRAINT "FK_800b18822bcdc9b0fbbd71c530c"`);
        await queryRunner.query(`ALTER TABLE "esco_occupation_skill" DROP CONSTRAINT "FK_ea103b0aa31168cb3d46533a7c4"`);
        await queryRunner.query(`ALTER TABLE "esco_occupation" DROP CONSTRAINT "FK_98c3e0e668cb08383769d5aa186"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_800b18822bcdc9b0fbbd71c530"`);
        await queryRunner.query(`DROP TABLE "esco_occupation_skill"`);
        await queryRunner.query(`DROP TYPE "public"."esco_relation_type"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_98c3e0e668cb08383769d5aa18"`);
        await queryRunner.query(`DROP TABLE "esco_occupation"`);
        await queryRunner.query(`DROP TABLE "esco_skill"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e6dff13fae55e9db06a955907a"`);
        await queryRunner.query(`DROP TABLE "isco_group"`);
    }

}
