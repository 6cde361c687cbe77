import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL moves values to TOAST only when a row is longer than about 2 kB, whatever the
 * table's toast_tuple_target; only then does it go on down to that target. Each row gets this
 * 2 kB of spaces (compressed to a few bytes, then moved out too) so that its vectors and facet
 * values always leave the page, however short they are.
 */
const TOAST_PAD = `repeat(' ', 2048)`;

/**
 * Hand-written: service_search_key, a narrow copy of what the PostgreSQL service search reads of
 * every match (plain SQL table, no entity), kept by triggers in the transaction that changes
 * service_search_document.
 *
 * A search reads every matching row to count it and its facets, and every candidate to rank it.
 * In service_search_document about half the rows (~2 kB, just under the TOAST threshold) keep
 * the document, the vector and the facet values inline, so the search's working set is most of
 * the table and competes for shared_buffers. Here a row holds the tie key, the keys, the id, the
 * places and TOAST pointers (~230 bytes, 35 rows a page; see TOAST_PAD for how the rest stays
 * out): 22 MB for 100 000 services. The vectors and facet values are read only through the GIN
 * indexes (their conditions need no recheck), and ts_rank of a page's ranking pool.
 *
 * The search vector's index also holds the facet values: a filter without text scans it on them.
 * There is no facet index of its own: alongside text the adapter checks the filter on the keys,
 * and given an index for the facet values the planner may read the rows of a facet value and check
 * the text on each, fetching its vector from TOAST.
 *
 * The GIN and tie key indexes move from service_search_document to this table (the document keeps
 * its primary key, which the page uses to fetch the hits' texts).
 */
export class ServiceSearchKeys1795510000000 implements MigrationInterface {
  name = 'ServiceSearchKeys1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      // Fixed-width columns first: the count reads the keys of every match without walking past id.
      `CREATE TABLE service_search_key (
         tie_key bigint NOT NULL,
         classification_key bigint NOT NULL,
         attribute_key bigint NOT NULL,
         area_key bigint NOT NULL,
         id text PRIMARY KEY,
         latitudes double precision[] NOT NULL,
         longitudes double precision[] NOT NULL,
         facet_values text[] NOT NULL,
         search_vector tsvector NOT NULL,
         head_vector tsvector NOT NULL,
         toast_pad text NOT NULL
       ) WITH (toast_tuple_target = 128)`,
    );
    await queryRunner.query(
      `ALTER TABLE service_search_key
         ALTER COLUMN id SET STORAGE MAIN,
         ALTER COLUMN latitudes SET STORAGE MAIN, ALTER COLUMN longitudes SET STORAGE MAIN,
         ALTER COLUMN facet_values SET STORAGE EXTERNAL, ALTER COLUMN search_vector SET STORAGE EXTERNAL,
         ALTER COLUMN head_vector SET STORAGE EXTERNAL`,
    );

    const columns =
      'id, tie_key, classification_key, attribute_key, area_key, latitudes, longitudes, facet_values, search_vector, head_vector, toast_pad';
    const select = (from: string) =>
      `SELECT r.id, r.tie_key, r.classification_key, r.attribute_key, r.area_key, r.latitudes, r.longitudes, r.facet_values,
              r.search_vector, service_search_head_vector(r.document), ${TOAST_PAD}
       FROM ${from} r`;
    await queryRunner.query(
      `CREATE FUNCTION service_search_document_keys() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           TRUNCATE service_search_key;
           RETURN NULL;
         END IF;
         IF TG_OP = 'DELETE' THEN
           DELETE FROM service_search_key k USING old_rows o WHERE k.id = o.id;
           RETURN NULL;
         END IF;
         IF TG_OP = 'UPDATE' THEN
           DELETE FROM service_search_key k
           WHERE k.id IN (SELECT o.id FROM old_rows o EXCEPT SELECT n.id FROM new_rows n);
         END IF;
         INSERT INTO service_search_key AS k (${columns})
         ${select('new_rows')}
         ORDER BY r.id
         ON CONFLICT (id) DO UPDATE SET
           tie_key = EXCLUDED.tie_key,
           classification_key = EXCLUDED.classification_key,
           attribute_key = EXCLUDED.attribute_key,
           area_key = EXCLUDED.area_key,
           latitudes = EXCLUDED.latitudes,
           longitudes = EXCLUDED.longitudes,
           facet_values = EXCLUDED.facet_values,
           search_vector = EXCLUDED.search_vector,
           head_vector = EXCLUDED.head_vector,
           toast_pad = EXCLUDED.toast_pad;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_keys_insert AFTER INSERT ON service_search_document
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_keys()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_keys_update AFTER UPDATE ON service_search_document
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_keys()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_keys_delete AFTER DELETE ON service_search_document
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_keys()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER service_search_document_keys_truncate AFTER TRUNCATE ON service_search_document
       FOR EACH STATEMENT EXECUTE FUNCTION service_search_document_keys()`,
    );

    // The documents already indexed, in tie key order (the order ranking pools are cut in).
    await queryRunner.query(`INSERT INTO service_search_key (${columns}) ${select('service_search_document')} ORDER BY r.tie_key, r.id`);

    await queryRunner.query(
      `CREATE INDEX idx_service_search_key_vector_bucket ON service_search_key
       USING gin (search_vector, (tie_key >> 54), facet_values) WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_service_search_key_head_bucket ON service_search_key
       USING gin (head_vector, (tie_key >> 54)) WITH (fastupdate = off)`,
    );
    await queryRunner.query(`CREATE INDEX idx_service_search_key_tie ON service_search_key (tie_key, id)`);

    await queryRunner.query(`DROP INDEX idx_service_search_document_vector_bucket`);
    await queryRunner.query(`DROP INDEX idx_service_search_document_head_bucket`);
    await queryRunner.query(`DROP INDEX idx_service_search_document_facets`);
    await queryRunner.query(`DROP INDEX idx_service_search_document_tie`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX idx_service_search_document_tie ON service_search_document (tie_key, id)`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_facets ON service_search_document USING gin (facet_values) WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_head_bucket ON service_search_document
       USING gin (service_search_head_vector(document), (tie_key >> 54)) WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_service_search_document_vector_bucket ON service_search_document
       USING gin (search_vector, (tie_key >> 54)) WITH (fastupdate = off)`,
    );
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER service_search_document_keys_${event} ON service_search_document`);
    }
    await queryRunner.query(`DROP FUNCTION service_search_document_keys()`);
    await queryRunner.query(`DROP TABLE service_search_key`);
  }
}
