// Issue 12, point 3: a page of the coordinator's company list, with every per-row field (the CRM
// part, users, invitations, transfers), costs the same number of SQL statements for 10 companies
// as for 100.
import { createApp, expectFlatStatementCount, GraphQLClient, signIn, statementCountsAt, TestApp } from '@ytmt/test-kit';

const PAGE = `query ($first: Int, $after: String) { myCompanies(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node {
    id name businessId type sector website homeMunicipalityCode homeEmploymentAreaId operatingMunicipalityCodes sizeClass
    industry { section code sectionNameFi }
    crm { tags sharedWithEmploymentAreaIds responsibleCoordinators { userId displayName } }
    users { email role }
    invitations { id email }
    transfers { id fromMunicipalityCode toMunicipalityCode fromEmploymentAreaId toEmploymentAreaId reason at }
    verificationStatus verificationMethod verifiedAt
  } } } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    node: {
      id: string;
      name: string;
      operatingMunicipalityCodes: string[];
      crm: { tags: string[]; sharedWithEmploymentAreaIds: string[]; responsibleCoordinators: { displayName: string }[] } | null;
      users: unknown[] | null;
      invitations: unknown[] | null;
      transfers: { reason: string; fromMunicipalityCode: string }[] | null;
    };
  }[];
}

/** A valid Y-tunnus for a running number, or null when no check digit fits it (remainder 1). */
function businessId(serial: number): string | null {
  const digits = String(8_100_000 + serial);
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = [...digits].reduce((sum, digit, i) => sum + Number(digit) * weights[i], 0) % 11;
  if (remainder === 1) return null;
  return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
}

describe('Statement counts: the company list', () => {
  let app: TestApp;
  let coordinator: GraphQLClient;
  let lahtiAreaId: string;
  let helsinkiAreaId: string;
  let coordinatorUserId: string;
  let baseline: number;
  let added = 0;
  const usedBusinessIds = new Set<string>();

  /** `count` more companies at home in Lahti, each with tags, a responsible coordinator, a share and a transfer. */
  async function addCompanies(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      added += 1;
      let id: string | null = null;
      for (let serial = added * 3; id === null || usedBusinessIds.has(id); serial++) id = businessId(serial);
      usedBusinessIds.add(id);
      const [{ id: organizationId }] = await app.dataSource.query(
        `INSERT INTO organization (name, sector, type, business_id, home_municipality_code)
         VALUES ($1, 'PRIVATE', 'COMPANY', $2, '398') RETURNING id`,
        [`Lahden Laskentapalvelu ${String(added).padStart(3, '0')} Oy`, id],
      );
      await app.dataSource.query(
        `INSERT INTO company_profile (organization_id, industry_section, industry_code, size_class, home_municipality_code, home_employment_area_id, verification_status)
         VALUES ($1, 'M', '69.20', 'SMALL_10_49', '398', $2, 'VERIFIED')`,
        [organizationId, lahtiAreaId],
      );
      await app.dataSource.query(`INSERT INTO company_operating_municipality (organization_id, municipality_code) VALUES ($1, '398'), ($1, '091')`, [
        organizationId,
      ]);
      await app.dataSource.query(`INSERT INTO company_tag (organization_id, tag) VALUES ($1, 'kirjanpito'), ($1, 'tilintarkastus')`, [organizationId]);
      await app.dataSource.query('INSERT INTO company_responsible_coordinator (organization_id, user_id) VALUES ($1, $2)', [organizationId, coordinatorUserId]);
      await app.dataSource.query('INSERT INTO company_area_share (organization_id, employment_area_id) VALUES ($1, $2)', [organizationId, helsinkiAreaId]);
      await app.dataSource.query(
        `INSERT INTO company_transfer (organization_id, from_municipality_code, to_municipality_code, from_employment_area_id, to_employment_area_id, reason)
         VALUES ($1, '091', '398', $2, $3, 'Pääkonttori muutti Lahteen')`,
        [organizationId, helsinkiAreaId, lahtiAreaId],
      );
    }
  }

  const page = async (first: number, after: string | null = null) => (await coordinator.data<{ myCompanies: Page }>(PAGE, { first, after })).myCompanies;

  beforeAll(async () => {
    // A page of 100 companies with all their parts is beyond the default query cost on purpose.
    app = await createApp({ env: { GRAPHQL_MAX_COMPLEXITY: '5000000' } });
    coordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    [{ id: lahtiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    [{ id: helsinkiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'helsinki'`);
    [{ id: coordinatorUserId }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'koordinaattori.lahti@ytmt.example'`);
    for (const { business_id: taken } of await app.dataSource.query('SELECT business_id FROM organization WHERE business_id IS NOT NULL')) {
      usedBusinessIds.add(taken as string);
    }
    baseline = (await page(1)).totalCount;
  }, 120_000);
  afterAll(() => app?.close());

  it('reads a page of 100 companies with their per-row fields in as many statements as a page of 10', async () => {
    const { companies } = await statementCountsAt(app.dataSource, { companies: () => page(100) }, (size) => addCompanies(size - added));
    const { small, large } = companies;

    expect(small.result.totalCount).toBe(baseline + 10);
    expect(small.result.edges.length).toBeGreaterThanOrEqual(10);
    expect(large.result.totalCount).toBe(baseline + 100);
    expect(large.result.edges).toHaveLength(100);
    // The rows really carry their per-row parts.
    const ours = large.result.edges.filter((edge) => edge.node.name.startsWith('Lahden Laskentapalvelu'));
    expect(ours.length).toBeGreaterThanOrEqual(100 - baseline);
    for (const { node } of ours) {
      expect(node.operatingMunicipalityCodes).toEqual(['091', '398']);
      expect(node.crm).toEqual({
        tags: ['kirjanpito', 'tilintarkastus'],
        sharedWithEmploymentAreaIds: [helsinkiAreaId],
        responsibleCoordinators: [expect.objectContaining({ displayName: expect.any(String) })],
      });
      // A coordinator is no user of the company: users and invitations stay hidden.
      expect(node.users).toBeNull();
      expect(node.invitations).toBeNull();
      expect(node.transfers).toEqual([expect.objectContaining({ fromMunicipalityCode: '091', reason: 'Pääkonttori muutti Lahteen' })]);
    }
    expectFlatStatementCount('companies', companies);
    expect(large.statements).toBeLessThan(30);
  }, 120_000);

  it('pages through the list by name, without gaps or repeats', async () => {
    const whole = await page(100);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const current: Page = await page(30, after);
      expect(current.totalCount).toBe(baseline + 100);
      seen.push(...current.edges.map((edge) => edge.node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen.slice(0, 100)).toEqual(whole.edges.map((edge) => edge.node.id));
    expect(new Set(seen).size).toBe(baseline + 100);
    // Ours differ only in their zero-padded number: any collation sorts them alike.
    const names = whole.edges.map((edge) => edge.node.name).filter((name) => name.startsWith('Lahden Laskentapalvelu'));
    expect([...names].sort()).toEqual(names);
  });
});
