import { Role } from '@ytmt/core';
import { createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

const NEED_FIELDS = `id stage kinds title hoursMin hoursMax measuresOpenTo stageHistory { stage at }
  tasks { title kind lifting } suggestedServices { service { id name { fi } coverage { employmentAreaIds } } reasons }`;
const CREATE_NEED = `mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { ${NEED_FIELDS} } }`;

const task = (title: string, kind: 'CORE' | 'SEPARABLE', lifting = 1) => ({
  title,
  kind,
  physicalStrain: 1,
  standingWalking: 2,
  lifting,
  cognitiveLoad: 1,
  customerInteraction: 0,
  timePressure: 1,
});

const needInput = {
  kinds: ['RECRUITMENT'],
  title: 'Varastotyöntekijä keräilyyn',
  description: 'Haemme varastoon keräilijää, joka hoitaa tilausten keräilyn ja pakkaamisen.',
  municipalityCode: '398',
  remote: false,
  positions: 2,
  hoursMin: 20,
  hoursMax: 30,
  partTimePossible: true,
  measuresOpenTo: ['PAY_SUBSIDY'],
  adjustmentsOffered: ['WORKING_TIME'],
  openToPrecisionCapable: true,
  visibility: 'COORDINATORS_ONLY',
  tasks: [task('Tilausten keräily', 'CORE'), task('Lavojen siirto trukilla', 'SEPARABLE', 3)],
};

const serviceInput = (areaId: string, nameFi: string) => ({
  nameFi,
  summaryFi: 'Neuvomme työnantajaa palkkatuen hakemisessa ja ehdoissa.',
  descriptionFi: 'Työvalmentaja käy palkkatuen ehdot läpi ja auttaa hakemuksessa.',
  audience: 'EMPLOYERS',
  categoryCodes: ['PAY_SUBSIDY'],
  targetGroupCodes: [],
  isNational: false,
  employmentAreaIds: [areaId],
  municipalityCodes: [],
  locations: [],
  deliveryMode: 'REMOTE',
  languages: ['fi'],
  isFree: true,
  costOptions: [],
});

describe('Employer needs end to end', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let otherEmployer: GraphQLClient;
  let lahtiCoordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let konepajaId: string;

  beforeAll(async () => {
    app = await createApp({ worker: true });
    employer = await signIn(app, Role.EMPLOYER_USER);
    otherEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
    lahtiCoordinator = await signIn(app, Role.COORDINATOR);
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    [{ id: konepajaId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
  });
  afterAll(() => app.close());

  async function publish(areaCode: string, nameFi: string, coordinator: GraphQLClient): Promise<string> {
    const provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    const [{ id: areaId }] = await app.dataSource.query('SELECT id FROM employment_area WHERE code = $1', [areaCode]);
    const { createService } = await provider.data<{ createService: { id: string } }>(
      'mutation ($input: ServiceInput!) { createService(input: $input) { id } }',
      { input: serviceInput(areaId, nameFi) },
    );
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
    await coordinator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id: createService.id });
    return createService.id;
  }

  it('lets the employer write a need with a carved role, shows pay-subsidy services of its municipality', async () => {
    const lahtiService = await publish('lahti', 'Palkkatukineuvonta Lahdessa', lahtiCoordinator);
    const helsinkiService = await publish('helsinki', 'Palkkatukineuvonta Helsingissä', helsinkiCoordinator);
    type Created = { createNeed: { id: string; stage: string; stageHistory: { stage: string }[]; tasks: { kind: string }[]; suggestedServices: { service: { id: string }; reasons: string[] }[] } };
    const created = await eventually(async () => {
      const result = await employer.data<Created>(CREATE_NEED, { companyId: konepajaId, input: needInput });
      const ids = result.createNeed.suggestedServices.map((s) => s.service.id);
      return ids.includes(lahtiService) ? result : undefined;
    }, 5000);
    const need = created.createNeed;
    expect(need.stage).toBe('IDENTIFIED');
    expect(need.stageHistory.map((s) => s.stage)).toEqual(['IDENTIFIED']);
    expect(need.tasks.map((t) => t.kind)).toEqual(['CORE', 'SEPARABLE']);
    const suggestion = need.suggestedServices.find((s) => s.service.id === lahtiService);
    expect(suggestion?.reasons.join(' ')).toMatch(/palkkatu/);
    expect(need.suggestedServices.map((s) => s.service.id)).not.toContain(helsinkiService);
  });

  it('keeps a company’s needs from other companies and from coordinators of other areas', async () => {
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput });
    const read = 'query ($id: ID!) { need(id: $id) { id title } }';
    expect((await otherEmployer.request(read, { id: createNeed.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await helsinkiCoordinator.request(read, { id: createNeed.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const edit = await otherEmployer.request('mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }', {
      id: createNeed.id,
      input: { ...needInput, title: 'Kaapattu tarve' },
    });
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const list = await otherEmployer.request('query ($companyId: ID!) { companyNeeds(companyId: $companyId) { id } }', { companyId: konepajaId });
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A coordinator of the company's own area may read it and write needs on its behalf.
    const seen = await lahtiCoordinator.data<{ need: { title: string } }>(read, { id: createNeed.id });
    expect(seen.need.title).toBe(needInput.title);
    const onBehalf = await lahtiCoordinator.data<{ createNeed: { id: string } }>(CREATE_NEED, {
      companyId: konepajaId,
      input: { ...needInput, title: 'Koneistaja oppisopimuksella', measuresOpenTo: ['APPRENTICESHIP'] },
    });
    expect(onBehalf.createNeed.id).toEqual(expect.any(String));
    const helsinkiWrite = await helsinkiCoordinator.request(CREATE_NEED, { companyId: konepajaId, input: needInput });
    expect(helsinkiWrite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves along 6T with a timestamp per step, never backwards', async () => {
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput });
    const move = 'mutation ($input: MoveNeedStageInput!) { moveNeedStage(input: $input) { stage stageHistory { stage at } } }';
    await employer.data(move, { input: { needId: createNeed.id, stage: 'SPECIFIED' } });
    const described = await employer.data<{ moveNeedStage: { stage: string; stageHistory: { stage: string; at: string }[] } }>(move, {
      input: { needId: createNeed.id, stage: 'DESCRIBED' },
    });
    expect(described.moveNeedStage.stageHistory.map((s) => s.stage)).toEqual(['IDENTIFIED', 'SPECIFIED', 'DESCRIBED']);
    const back = await employer.request(move, { input: { needId: createNeed.id, stage: 'IDENTIFIED' } });
    expect(back.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.stage' }] });
  });

  it('refuses demand level 4, hours min above max and a role with no core task, writing nothing', async () => {
    const count = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM need'))[0].n as number;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...needInput, tasks: [task('Raskas nosto', 'CORE', 4)] }, 'input.tasks.0.lifting'],
      [{ ...needInput, hoursMin: 37, hoursMax: 20 }, 'input.hoursMax'],
      [{ ...needInput, tasks: [task('Siivous', 'SEPARABLE')] }, 'input.tasks'],
      [{ ...needInput, municipalityCode: '999' }, 'input.municipalityCode'],
      [{ ...needInput, skills: [{ uri: 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000', required: true }] }, 'input.skills[0].uri'],
    ];
    for (const [input, path] of cases) {
      const result = await employer.request(CREATE_NEED, { companyId: konepajaId, input });
      expect({ path, code: result.errors?.[0].extensions?.code }).toEqual({ path, code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0].extensions?.fields?.map((f) => f.path)).toContain(path);
    }
    expect(await count()).toBe(before);
  });

  it('keeps a pay range on create and update, and refuses a bad one naming the field', async () => {
    const PAY = 'id payMin payMax payUnit';
    const created = await employer.data<{ createNeed: { id: string; payMin: number | null; payMax: number | null; payUnit: string | null } }>(
      `mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { ${PAY} } }`,
      { companyId: konepajaId, input: { ...needInput, payMin: 2300, payMax: 2600, payUnit: 'MONTH' } },
    );
    expect(created.createNeed).toMatchObject({ payMin: 2300, payMax: 2600, payUnit: 'MONTH' });
    const update = `mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { ${PAY} } }`;
    const hourly = await employer.data<{ updateNeed: Record<string, unknown> }>(update, { id: created.createNeed.id, input: { ...needInput, payMin: 14, payUnit: 'HOUR' } });
    expect(hourly.updateNeed).toMatchObject({ payMin: 14, payMax: null, payUnit: 'HOUR' });
    const cleared = await employer.data<{ updateNeed: Record<string, unknown> }>(update, { id: created.createNeed.id, input: needInput });
    expect(cleared.updateNeed).toMatchObject({ payMin: null, payMax: null, payUnit: null });

    const cases: [Record<string, unknown>, string][] = [
      [{ ...needInput, payMin: 3000, payMax: 2000, payUnit: 'MONTH' }, 'input.payMax'],
      [{ ...needInput, payMin: -1, payUnit: 'HOUR' }, 'input.payMin'],
      [{ ...needInput, payMax: 1_000_001, payUnit: 'YEAR' }, 'input.payMax'],
      [{ ...needInput, payMin: 2300 }, 'input.payUnit'],
    ];
    for (const [input, path] of cases) {
      const result = await employer.request(update, { id: created.createNeed.id, input });
      expect({ path, code: result.errors?.[0].extensions?.code }).toEqual({ path, code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0].extensions?.fields?.map((f) => f.path)).toContain(path);
    }
    const [row] = await app.dataSource.query('SELECT pay_min, pay_max, pay_unit FROM need WHERE id = $1', [created.createNeed.id]);
    expect(row).toEqual({ pay_min: null, pay_max: null, pay_unit: null });
  });
});
