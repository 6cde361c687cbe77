import { DemoSeeder } from '@ytmt/demo';
import { useTestDataSource } from '@ytmt/test-kit';
import { RegionsImporter } from '../../src/import/regions.importer';

describe('RegionsImporter and DemoSeeder on a real database', () => {
  const database = useTestDataSource();

  const count = async (table: string) => (await database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('is idempotent and never overwrites an admin edit of an employment area', async () => {
    await database.dataSource.query(`UPDATE employment_area SET name_fi = 'Lahden alue (muokattu)' WHERE code = 'lahti'`);
    await database.dataSource.query(
      `DELETE FROM employment_area_municipality WHERE employment_area_id = (SELECT id FROM employment_area WHERE code = 'kympin-tyollisyysalue') AND municipality_code = '989'`,
    );
    const report = await new RegionsImporter(database.dataSource).import();
    expect(report).toMatchObject({ municipalities: 309, employmentAreasAdded: 0, employmentAreasKept: 19 });
    expect(await count('municipality')).toBe(309);
    expect(await count('postal_code')).toBe(report.postalCodes);
    const [lahti] = await database.dataSource.query(`SELECT name_fi FROM employment_area WHERE code = 'lahti'`);
    expect(lahti.name_fi).toBe('Lahden alue (muokattu)');
    const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM employment_area_municipality WHERE municipality_code = '989'`);
    expect(n).toBe(0);
  });

  it('adds a deleted area back with its verified members', async () => {
    await database.dataSource.query(`DELETE FROM employment_area WHERE code = 'etela-satakunnan-tyollisyysalue'`);
    const report = await new RegionsImporter(database.dataSource).import();
    expect(report.employmentAreasAdded).toBe(1);
    const members = await database.dataSource.query(
      `SELECT m.municipality_code FROM employment_area_municipality m JOIN employment_area a ON a.id = m.employment_area_id WHERE a.code = 'etela-satakunnan-tyollisyysalue'`,
    );
    expect(members).toHaveLength(5);
  });

  it('seeds demo data idempotently', async () => {
    const before = { organizations: await count('organization'), users: await count('app_user'), memberships: await count('membership') };
    const report = await new DemoSeeder(database.dataSource, new RegionsImporter(database.dataSource)).seed();
    expect(report.memberships).toBe(0);
    expect({ organizations: await count('organization'), users: await count('app_user'), memberships: await count('membership') }).toEqual(before);
  });
});
