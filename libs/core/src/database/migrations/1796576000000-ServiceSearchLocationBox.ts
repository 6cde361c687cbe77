import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The box around a service's locations, as four plain columns of service_search_key (computed
 * from its latitude and longitude arrays): a search sorted by distance first looks only at matches
 * whose box meets a box around the place, and computes the distance of those alone (issue 15:
 * testing the arrays row by row cost as much as the distances). No location: null, never near.
 */
export class ServiceSearchLocationBox1796576000000 implements MigrationInterface {
  name = 'ServiceSearchLocationBox1796576000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, aggregate] of [
      ['service_search_array_min', 'min'],
      ['service_search_array_max', 'max'],
    ] as const) {
      await queryRunner.query(
        `CREATE FUNCTION ${name}(double precision[]) RETURNS double precision
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT ${aggregate}(v) FROM unnest($1) AS v'`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE service_search_key
         ADD COLUMN latitude_min double precision GENERATED ALWAYS AS (service_search_array_min(latitudes)) STORED,
         ADD COLUMN latitude_max double precision GENERATED ALWAYS AS (service_search_array_max(latitudes)) STORED,
         ADD COLUMN longitude_min double precision GENERATED ALWAYS AS (service_search_array_min(longitudes)) STORED,
         ADD COLUMN longitude_max double precision GENERATED ALWAYS AS (service_search_array_max(longitudes)) STORED`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_search_key
         DROP COLUMN latitude_min, DROP COLUMN latitude_max, DROP COLUMN longitude_min, DROP COLUMN longitude_max`,
    );
    await queryRunner.query(`DROP FUNCTION service_search_array_min(double precision[])`);
    await queryRunner.query(`DROP FUNCTION service_search_array_max(double precision[])`);
  }
}
