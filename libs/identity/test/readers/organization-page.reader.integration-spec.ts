import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@ytmt/core';
import { Organization, OrganizationPageReader, OrganizationType, Sector } from '@ytmt/identity';
import { createTestDatabase, dropTestDatabase } from '@ytmt/test-kit';

// One reader serves crm's company list (search, keyset) and the HSDS export (numbered pages).
describe('OrganizationPageReader (real PostgreSQL)', () => {
  let databaseUrl: string;
  let dataSource: DataSource;
  let reader: OrganizationPageReader;
  const ids: Record<string, string> = {};

  const names = (organizations: Organization[]) => organizations.map((organization) => organization.name);

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions(databaseUrl));
    await dataSource.initialize();
    reader = new OrganizationPageReader(dataSource);
    const rows: [string, string | null][] = [
      ['Rakennus Virtanen Oy', '1572860-0'],
      ['Kahvila 100% Kotimainen Oy', '2737654-8'],
      ['Puutarha_Laine Ky', null],
      ['Puutarhax Laine Ky', null],
      ['Ahvenanmaan Kala Ab', '0112038-9'],
    ];
    for (const [name, businessId] of rows) {
      const organization = await dataSource
        .getRepository(Organization)
        .save({ name, businessId, sector: Sector.PRIVATE, type: OrganizationType.COMPANY, homeMunicipalityCode: null });
      ids[name] = organization.id;
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropTestDatabase(databaseUrl);
  });

  it('reads nothing for no ids', async () => {
    expect(await reader.page([], { limit: 10 })).toEqual({ totalCount: 0, organizations: [] });
  });

  it('orders the given organisations by name, counting all of them, and skips to numbered pages', async () => {
    const all = Object.values(ids);
    const first = await reader.page(all, { offset: 0, limit: 2 });
    expect(first.totalCount).toBe(5);
    expect(names(first.organizations)).toEqual(['Ahvenanmaan Kala Ab', 'Kahvila 100% Kotimainen Oy']);
    const third = await reader.page(all, { offset: 4, limit: 2 });
    expect(third.totalCount).toBe(5);
    expect(names(third.organizations)).toEqual(['Rakennus Virtanen Oy']);
  });

  it('ignores ids that name no organisation and repeated ids', async () => {
    const page = await reader.page([ids['Rakennus Virtanen Oy'], ids['Rakennus Virtanen Oy'], '00000000-0000-4000-8000-000000000000'], { limit: 10 });
    expect(page.totalCount).toBe(1);
    expect(names(page.organizations)).toEqual(['Rakennus Virtanen Oy']);
  });

  it('continues after a keyset, with the count of the whole list', async () => {
    const page = await reader.page(Object.values(ids), { after: { name: 'Kahvila 100% Kotimainen Oy', id: ids['Kahvila 100% Kotimainen Oy'] }, limit: 2 });
    expect(page.totalCount).toBe(5);
    expect(names(page.organizations)).toEqual(['Puutarha_Laine Ky', 'Puutarhax Laine Ky']);
  });

  it('searches part of the name case-insensitively, or the exact business id', async () => {
    const all = Object.values(ids);
    expect(names((await reader.page(all, { search: '  laine ', limit: 10 })).organizations)).toEqual(['Puutarha_Laine Ky', 'Puutarhax Laine Ky']);
    const byBusinessId = await reader.page(all, { search: '1572860-0', limit: 10 });
    expect(byBusinessId.totalCount).toBe(1);
    expect(names(byBusinessId.organizations)).toEqual(['Rakennus Virtanen Oy']);
    expect((await reader.page(all, { search: '1572860', limit: 10 })).totalCount).toBe(0);
  });

  it('takes % and _ in a search literally', async () => {
    const all = Object.values(ids);
    expect(names((await reader.page(all, { search: '100%', limit: 10 })).organizations)).toEqual(['Kahvila 100% Kotimainen Oy']);
    expect(names((await reader.page(all, { search: '_', limit: 10 })).organizations)).toEqual(['Puutarha_Laine Ky']);
    expect((await reader.page(all, { search: '%', limit: 10 })).totalCount).toBe(1);
  });
});
