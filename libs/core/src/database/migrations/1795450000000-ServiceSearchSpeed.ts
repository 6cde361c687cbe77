import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: counts kept by triggers for the PostgreSQL service search (plain SQL tables, no
 * entities), so that a search whose text or filter constrains nothing is counted exactly without
 * a pass over every row, and a filter can be resolved to facet-combination keys through an index.
 *
 * - service_search_facet_value: how many services have each facet value: the facet counts of the
 *   whole catalogue.
 * - service_search_lexeme: in how many services each lexeme of the search vector occurs (and in
 *   how many in the name or summary, weights A and B). A query word with a form that every
 *   service contains constrains nothing; the others give lower bounds of the matches.
 * - service_search_total: how many services are indexed.
 *
 * - idx_service_search_document_head_bucket and _vector_bucket replace idx_service_search_document_head
 *   and _vector: the same vectors, with the tie key's top ten bits (btree_gin), so that the first
 *   ranking candidates of a broad query by tie key are found among a slice of the matches
 *   without reading every matching row.
 *
 * Statement-level triggers with transition tables keep them, in the transaction that changes the
 * documents (so a search sees counts and rows of one snapshot). Rows are locked in key order, the
 * order the upsert of the adapter already writes facet sets and words in.
 */
export class ServiceSearchSpeed1795450000000 implements MigrationInterface {
  name = 'ServiceSearchSpeed1795450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_head_bucket ON service_search_document
       USING gin (service_search_head_vector(document), (tie_key >> 54)) WITH (fastupdate = off)`,
    );
    await queryRunner.query(`DROP INDEX idx_service_search_document_head`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_vector_bucket ON service_search_document
       USING gin (search_vector, (tie_key >> 54)) WITH (fastupdate = off)`,
    );
    await queryRunner.query(`DROP INDEX idx_service_search_document_vector`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_facet_set_values ON service_search_facet_set USING gin (facet_values) WITH (fastupdate = off)`,
    );
    await queryRunner.query(`CREATE TABLE service_search_facet_value (value text PRIMARY KEY, documents integer NOT NULL)`);
    await queryRunner.query(`CREATE TABLE service_search_lexeme (lexeme text PRIMARY KEY, documents integer NOT NULL, head_documents integer NOT NULL)`);
    await queryRunner.query(
      `CREATE TABLE service_search_total (id boolean PRIMARY KEY DEFAULT true CHECK (id), documents integer NOT NULL)`,
    );

    // Applies the changes of one statement: rows of changes(sign, keys…, search_vector).
    const apply = (changes: string) => `
      WITH changes AS (${changes}),
      key_counts AS (
        SELECT k.key, sum(c.sign)::int AS n
        FROM changes c CROSS JOIN LATERAL unnest(ARRAY[c.classification_key, c.attribute_key, c.area_key]) AS k(key)
        GROUP BY k.key HAVING sum(c.sign) <> 0
      ),
      value_counts AS (
        SELECT v.value, sum(k.n)::int AS n
        FROM key_counts k
        JOIN service_search_facet_set s ON s.key = k.key
        CROSS JOIN LATERAL unnest(s.facet_values) AS v(value)
        GROUP BY v.value HAVING sum(k.n) <> 0
      ),
      facet_values AS (
        INSERT INTO service_search_facet_value AS x (value, documents)
        SELECT value, n FROM value_counts ORDER BY value
        ON CONFLICT (value) DO UPDATE SET documents = x.documents + EXCLUDED.documents
      ),
      lexemes AS (
        INSERT INTO service_search_lexeme AS x (lexeme, documents, head_documents)
        SELECT l.lexeme, sum(c.sign)::int, coalesce(sum(c.sign) FILTER (WHERE l.weights && '{A,B}'::text[]), 0)::int
        FROM changes c CROSS JOIN LATERAL unnest(c.search_vector) AS l
        GROUP BY l.lexeme
        HAVING sum(c.sign) <> 0 OR coalesce(sum(c.sign) FILTER (WHERE l.weights && '{A,B}'::text[]), 0) <> 0
        ORDER BY l.lexeme
        ON CONFLICT (lexeme) DO UPDATE
          SET documents = x.documents + EXCLUDED.documents, head_documents = x.head_documents + EXCLUDED.head_documents
      )
      UPDATE service_search_total SET documents = documents + (SELECT coalesce(sum(sign), 0)::int FROM changes)`;
    const columns = 'classification_key, attribute_key, area_key, search_vector';
    await queryRunner.query(
      `CREATE FUNCTION service_search_document_counts() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           ${apply(`SELECT 1 AS sign, ${columns} FROM new_rows`)};
         ELSIF TG_OP = 'UPDATE' THEN
           ${apply(`SELECT -1 AS sign, ${columns} FROM old_rows UNION ALL SELECT 1, ${columns} FROM new_rows`)};
         ELSIF TG_OP = 'DELETE' THEN
           ${apply(`SELECT -1 AS sign, ${columns} FROM old_rows`)};
         ELSE
           TRUNCATE service_search_lexeme, service_search_facet_value;
           UPDATE service_search_total SET documents = 0;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_counts_insert AFTER INSERT ON service_search_document
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_counts()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_counts_update AFTER UPDATE ON service_search_document
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_counts()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_counts_delete AFTER DELETE ON service_search_document
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_counts()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_counts_truncate AFTER TRUNCATE ON service_search_document
       FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_counts()`,
    );

    // The counts of the documents already indexed.
    await queryRunner.query(`INSERT INTO service_search_total (documents) SELECT count(*) FROM service_search_document`);
    await queryRunner.query(
      `INSERT INTO service_search_lexeme (lexeme, documents, head_documents)
       SELECT l.lexeme, count(*), count(*) FILTER (WHERE l.weights && '{A,B}'::text[])
       FROM service_search_document d CROSS JOIN LATERAL unnest(d.search_vector) AS l
       GROUP BY l.lexeme`,
    );
    await queryRunner.query(
      `INSERT INTO service_search_facet_value (value, documents)
       SELECT v.value, count(*) FROM service_search_document d
       CROSS JOIN LATERAL unnest(ARRAY[d.classification_key, d.attribute_key, d.area_key]) AS k(key)
       JOIN service_search_facet_set s ON s.key = k.key
       CROSS JOIN LATERAL unnest(s.facet_values) AS v(value)
       GROUP BY v.value`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER service_search_document_counts_${event} ON service_search_document`);
    }
    await queryRunner.query(`DROP FUNCTION service_search_document_counts()`);
    await queryRunner.query(`DROP TABLE service_search_total`);
    await queryRunner.query(`DROP TABLE service_search_lexeme`);
    await queryRunner.query(`DROP TABLE service_search_facet_value`);
    await queryRunner.query(`DROP INDEX idx_service_search_facet_set_values`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_head ON service_search_document
       USING gin (service_search_head_vector(document)) WITH (fastupdate = off)`,
    );
    await queryRunner.query(`DROP INDEX idx_service_search_document_head_bucket`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_vector ON service_search_document USING gin (search_vector) WITH (fastupdate = off)`,
    );
    await queryRunner.query(`DROP INDEX idx_service_search_document_vector_bucket`);
    // btree_gin stays, like the extensions of the first search migration.
  }
}
