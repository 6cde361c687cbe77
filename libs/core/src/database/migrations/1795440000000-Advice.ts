import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Advice articles for employers (the competence hub), and the tables of their PostgreSQL search
 * engine. The search tables are not entities (the adapter talks plain SQL) and reuse the text
 * search configurations service_search_fi/sv/en and service_search_unaccent() of
 * ServiceSearch1795400000000.
 */
export class Advice1795440000000 implements MigrationInterface {
  name = 'Advice1795440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "advice_article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "title_fi" text NOT NULL, "title_sv" text, "title_en" text, "summary_fi" text NOT NULL, "summary_sv" text, "summary_en" text, "body_fi" text NOT NULL, "body_sv" text, "body_en" text, "topics" text array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1f9e4612432f59a87cc13cd2e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bc22938128403c07d3bc6dfb1e" ON "advice_article" ("slug") `);
    await queryRunner.query(`CREATE INDEX "idx_advice_article_topics" ON "advice_article" USING gin ("topics")`);

    // Title A, summary B, body C, each language stemmed with its own configuration.
    await queryRunner.query(
      `CREATE TABLE advice_search_document (
        id uuid PRIMARY KEY,
        topics text[] NOT NULL,
        published_at timestamptz NOT NULL,
        document jsonb NOT NULL,
        search_vector tsvector NOT NULL GENERATED ALWAYS AS (
             setweight(to_tsvector('service_search_fi', coalesce(document #>> '{title,fi}', '')), 'A')
          || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{title,sv}', '')), 'A')
          || setweight(to_tsvector('service_search_en', coalesce(document #>> '{title,en}', '')), 'A')
          || setweight(to_tsvector('service_search_fi', coalesce(document #>> '{summary,fi}', '')), 'B')
          || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{summary,sv}', '')), 'B')
          || setweight(to_tsvector('service_search_en', coalesce(document #>> '{summary,en}', '')), 'B')
          || setweight(to_tsvector('service_search_fi', coalesce(document #>> '{body,fi}', '')), 'C')
          || setweight(to_tsvector('service_search_sv', coalesce(document #>> '{body,sv}', '')), 'C')
          || setweight(to_tsvector('service_search_en', coalesce(document #>> '{body,en}', '')), 'C')
        ) STORED
      )`,
    );
    await queryRunner.query(`CREATE INDEX idx_advice_search_document_vector ON advice_search_document USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX idx_advice_search_document_topics ON advice_search_document USING gin (topics)`);
    await queryRunner.query(`CREATE TABLE advice_search_vocabulary (word text PRIMARY KEY)`);
    await queryRunner.query(`CREATE INDEX idx_advice_search_vocabulary_trgm ON advice_search_vocabulary USING gin (word gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE advice_search_vocabulary`);
    await queryRunner.query(`DROP TABLE advice_search_document`);
    await queryRunner.query(`DROP INDEX "public"."idx_advice_article_topics"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc22938128403c07d3bc6dfb1e"`);
    await queryRunner.query(`DROP TABLE "advice_article"`);
  }
}
