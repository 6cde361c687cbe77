import { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalogue's tables a public service search answer is read from (the engine's and the services' rows). */
const TABLES = [
  'service',
  'service_search_document',
  'service_search_vocabulary',
  'service_search_lexeme',
  'service_search_total',
  'service_search_facet_value',
  'service_search_facet_set',
  'service_search_key',
] as const;

/**
 * Hand-written: every committed change of a table a service search answer is read from sends
 * NOTIFY ytmt_catalogue_changed, so that each API process clears its cache of search answers
 * (SearchResultCache in the catalogue). Statement-level: one notification per statement (and
 * PostgreSQL folds identical ones of a transaction into one), delivered only on commit.
 */
export class CatalogueChangeNotify1796562500000 implements MigrationInterface {
  name = 'CatalogueChangeNotify1796562500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION catalogue_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('ytmt_catalogue_changed', ''); RETURN NULL; END $$`,
    );
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_catalogue_changed" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed_notify()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_catalogue_truncated" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed_notify()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_catalogue_truncated" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_catalogue_changed" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION catalogue_changed_notify()`);
  }
}
