import 'reflect-metadata';
import { Test, TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule } from '@ytmt/core';
import { INDEX_SERVICE_JOB, ServiceStatus } from '@ytmt/catalogue';
import { Sector } from '@ytmt/identity';
import { createTestDatabase, dropTestDatabase, removeQueueKeys, testConfig } from '@ytmt/test-kit';
import { DemoCatalogueReport, DemoCatalogueSeeder } from '../src/demo-catalogue.seeder';
import { DEMO_SERVICES } from '../src/demo-services';
import { DemoModule } from '../src/demo.module';

describe('Demo service catalogue (real PostgreSQL)', () => {
  let config: AppConfig;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let first: DemoCatalogueReport;
  let second: DemoCatalogueReport;
  let before: unknown;
  let after: unknown;

  /** Everything the seeder can write, so a second run can be shown to change nothing. */
  const snapshot = async () => ({
    services: await dataSource.query('SELECT id, status, updated_at FROM service ORDER BY id'),
    changes: await dataSource.query('SELECT count(*)::int AS n FROM service_change'),
    outbox: await dataSource.query('SELECT count(*)::int AS n FROM outbox_event'),
    parts: await dataSource.query(
      `SELECT (SELECT count(*) FROM service_taxonomy_term)::int AS terms, (SELECT count(*) FROM service_area)::int AS areas,
              (SELECT count(*) FROM service_location)::int AS locations, (SELECT count(*) FROM service_cost_option)::int AS costs`,
    ),
  });

  beforeAll(async () => {
    // The template has the demo organisations and users but no services; the relay's poll is
    // slowed down so the outbox rows stay inspectable (dispatching would not delete them anyway).
    config = testConfig(await createTestDatabase(), { OUTBOX_POLL_MS: '60000' });
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, DemoModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    const seeder = moduleRef.get(DemoCatalogueSeeder);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM service')).toEqual([{ n: 0 }]);
    first = await seeder.seed();
    before = await snapshot();
    second = await seeder.seed();
    after = await snapshot();
  });

  afterAll(async () => {
    await moduleRef?.close();
    if (config) {
      await removeQueueKeys(config);
      await dropTestDatabase(config.databaseUrl);
    }
  });

  it('creates every demo service once; a second run creates and changes nothing', () => {
    expect(first).toEqual({ created: DEMO_SERVICES.length, existing: 0 });
    expect(second).toEqual({ created: 0, existing: DEMO_SERVICES.length });
    expect(after).toEqual(before);
  });

  it('moves every service to its target state, with the moderator’s reason on rejected ones', async () => {
    const rows: { name_fi: string; status: ServiceStatus; rejection_reason: string | null; published_at: Date | null }[] =
      await dataSource.query('SELECT name_fi, status, rejection_reason, published_at FROM service');
    const byName = new Map(rows.map((row) => [row.name_fi, row]));
    for (const demo of DEMO_SERVICES) {
      const row = byName.get(demo.service.nameFi);
      expect({ name: demo.service.nameFi, status: row?.status }).toEqual({ name: demo.service.nameFi, status: demo.status });
      if (demo.status === ServiceStatus.REJECTED) expect(row?.rejection_reason).toBe(demo.rejectionReason);
      if (demo.status === ServiceStatus.ARCHIVED) expect(row?.published_at).not.toBeNull();
    }
    const statuses = await dataSource.query('SELECT DISTINCT status FROM service ORDER BY status');
    expect(statuses.map((row: { status: string }) => row.status).sort()).toEqual(Object.values(ServiceStatus).sort());
  });

  it('covers every category and target group of the taxonomy with a published service', async () => {
    const missing = await dataSource.query(`
      SELECT t.taxonomy, t.code FROM taxonomy_term t
       WHERE NOT EXISTS (
         SELECT 1 FROM service_taxonomy_term st JOIN service s ON s.id = st.service_id
          WHERE st.taxonomy_term_id = t.id AND s.status = 'PUBLISHED')`);
    expect(missing).toEqual([]);
    const taxonomies = await dataSource.query('SELECT DISTINCT taxonomy FROM taxonomy_term ORDER BY taxonomy');
    expect(taxonomies).toEqual([{ taxonomy: 'SERVICE_CATEGORY' }, { taxonomy: 'TARGET_GROUP' }]);
  });

  it('has published services from all three sectors, nationally and in the demo areas', async () => {
    const sectors = await dataSource.query(`
      SELECT DISTINCT o.sector FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.status = 'PUBLISHED'`);
    expect(sectors.map((row: { sector: string }) => row.sector).sort()).toEqual(Object.values(Sector).sort());
    const areas = await dataSource.query(`
      SELECT DISTINCT ea.code FROM service s
        JOIN service_area sa ON sa.service_id = s.id JOIN employment_area ea ON ea.id = sa.employment_area_id
       WHERE s.status = 'PUBLISHED' ORDER BY ea.code`);
    expect(areas.map((row: { code: string }) => row.code)).toEqual(
      expect.arrayContaining(['helsinki', 'kympin-tyollisyysalue', 'lahti', 'pohjoisen-keski-suomen-tyollisyysalue']),
    );
    const [{ n: national }] = await dataSource.query(`SELECT count(*)::int AS n FROM service WHERE status = 'PUBLISHED' AND is_national`);
    expect(national).toBeGreaterThan(0);
  });

  it('wrote an index job to the outbox for every published and archived service', async () => {
    const rows: { service_id: string }[] = await dataSource.query(
      `SELECT s.id AS service_id FROM service s
        WHERE s.status IN ('PUBLISHED', 'ARCHIVED')
          AND NOT EXISTS (
            SELECT 1 FROM outbox_event e
             WHERE e.job_name = $1 AND e.payload ->> 'serviceId' = s.id::text)`,
      [INDEX_SERVICE_JOB],
    );
    expect(rows).toEqual([]);
    // Drafts, submitted and rejected services were never public, so nothing was indexed for them.
    const unexpected = await dataSource.query(
      `SELECT s.name_fi FROM service s JOIN outbox_event e ON e.payload ->> 'serviceId' = s.id::text
        WHERE s.status IN ('DRAFT', 'SUBMITTED', 'REJECTED') AND e.job_name = $1`,
      [INDEX_SERVICE_JOB],
    );
    expect(unexpected).toEqual([]);
  });

  it('recorded who moved each service: its provider user, then a moderator of its area', async () => {
    // The trim reads the status whether the jsonb holds "PUBLISHED" or the JSON text of it.
    const moves: { email: string; status: string }[] = await dataSource.query(`
      SELECT DISTINCT u.email, trim(both '"' from c.new_value #>> '{}') AS status
        FROM service_change c JOIN app_user u ON u.id = c.changed_by_user_id
       WHERE c.field_name = 'status'`);
    const movedBy = (status: string) => new Set(moves.filter((m) => m.status === status).map((m) => m.email));
    expect([...movedBy('SUBMITTED')].every((email) => email.startsWith('palveluntuottaja.'))).toBe(true);
    // Regional services by the coordinators of their areas; national ones and those of an area
    // without a demo coordinator by the platform admin.
    expect([...movedBy('PUBLISHED')].sort()).toEqual([
      'koordinaattori.helsinki@ytmt.example',
      'koordinaattori.kymppi@ytmt.example',
      'koordinaattori.lahti@ytmt.example',
      'paakayttaja@ytmt.example',
    ]);
    expect(movedBy('SUBMITTED').size).toBe(new Set(DEMO_SERVICES.filter((s) => s.status !== ServiceStatus.DRAFT).map((s) => s.providerKey)).size);
  });
});
