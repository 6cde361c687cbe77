import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the PostgreSQL search engine of employer needs. Like the service search tables,
 * these are not TypeORM entities (the adapter talks plain SQL), so the entity diff never sees
 * them; they reuse the text search configurations service_search_fi/sv/en and
 * service_search_unaccent() of ServiceSearch1795400000000.
 *
 * - need_search_document: one denormalised row per need, with the columns the visibility rule
 *   reads (company, visibility, stage, place, the company's areas, forwards), the facet values as
 *   `<facet>:<value>`, and a weighted tsvector generated from the document: title A,
 *   description B, occupation C (each stemmed in Finnish, Swedish and English, since a need has
 *   one text in its author's language), company name D.
 * - need_search_vocabulary: the distinct words of the indexed text, trigram-indexed, to expand a
 *   query word to the inflected and misspelt forms the stemmers cannot join.
 *
 * No foreign key to need: the index is a copy kept by jobs (a deleted need's job removes its
 * row), and the adapter's contract tests index needs that have no row in need.
 */
export class NeedSearch1795480000000 implements MigrationInterface {
  name = 'NeedSearch1795480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const stemmed = (path: string, weight: string) =>
      ['service_search_fi', 'service_search_sv', 'service_search_en']
        .map((config) => `setweight(to_tsvector('${config}', coalesce(document ->> '${path}', '')), '${weight}')`)
        .join('\n        || ');
    await queryRunner.query(
      `CREATE FUNCTION need_search_vector(document jsonb) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT
           ${stemmed('title', 'A')}
        || ${stemmed('description', 'B')}
        || ${stemmed('occupationLabel', 'C')}
        || setweight(to_tsvector('simple', service_search_unaccent(coalesce(document ->> 'companyName', ''))), 'D')
       $$`,
    );
    await queryRunner.query(
      `CREATE TABLE need_search_document (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        visibility text NOT NULL,
        stage text NOT NULL,
        municipality_code text,
        employment_area_id uuid,
        company_area_ids uuid[] NOT NULL,
        forwarded_provider_ids uuid[] NOT NULL,
        facet_values text[] NOT NULL,
        updated_at timestamptz NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now(),
        document jsonb NOT NULL,
        search_vector tsvector NOT NULL GENERATED ALWAYS AS (need_search_vector(document)) STORED
      )`,
    );
    await queryRunner.query(`CREATE INDEX idx_need_search_document_vector ON need_search_document USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX idx_need_search_document_facets ON need_search_document USING gin (facet_values)`);
    // The visibility rule's columns: the grants of an audience are ORed, each served by one index.
    await queryRunner.query(`CREATE INDEX idx_need_search_document_company ON need_search_document (company_id)`);
    await queryRunner.query(`CREATE INDEX idx_need_search_document_area ON need_search_document (employment_area_id)`);
    await queryRunner.query(`CREATE INDEX idx_need_search_document_municipality ON need_search_document (municipality_code)`);
    await queryRunner.query(`CREATE INDEX idx_need_search_document_company_areas ON need_search_document USING gin (company_area_ids)`);
    await queryRunner.query(`CREATE INDEX idx_need_search_document_forwards ON need_search_document USING gin (forwarded_provider_ids)`);
    await queryRunner.query(`CREATE INDEX idx_need_search_document_visibility ON need_search_document (visibility, stage)`);
    // Without text, needs are listed newest first.
    await queryRunner.query(`CREATE INDEX idx_need_search_document_updated ON need_search_document (updated_at DESC, id)`);

    await queryRunner.query(`CREATE TABLE need_search_vocabulary (word text PRIMARY KEY)`);
    await queryRunner.query(`CREATE INDEX idx_need_search_vocabulary_trgm ON need_search_vocabulary USING gin (word gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE need_search_vocabulary`);
    await queryRunner.query(`DROP TABLE need_search_document`);
    await queryRunner.query(`DROP FUNCTION need_search_vector(jsonb)`);
  }
}
