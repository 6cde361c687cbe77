import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, points 8–10. The application's own database role (not a superuser, owns nothing), an
 * append-only audit table for it, the two narrow SECURITY DEFINER functions through which audit
 * rows are ever changed (retention purge, erasure pseudonymisation), revocable share requests, and
 * candidate-list history that outlives an erased profile.
 *
 * The role is cluster-wide, so it is created only when missing and never dropped here (other
 * databases of the same server, e.g. each test's clone, use it). Its rights live in this
 * database, so a clone of a migrated template keeps them.
 */
export class Privacy1796560790922 implements MigrationInterface {
  name = 'Privacy1796560790922';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // --- The application role ------------------------------------------------------------------
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ytmt_app') THEN
        CREATE ROLE ytmt_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
      END IF;
    END $$`);
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO ytmt_app', current_database()); END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ytmt_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO ytmt_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ytmt_app`);
    // Tables of later migrations (run by the same owner) get the same rights.
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO ytmt_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ytmt_app`);
    // The migration history is the owner's.
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "schema_migrations" FROM ytmt_app`);

    // --- The audit log: append-only for the application ------------------------------------------
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM ytmt_app`);
    await queryRunner.query(`REVOKE ALL ON "audit_event" FROM PUBLIC`);
    // Retention: only rows older than the period, and never a period under 30 days, whatever the caller asks.
    await queryRunner.query(`CREATE FUNCTION audit_event_purge(retention_days integer) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE removed integer;
      BEGIN
        IF retention_days IS NULL OR retention_days < 30 THEN
          RAISE EXCEPTION 'audit events are kept at least 30 days (asked: %)', retention_days;
        END IF;
        DELETE FROM audit_event WHERE at < now() - make_interval(days => retention_days);
        GET DIAGNOSTICS removed = ROW_COUNT;
        RETURN removed;
      END $$`);
    // Erasure: replaces one erased subject's ids by a pseudonym; what happened, when and by whom
    // else stays. Nothing else can be changed through it.
    await queryRunner.query(`CREATE FUNCTION audit_event_pseudonymise(subject_ids text[], pseudonym text) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE changed integer;
      BEGIN
        IF pseudonym IS NULL OR pseudonym !~ '^erased:[0-9a-f]{32}$' THEN
          RAISE EXCEPTION 'a pseudonym is erased:<32 hex digits>';
        END IF;
        IF subject_ids IS NULL OR cardinality(subject_ids) = 0 OR cardinality(subject_ids) > 10 THEN
          RAISE EXCEPTION 'one subject at a time: give 1 to 10 ids';
        END IF;
        UPDATE audit_event SET resource_id = pseudonym WHERE resource_id = ANY(subject_ids);
        GET DIAGNOSTICS changed = ROW_COUNT;
        UPDATE audit_event SET actor_user_id = NULL, details = details || jsonb_build_object('actor', pseudonym)
         WHERE actor_user_id::text = ANY(subject_ids);
        RETURN changed;
      END $$`);
    for (const fn of ['audit_event_purge(integer)', 'audit_event_pseudonymise(text[], text)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ytmt_app`);
    }

    // --- Revocable shares ---------------------------------------------------------------------------
    await queryRunner.query(`ALTER TYPE "public"."share_request_status" ADD VALUE IF NOT EXISTS 'REVOKED'`);

    // --- Candidate-list history outlives an erased profile, unlinked from it ------------------------
    await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "FK_404029cefcd04a9d68f13f9d8e3"`);
    await queryRunner.query(`ALTER TABLE "candidate" ALTER COLUMN "profile_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "FK_404029cefcd04a9d68f13f9d8e3" FOREIGN KEY ("profile_id") REFERENCES "jobseeker_profile"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "share_request" ALTER COLUMN "profile_id" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // History of erased profiles cannot be linked back; it goes with the old constraints.
    await queryRunner.query(`DELETE FROM "share_request" WHERE "profile_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "share_request" ALTER COLUMN "profile_id" SET NOT NULL`);
    await queryRunner.query(`DELETE FROM "candidate" WHERE "profile_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "FK_404029cefcd04a9d68f13f9d8e3"`);
    await queryRunner.query(`ALTER TABLE "candidate" ALTER COLUMN "profile_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "FK_404029cefcd04a9d68f13f9d8e3" FOREIGN KEY ("profile_id") REFERENCES "jobseeker_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`UPDATE "share_request" SET "status" = 'CANCELLED' WHERE "status" = 'REVOKED'`);
    await queryRunner.query(`DROP INDEX "public"."uq_share_request_open"`);
    await queryRunner.query(`ALTER TYPE "public"."share_request_status" RENAME TO "share_request_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."share_request_status" AS ENUM('REQUESTED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED')`);
    await queryRunner.query(`ALTER TABLE "share_request" ALTER COLUMN "status" TYPE "public"."share_request_status" USING "status"::text::"public"."share_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."share_request_status_old"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_share_request_open" ON "share_request" ("candidate_id") WHERE status = 'REQUESTED'`);

    await queryRunner.query(`DROP FUNCTION audit_event_pseudonymise(text[], text)`);
    await queryRunner.query(`DROP FUNCTION audit_event_purge(integer)`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ytmt_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES FROM ytmt_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ytmt_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ytmt_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ytmt_app`);
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM ytmt_app', current_database()); END $$`);
  }
}
