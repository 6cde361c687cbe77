import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the PostgreSQL search engine of the service catalogue. Its tables are not
 * TypeORM entities (the adapter talks plain SQL), so the entity diff never sees them.
 *
 * - service_search_document: one denormalised row per published service, with a weighted
 *   tsvector generated from the document (name A, summary B, description C, organisation D).
 * - service_search_vocabulary: the distinct words of the indexed text, trigram-indexed, to
 *   expand a query word to the inflected and misspelt forms the stemmers cannot join
 *   (Finnish consonant gradation: tuki/tuen).
 * - service_search_facet_set: the facet values of each distinct facet combination, so facet
 *   counting groups by one bigint per row instead of unnesting arrays of every match.
 */
export class ServiceSearch1795400000000 implements MigrationInterface {
  name = 'ServiceSearch1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // unaccent() is only STABLE (it reads its dictionary by name); pinning the dictionary makes
    // the wrapper safe to mark IMMUTABLE, which expressions and generated columns require.
    await queryRunner.query(
      `CREATE FUNCTION service_search_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );

    // Copies of the finnish, swedish and english configurations with unaccent as a filtering
    // dictionary in front of the stemmer: "tyokokeilu" typed without ä/ö finds "työkokeilu",
    // and ts_headline can still mark the accented original text.
    for (const [name, source] of [
      ['service_search_fi', 'finnish'],
      ['service_search_sv', 'swedish'],
      ['service_search_en', 'english'],
    ] as const) {
      await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = pg_catalog.${source})`);
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, ${source}_stem`,
      );
    }

    await queryRunner.query(
      `CREATE FUNCTION service_search_vector(document jsonb) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT
           setweight(to_tsvector('service_search_fi', coalesce(document #>> '{name,fi}', '')), 'A')
        || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{name,sv}', '')), 'A')
        || setweight(to_tsvector('service_search_en', coalesce(document #>> '{name,en}', '')), 'A')
        || setweight(to_tsvector('service_search_fi', coalesce(document #>> '{summary,fi}', '')), 'B')
        || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{summary,sv}', '')), 'B')
        || setweight(to_tsvector('service_search_en', coalesce(document #>> '{summary,en}', '')), 'B')
        || setweight(to_tsvector('service_search_fi', coalesce(document #>> '{description,fi}', '')), 'C')
        || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{description,sv}', '')), 'C')
        || setweight(to_tsvector('service_search_en', coalesce(document #>> '{description,en}', '')), 'C')
        || setweight(to_tsvector('simple', service_search_unaccent(coalesce(document ->> 'organizationName', ''))), 'D')
       $$`,
    );

    // Name and summary only: for a very broad query the candidates to rank are taken from the
    // services that match there (indexed by expression, never read from the heap).
    await queryRunner.query(
      `CREATE FUNCTION service_search_head_vector(document jsonb) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT
           setweight(to_tsvector('service_search_fi', coalesce(document #>> '{name,fi}', '')), 'A')
        || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{name,sv}', '')), 'A')
        || setweight(to_tsvector('service_search_en', coalesce(document #>> '{name,en}', '')), 'A')
        || setweight(to_tsvector('service_search_fi', coalesce(document #>> '{summary,fi}', '')), 'B')
        || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{summary,sv}', '')), 'B')
        || setweight(to_tsvector('service_search_en', coalesce(document #>> '{summary,en}', '')), 'B')
       $$`,
    );

    // Rows stay narrow (about 250 bytes) so that counting and faceting tens of thousands of
    // matches reads few heap pages: toast_tuple_target moves the document, the tsvector and the
    // facet values out of line. None of them is read per match: the GIN indexes answer @@, && and
    // @> without a recheck, the tsvector is read back only for a bounded set of candidates to
    // rank, and the document only for the page's hits. The coordinates stay inline (STORAGE
    // MAIN) because a distance sort reads them for every match. Fixed-width columns come first
    // so the grouping keys are found at fixed offsets.
    await queryRunner.query(
      `CREATE TABLE service_search_document (
        classification_key bigint NOT NULL,
        attribute_key bigint NOT NULL,
        area_key bigint NOT NULL,
        tie_key bigint NOT NULL GENERATED ALWAYS AS (('x' || substr(md5(id), 1, 16))::bit(64)::bigint) STORED,
        published_at timestamptz NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now(),
        id text PRIMARY KEY,
        latitudes double precision[] NOT NULL,
        longitudes double precision[] NOT NULL,
        facet_values text[] NOT NULL,
        search_vector tsvector NOT NULL GENERATED ALWAYS AS (service_search_vector(document)) STORED,
        document jsonb NOT NULL
      ) WITH (toast_tuple_target = 128)`,
    );
    // EXTERNAL rather than the default EXTENDED: measured, it leaves a third fewer bytes in the
    // heap row (the toaster otherwise keeps compressed values inline), and reading a candidate's
    // tsvector back skips decompression.
    for (const [column, storage] of [
      ['latitudes', 'MAIN'],
      ['longitudes', 'MAIN'],
      ['facet_values', 'EXTERNAL'],
      ['search_vector', 'EXTERNAL'],
      ['document', 'EXTERNAL'],
    ] as const) {
      await queryRunner.query(`ALTER TABLE service_search_document ALTER COLUMN ${column} SET STORAGE ${storage}`);
    }
    // fastupdate off: no pending list to scan on every query; writes are rare (publishing).
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_vector ON service_search_document USING gin (search_vector) WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_facets ON service_search_document USING gin (facet_values) WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_head ON service_search_document USING gin (service_search_head_vector(document)) WITH (fastupdate = off)`,
    );
    await queryRunner.query(`CREATE INDEX idx_service_search_document_tie ON service_search_document (tie_key, id)`);

    await queryRunner.query(`CREATE TABLE service_search_vocabulary (word text PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_vocabulary_trgm ON service_search_vocabulary USING gin (word gin_trgm_ops)`,
    );

    await queryRunner.query(`CREATE TABLE service_search_facet_set (key bigint PRIMARY KEY, facet_values text[] NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE service_search_facet_set`);
    await queryRunner.query(`DROP TABLE service_search_vocabulary`);
    await queryRunner.query(`DROP TABLE service_search_document`);
    await queryRunner.query(`DROP FUNCTION service_search_head_vector(jsonb)`);
    await queryRunner.query(`DROP FUNCTION service_search_vector(jsonb)`);
    for (const name of ['service_search_fi', 'service_search_sv', 'service_search_en']) {
      await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION ${name}`);
    }
    await queryRunner.query(`DROP FUNCTION service_search_unaccent(text)`);
    // The extensions stay: other objects may use them, and they hold no data of ours.
  }
}
