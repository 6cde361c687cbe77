import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The head vector's GIN index also holds the facet values (as the search vector's does), so that
 * a filtered search's ranking candidates — the matches in a service's name or summary — come as
 * one bitmap of the rows passing both, instead of every head match being read and its facet
 * combination keys checked (issue 15: filtered queries spent most of their page there).
 */
export class ServiceSearchHeadFacets1796575000000 implements MigrationInterface {
  name = 'ServiceSearchHeadFacets1796575000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_service_search_key_head_bucket`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_key_head_bucket ON service_search_key
       USING gin (head_vector, (tie_key >> 54), facet_values) WITH (fastupdate = off)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_service_search_key_head_bucket`);
    await queryRunner.query(
      `CREATE INDEX idx_service_search_key_head_bucket ON service_search_key
       USING gin (head_vector, (tie_key >> 54)) WITH (fastupdate = off)`,
    );
  }
}
