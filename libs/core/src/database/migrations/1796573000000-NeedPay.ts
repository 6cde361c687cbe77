import { MigrationInterface, QueryRunner } from 'typeorm';

/** A need may state its pay range: whole euros per hour, month or year (all optional). */
export class NeedPay1796573000000 implements MigrationInterface {
  name = 'NeedPay1796573000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."need_pay_unit" AS ENUM('HOUR', 'MONTH', 'YEAR')`);
    await queryRunner.query(`ALTER TABLE "need" ADD "pay_min" integer`);
    await queryRunner.query(`ALTER TABLE "need" ADD "pay_max" integer`);
    await queryRunner.query(`ALTER TABLE "need" ADD "pay_unit" "public"."need_pay_unit"`);
    await queryRunner.query(`ALTER TABLE "need" ADD CONSTRAINT "chk_need_pay" CHECK (pay_min IS NULL OR pay_max IS NULL OR pay_min <= pay_max)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "chk_need_pay"`);
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "pay_unit"`);
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "pay_max"`);
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "pay_min"`);
    await queryRunner.query(`DROP TYPE "public"."need_pay_unit"`);
  }
}
