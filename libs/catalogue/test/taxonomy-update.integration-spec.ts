import { Role } from '@ytmt/core';
import { CatalogueErrorCode, CatalogueException } from '../src/catalogue.exception';
import { Taxonomy } from '../src/entities/taxonomy-term.entity';
import { TaxonomyService } from '../src/taxonomy.service';
import { Principal } from '@ytmt/core';
import { UserDirectory } from '@ytmt/identity';
import { createApp, TestApp } from '@ytmt/test-kit';

describe('TaxonomyService.update (real PostgreSQL)', () => {
  let app: TestApp;
  let service: TaxonomyService;
  let admin: Principal;

  beforeAll(async () => {
    app = await createApp();
    service = app.app.get(TaxonomyService);
    admin = (await app.app.get(UserDirectory).findByEmail('paakayttaja@ytmt.example')) as Principal;
  });
  afterAll(() => app.close());

  it('changes the labels only, clears an omitted one, and audits the change', async () => {
    const [term] = await service.list(Taxonomy.SERVICE_CATEGORY);
    const updated = await service.update(admin, term.id, { labelFi: ' Uusi nimi ', labelSv: 'Nytt namn' });
    expect(updated).toMatchObject({ id: term.id, code: term.code, taxonomy: term.taxonomy, labelFi: 'Uusi nimi', labelSv: 'Nytt namn', labelEn: null });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'taxonomy_term.update' AND resource_id = $1`, [term.id]);
    expect(n).toBe(1);
  });

  it('refuses other roles and unknown ids', async () => {
    const [term] = await service.list(Taxonomy.TARGET_GROUP);
    const coordinator: Principal = { userId: admin.userId, email: 'x@ytmt.example', memberships: [{ role: Role.COORDINATOR, organizationId: null, employmentAreaId: null }] };
    const refused = await service.update(coordinator, term.id, { labelFi: 'Ei käy' }).catch((e: unknown) => e);
    expect((refused as CatalogueException).code).toBe(CatalogueErrorCode.NOT_ALLOWED);
    const unknown = await service.update(admin, '00000000-0000-4000-8000-000000000000', { labelFi: 'Ei ole' }).catch((e: unknown) => e);
    expect((unknown as CatalogueException).code).toBe(CatalogueErrorCode.UNKNOWN_TAXONOMY_TERM);
    expect((unknown as CatalogueException).fields[0].path).toBe('id');
  });
});
