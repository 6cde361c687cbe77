import { Role } from '@ytmt/core';
import { InsightRefreshService, PublishedCell, recoverableBySubtraction } from '@ytmt/insights';
import { anonymous, createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

const CELL = 'areaId municipalityCode month metric dimension count averageDays suppressed';
const REPORT = `view year minimumCount areas { id nameFi own } providers { id name sector } municipalities { code nameFi } cells { ${CELL} }`;
const AREA = `query ($areaId: ID!, $year: Int!) { areaInsights(areaId: $areaId, year: $year) { ${REPORT} } }`;
const COMPARISON = `query ($year: Int!) { insightsComparison(year: $year) { ${REPORT} } }`;
const PUBLIC = `query ($year: Int!, $areaId: ID) { publicInsights(year: $year, areaId: $areaId) { ${REPORT} } }`;
const CSV = 'query ($view: InsightView!, $year: Int!, $areaId: ID) { insightsCsv(view: $view, year: $year, areaId: $areaId) }';
const CREATE_NEED = 'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }';
const MOVE = 'mutation ($input: MoveNeedStageInput!) { moveNeedStage(input: $input) { stage } }';

interface Cell {
  areaId: string | null;
  municipalityCode: string | null;
  month: string | null;
  metric: string;
  dimension: string;
  count: number | null;
  averageDays: number | null;
  suppressed: boolean;
}
interface Report {
  view: string;
  minimumCount: number;
  areas: { id: string; nameFi: string; own: boolean }[];
  providers: { id: string; name: string; sector: string }[];
  municipalities: { code: string; nameFi: string }[];
  cells: Cell[];
}

const YEAR = new Date().getUTCFullYear();
const needInput = (title: string, municipalityCode: string) => ({
  kinds: ['RECRUITMENT'],
  title,
  description: 'Haemme tuotantoon työntekijää, perehdytys järjestetään työpaikalla.',
  municipalityCode,
  remote: false,
  positions: 1,
  measuresOpenTo: ['WORK_TRIAL'],
  openToPrecisionCapable: true,
  visibility: 'COORDINATORS_AND_PROVIDERS',
});

const yearCell = (report: Report, areaId: string | null, metric: string, dimension = '') =>
  report.cells.find((c) => c.areaId === areaId && c.municipalityCode === null && c.month === null && c.metric === metric && c.dimension === dimension);

describe('Indicators: from the change feed to summary cells to role-scoped reports', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let coordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let areaAdmin: GraphQLClient;
  let provider: GraphQLClient;
  let lahtiArea: string;
  let helsinkiArea: string;
  let foundationId: string;
  const needIds: string[] = [];
  const cellTotal = async () => (await app.dataSource.query('SELECT coalesce(sum(count), 0)::int AS n, count(*)::int AS rows FROM insight_cell'))[0] as { n: number; rows: number };

  beforeAll(async () => {
    app = await createApp();
    employer = await signIn(app, Role.EMPLOYER_USER);
    coordinator = await signIn(app, Role.COORDINATOR);
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    areaAdmin = await signIn(app, Role.AREA_ADMIN);
    provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    [{ id: lahtiArea }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    [{ id: helsinkiArea }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'helsinki'`);
    [{ id: foundationId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Päijät-Hämeen Työvalmennussäätiö sr'`);
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    for (let i = 1; i <= 6; i++) {
      needIds.push((await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId, input: needInput(`Koneenkäyttäjä ${i}`, '398') })).createNeed.id);
    }
    // A foundation's service, proposed to the first need and accepted; then the need is filled.
    const { createService } = await provider.data<{ createService: { id: string } }>('mutation ($input: ServiceInput!) { createService(input: $input) { id } }', {
      input: {
        nameFi: 'Työkokeilu ja työhönvalmennus konepajoihin',
        summaryFi: 'Valmentaja etsii tekijän ja tukee perehdytyksessä työkokeilun ajan.',
        descriptionFi: 'Työvalmennussäätiön valmentaja etsii sopivan tekijän ja kulkee mukana työkokeilun ajan.',
        audience: 'EMPLOYERS',
        categoryCodes: ['JOB_COACHING'],
        targetGroupCodes: [],
        isNational: false,
        employmentAreaIds: [lahtiArea],
        municipalityCodes: [],
        locations: [],
        deliveryMode: 'ON_SITE',
        languages: ['fi'],
        isFree: true,
        costOptions: [],
      },
    });
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
    await coordinator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id: createService.id });
    const { proposeServices } = await provider.data<{ proposeServices: { id: string }[] }>(
      'mutation ($input: ProposeServicesInput!) { proposeServices(input: $input) { id } }',
      { input: { needId: needIds[0], serviceIds: [createService.id], message: 'Valmentajamme löytää tekijän työkokeilun kautta.' } },
    );
    await employer.data('mutation ($input: AnswerProposalInput!) { answerProposal(input: $input) { status } }', { input: { proposalId: proposeServices[0].id, accept: true } });
    await employer.data(MOVE, { input: { needId: needIds[0], stage: 'FILLED' } });
    await employer.data(MOVE, { input: { needId: needIds[1], stage: 'CLOSED' } });
    await app.app.get(InsightRefreshService, { strict: false }).sync();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it("shows the area's coordinator its figures in full, crediting the foundation whose proposal led to the hire", async () => {
    const { areaInsights } = await coordinator.data<{ areaInsights: Report }>(AREA, { areaId: lahtiArea, year: YEAR });
    expect(areaInsights.view).toBe('AREA');
    expect(yearCell(areaInsights, lahtiArea, 'NEEDS_OPENED')?.count).toBe(6);
    expect(yearCell(areaInsights, lahtiArea, 'PRECISION_NEEDS_OPENED')?.count).toBe(6);
    expect(yearCell(areaInsights, lahtiArea, 'NEEDS_FILLED')?.count).toBe(1);
    expect(yearCell(areaInsights, lahtiArea, 'NEEDS_CLOSED_UNFILLED')?.count).toBe(1);
    expect(yearCell(areaInsights, lahtiArea, 'PROPOSALS_LED_TO_HIRE', 'THIRD_SECTOR')?.count).toBe(1);
    expect(yearCell(areaInsights, lahtiArea, 'PROVIDER_PROPOSALS_LED_TO_HIRE', foundationId)?.count).toBe(1);
    expect(areaInsights.providers).toEqual([{ id: foundationId, name: 'Päijät-Hämeen Työvalmennussäätiö sr', sector: 'THIRD_SECTOR' }]);
    expect(areaInsights.municipalities).toEqual([{ code: '398', nameFi: 'Lahti' }]);
    // The municipality's own row too (Lahti, 398).
    expect(areaInsights.cells.find((c) => c.municipalityCode === '398' && c.month === null && c.metric === 'NEEDS_OPENED')?.count).toBe(6);
  });

  it("refuses another area's coordinator and a coordinator's comparison (FORBIDDEN)", async () => {
    const other = await helsinkiCoordinator.request(AREA, { areaId: lahtiArea, year: YEAR });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', fields: [{ path: 'areaId' }] });
    expect((await coordinator.request(COMPARISON, { year: YEAR })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await anonymous(app).request(AREA, { areaId: lahtiArea, year: YEAR })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const badYear = await coordinator.request(AREA, { areaId: lahtiArea, year: 1999 });
    expect(badYear.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year' }] });
  });

  it('counts nothing twice when the feed or a need is replayed', async () => {
    const before = await cellTotal();
    const refresh = app.app.get(InsightRefreshService, { strict: false });
    await refresh.sync();
    await refresh.refresh(needIds);
    await refresh.refresh(needIds);
    await refresh.rebuild();
    expect(await cellTotal()).toEqual(before);
    // A change after the replay is still counted once.
    await employer.data(MOVE, { input: { needId: needIds[2], stage: 'CLOSED' } });
    await refresh.sync();
    await refresh.sync();
    const { areaInsights } = await coordinator.data<{ areaInsights: Report }>(AREA, { areaId: lahtiArea, year: YEAR });
    expect(yearCell(areaInsights, lahtiArea, 'NEEDS_CLOSED_UNFILLED')?.count).toBe(2);
  });

  it('publishes no cell under five, not even by comparing overlapping filters', async () => {
    const client = anonymous(app);
    const national = (await client.data<{ publicInsights: Report }>(PUBLIC, { year: YEAR })).publicInsights;
    const lahti = (await client.data<{ publicInsights: Report }>(PUBLIC, { year: YEAR, areaId: lahtiArea })).publicInsights;
    const helsinki = (await client.data<{ publicInsights: Report }>(PUBLIC, { year: YEAR, areaId: helsinkiArea })).publicInsights;
    for (const report of [national, lahti, helsinki]) {
      expect(report.cells.filter((c) => c.count !== null && c.count > 0 && c.count < 5)).toEqual([]);
      expect(report.cells.some((c) => c.metric.startsWith('PROVIDER_'))).toBe(false);
      expect(report.cells.some((c) => c.municipalityCode !== null)).toBe(false);
    }
    expect(yearCell(national, lahtiArea, 'NEEDS_OPENED')?.count).toBe(6);
    expect(yearCell(national, null, 'NEEDS_OPENED')?.count).toBe(6);
    // Lahti's two closed needs: hidden in Lahti's row and, as they are the whole country's, nationally too.
    expect(yearCell(national, lahtiArea, 'NEEDS_CLOSED_UNFILLED')).toMatchObject({ count: null, suppressed: true });
    expect(yearCell(national, null, 'NEEDS_CLOSED_UNFILLED')).toMatchObject({ count: null, suppressed: true });
    // The attack: the national figure minus the published areas' figures, per filter. The narrower
    // filter shows exactly the cells of the wider one, so nothing new can be subtracted.
    const key = (c: Cell) => `${c.areaId}|${c.month}|${c.metric}|${c.dimension}`;
    const wide = new Map(national.cells.map((c) => [key(c), c]));
    for (const cell of [...lahti.cells, ...helsinki.cells]) expect(wide.get(key(cell))).toEqual(cell);
    const asPublished: PublishedCell[] = national.cells.map((c) => ({
      areaId: c.areaId ?? 'NATIONAL',
      period: c.month ?? 'TOTAL',
      metric: c.metric,
      dimension: c.dimension,
      count: c.count,
      totalHours: null,
      suppressed: c.suppressed,
    }));
    expect(recoverableBySubtraction(asPublished)).toEqual([]);
  });

  it("lets an area admin compare areas: its own in full, the others as published", async () => {
    const { insightsComparison } = await areaAdmin.data<{ insightsComparison: Report }>(COMPARISON, { year: YEAR });
    expect(insightsComparison.areas.find((a) => a.id === lahtiArea)?.own).toBe(true);
    expect(insightsComparison.areas.find((a) => a.id === helsinkiArea)?.own).toBe(false);
    expect(yearCell(insightsComparison, lahtiArea, 'NEEDS_CLOSED_UNFILLED')?.count).toBe(2);
    expect(yearCell(insightsComparison, null, 'NEEDS_CLOSED_UNFILLED')?.suppressed).toBe(true);
    expect(insightsComparison.cells.filter((c) => c.areaId !== lahtiArea && c.count !== null && c.count > 0 && c.count < 5)).toEqual([]);
  });

  it('shows the service network per area, with the categories no service covers', async () => {
    const query = '{ serviceCoverage { areas { id } categories { code labelFi } counts { areaId kind code count } gaps { areaId categoryCode } } }';
    const { serviceCoverage } = await anonymous(app).data<{
      serviceCoverage: { areas: { id: string }[]; categories: { code: string }[]; counts: { areaId: string | null; kind: string; code: string; count: number }[]; gaps: { areaId: string; categoryCode: string }[] };
    }>(query);
    expect(serviceCoverage.categories.map((c) => c.code)).toContain('JOB_COACHING');
    const lahtiCoaching = serviceCoverage.counts.find((c) => c.areaId === lahtiArea && c.kind === 'CATEGORY' && c.code === 'JOB_COACHING');
    expect(lahtiCoaching?.count).toBeGreaterThanOrEqual(1);
    expect(serviceCoverage.counts.find((c) => c.areaId === lahtiArea && c.kind === 'SECTOR' && c.code === 'THIRD_SECTOR')?.count).toBeGreaterThanOrEqual(1);
    expect(serviceCoverage.gaps.some((g) => g.areaId === lahtiArea && g.categoryCode === 'JOB_COACHING')).toBe(false);
    expect(serviceCoverage.gaps.some((g) => g.areaId === helsinkiArea && g.categoryCode === 'JOB_COACHING')).toBe(true);
  });

  it('downloads the same figures as CSV, the public one without small cells', async () => {
    const { insightsCsv } = await anonymous(app).data<{ insightsCsv: string }>(CSV, { view: 'PUBLIC', year: YEAR });
    const [header, ...rows] = insightsCsv.trim().split('\r\n');
    expect(header).toBe('area_id,area,municipality_code,month,metric,dimension,dimension_name,count,average_days,suppressed');
    const counts = rows.map((row) => row.split(',')).map((fields) => fields[7]).filter((count) => count !== '');
    expect(counts.every((count) => Number(count) === 0 || Number(count) >= 5)).toBe(true);
    const own = (await coordinator.data<{ insightsCsv: string }>(CSV, { view: 'AREA', year: YEAR, areaId: lahtiArea })).insightsCsv;
    expect(own).toContain('PROVIDER_PROPOSALS_LED_TO_HIRE');
    expect(own).toContain('Päijät-Hämeen Työvalmennussäätiö sr');
    expect((await anonymous(app).request(CSV, { view: 'AREA', year: YEAR, areaId: lahtiArea })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
