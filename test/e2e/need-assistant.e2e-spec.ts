import { Role } from '@ytmt/core';
import { InsightRefreshService } from '@ytmt/insights';
import { NeedAssistantReader } from '@ytmt/needs';
import { EscoImporter } from '@ytmt/skills';
import { anonymous, createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

const WAREHOUSE_WORKER = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';
const PICK_ORDERS = 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f';
const COMPUTER_PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';

const ASSIST = `query ($input: NeedAssistantInput!) { needAssistant(input: $input) {
  flags { code severity field subject params { name value } adviceTopics serviceCategories dismissal { reason dismissedAt } } } }`;
const DISMISS = `mutation ($input: DismissNeedAssistantFlagInput!) { dismissNeedAssistantFlag(input: $input) { code subject reason dismissedAt } }`;
const UNDO = `mutation ($input: UndoNeedAssistantFlagDismissalInput!) { undoNeedAssistantFlagDismissal(input: $input) }`;
const AREA_INSIGHTS = `query ($areaId: ID!, $year: Int!) { areaInsights(areaId: $areaId, year: $year) { cells { areaId municipalityCode month metric dimension count suppressed } } }`;
const PUBLIC_INSIGHTS = `query ($year: Int!) { publicInsights(year: $year) { cells { metric } } }`;
const CREATE_NEED = `mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }`;
const UPDATE_NEED = `mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }`;

interface Flag {
  code: string;
  severity: string;
  field: string;
  subject: string;
  params: { name: string; value: string }[];
  adviceTopics: string[];
  serviceCategories: string[];
  dismissal: { reason: string; dismissedAt: string } | null;
}
const param = (flag: Flag | undefined, name: string) => flag?.params.find((p) => p.name === name)?.value;

const task = (title: string, kind: 'CORE' | 'SEPARABLE', lifting = 1) => ({
  title,
  kind,
  physicalStrain: lifting > 1 ? 3 : 1,
  standingWalking: 1,
  lifting,
  cognitiveLoad: 1,
  customerInteraction: 0,
  timePressure: 1,
});

/** A warehouse picker's need that asks for native Finnish and an unrelated skill, without pay or hours. */
const draft = {
  kinds: ['RECRUITMENT'],
  title: 'Varastotyöntekijä keräilyyn',
  description: 'Työtehtäviin kuuluu tilausten keräily ja pakkaaminen.',
  occupationUri: WAREHOUSE_WORKER,
  skills: [
    { uri: PICK_ORDERS, required: true },
    { uri: COMPUTER_PROGRAMMING, required: true },
  ],
  languages: [{ language: 'fi', level: 'NATIVE' }],
  tasks: [task('Tilausten keräily', 'CORE'), task('Lavojen siirto', 'SEPARABLE', 3)],
  adjustmentsOffered: [],
  measuresOpenTo: ['PAY_SUBSIDY'],
  openToPrecisionCapable: false,
};

const needInput = { ...draft, municipalityCode: '398', remote: false, positions: 1, partTimePossible: false, anonymousRecruitment: false, visibility: 'COORDINATORS_ONLY' };

describe('the inclusive-need assistant over GraphQL', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let otherEmployer: GraphQLClient;
  let konepajaId: string;

  beforeAll(async () => {
    app = await createApp();
    await app.app.get(EscoImporter).import();
    employer = await signIn(app, Role.EMPLOYER_USER);
    otherEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
    [{ id: konepajaId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
  });
  afterAll(() => app?.close());

  const assist = async (client: GraphQLClient, input: object) => (await client.data<{ needAssistant: { flags: Flag[] } }>(ASSIST, { input })).needAssistant.flags;

  it('flags native Finnish, an unrelated required skill, missing pay and hours, and suggests opening the carved role', async () => {
    const flags = await assist(employer, { companyId: konepajaId, draft });
    expect(flags.map((flag) => flag.code)).toEqual(['REQUIRED_SKILL_NOT_ESSENTIAL', 'LANGUAGE_NATIVE', 'MISSING_PAY', 'MISSING_HOURS', 'OPEN_TO_PRECISION_CAPABLE']);
    const skill = flags[0];
    expect(skill).toMatchObject({ field: 'skills.1', subject: COMPUTER_PROGRAMMING, severity: 'WARNING', dismissal: null });
    const native = flags[1];
    expect(native).toMatchObject({ field: 'languages.0', subject: 'fi' });
    // A picker with no customer contact needs working Finnish, not a mother tongue.
    expect(param(native, 'suggestedLevel')).toBe('B1');
    const precision = flags.find((flag) => flag.code === 'OPEN_TO_PRECISION_CAPABLE');
    expect(precision?.severity).toBe('SUGGESTION');
    expect(param(precision, 'measures')).toBe('WORK_TRIAL,JOB_COACHING');
    expect(precision?.serviceCategories).toEqual(expect.arrayContaining(['PAY_SUBSIDY', 'WORK_TRIAL', 'JOB_COACHING']));
    expect(precision?.adviceTopics).toEqual(expect.arrayContaining(['PAY_SUBSIDY', 'WORK_TRIAL', 'JOB_COACHING']));

    const fixed = await assist(employer, {
      companyId: konepajaId,
      draft: { ...draft, languages: [{ language: 'fi', level: 'B1' }], skills: [{ uri: PICK_ORDERS, required: true }], hoursMin: 30, description: `${draft.description} Palkka TES:n mukaan.`, openToPrecisionCapable: true },
    });
    expect(fixed).toEqual([]);
    // A stated pay range answers missing pay without any word of it in the texts.
    const paid = await assist(employer, { companyId: konepajaId, draft: { ...draft, payMin: 2300, payMax: 2600, payUnit: 'MONTH' } });
    expect(paid.map((flag) => flag.code)).toEqual(['REQUIRED_SKILL_NOT_ESSENTIAL', 'LANGUAGE_NATIVE', 'MISSING_HOURS', 'OPEN_TO_PRECISION_CAPABLE']);

    // C1 Finnish for a picker with no customer contact is above what the tasks need.
    const c1 = await assist(employer, { companyId: konepajaId, draft: { ...draft, languages: [{ language: 'fi', level: 'C1' }] } });
    const above = c1.find((flag) => flag.code === 'LANGUAGE_ABOVE_TASKS');
    expect([param(above, 'level'), param(above, 'suggestedLevel'), above?.field]).toEqual(['C1', 'B1', 'languages.0']);
  });

  it('flags exclusionary wording in Finnish, Swedish and English, with the words found and a replacement', async () => {
    const texts = {
      fi: 'Etsimme nuorta ja energistä, täysin tervettä keräilijää.',
      sv: 'Vi söker en ung och energisk plockare med svenska som modersmål.',
      en: 'We need a young and energetic native speaker who is physically fit.',
    };
    const found: Record<string, string[]> = {};
    for (const [language, description] of Object.entries(texts)) {
      const flags = await assist(employer, { companyId: konepajaId, draft: { kinds: ['SUPPORT_AND_ADVICE'], description } });
      expect(flags.every((flag) => flag.code === 'EXCLUSIONARY_WORDING' && flag.field === 'description')).toBe(true);
      found[language] = flags.map((flag) => `${flag.subject}:${param(flag, 'group')}`);
      expect(flags.every((flag) => (param(flag, 'replacement') ?? '').length > 0 && (param(flag, 'reason') ?? '').length > 15)).toBe(true);
    }
    expect(found).toEqual({
      fi: ['fi-nuori-energinen:AGE', 'fi-taysin-terve:HEALTH'],
      sv: ['sv-ung-energisk:AGE', 'sv-modersmal:ORIGIN'],
      en: ['en-young-energetic:AGE', 'en-native-speaker:ORIGIN', 'en-physically-fit:FITNESS'],
    });
  });

  it('stores the result with the need when saved, and keeps a dismissal with its reason for the indicators', async () => {
    const before = new Date(Date.now() - 1000);
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput });
    const stored = async () =>
      (await app.dataSource.query('SELECT flags FROM need_assistant_result WHERE need_id = $1', [createNeed.id]))[0]?.flags.map((f: Flag) => f.code) as string[];
    expect(await stored()).toEqual(['REQUIRED_SKILL_NOT_ESSENTIAL', 'LANGUAGE_NATIVE', 'MISSING_PAY', 'MISSING_HOURS', 'OPEN_TO_PRECISION_CAPABLE']);

    const reason = 'Varastossa ohjelmoidaan keräilyrobotteja';
    const { dismissNeedAssistantFlag } = await employer.data<{ dismissNeedAssistantFlag: { code: string; reason: string } }>(DISMISS, {
      input: { needId: createNeed.id, code: 'REQUIRED_SKILL_NOT_ESSENTIAL', subject: COMPUTER_PROGRAMMING, reason },
    });
    expect(dismissNeedAssistantFlag).toMatchObject({ code: 'REQUIRED_SKILL_NOT_ESSENTIAL', reason });
    const flags = await assist(employer, { needId: createNeed.id, draft });
    expect(flags.find((flag) => flag.code === 'REQUIRED_SKILL_NOT_ESSENTIAL')?.dismissal?.reason).toBe(reason);
    expect(flags.find((flag) => flag.code === 'LANGUAGE_NATIVE')?.dismissal).toBeNull();

    // Saving again replaces the stored result; the dismissal stays.
    await employer.data(UPDATE_NEED, { id: createNeed.id, input: { ...needInput, languages: [{ language: 'fi', level: 'B1' }] } });
    expect(await stored()).not.toContain('LANGUAGE_NATIVE');
    const dismissals = await app.app.get(NeedAssistantReader).dismissalsBetween(before, new Date(Date.now() + 1000));
    expect(dismissals.filter((d) => d.needId === createNeed.id)).toEqual([
      expect.objectContaining({ organizationId: konepajaId, municipalityCode: '398', code: 'REQUIRED_SKILL_NOT_ESSENTIAL', subject: COMPUTER_PROGRAMMING, reason }),
    ]);
    expect((await app.app.get(NeedAssistantReader).flagsOf([createNeed.id])).get(createNeed.id)?.map((f) => f.code)).not.toContain('LANGUAGE_NATIVE');
  });

  it("lets a coordinator of the company's area run it and dismiss on its behalf, and keeps another company's user out", async () => {
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput });
    const onNeed = await otherEmployer.request(ASSIST, { input: { needId: createNeed.id, draft } });
    expect(onNeed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const onCompany = await otherEmployer.request(ASSIST, { input: { companyId: konepajaId, draft } });
    expect(onCompany.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dismiss = await otherEmployer.request(DISMISS, { input: { needId: createNeed.id, code: 'LANGUAGE_NATIVE', subject: 'fi', reason: 'Ei koske meitä' } });
    expect(dismiss.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await employer.request(DISMISS, { input: { needId: '00000000-0000-4000-8000-000000000000', code: 'LANGUAGE_NATIVE', subject: 'fi', reason: 'Ei koske meitä' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM need_assistant_dismissal WHERE need_id = $1', [createNeed.id]))[0].n).toBe(0);

    const lahtiCoordinator = await signIn(app, Role.COORDINATOR);
    expect((await assist(lahtiCoordinator, { needId: createNeed.id, draft })).map((flag) => flag.code)).toContain('LANGUAGE_NATIVE');
    await lahtiCoordinator.data(DISMISS, { input: { needId: createNeed.id, code: 'LANGUAGE_NATIVE', subject: 'fi', reason: 'Asiakkaat ovat suomenkielisiä vanhuksia' } });
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM need_assistant_dismissal WHERE need_id = $1', [createNeed.id]))[0].n).toBe(1);
  });

  it('refuses bad input naming the field', async () => {
    const fieldOf = async (client: GraphQLClient, query: string, input: object) => {
      const result = await client.request(query, { input });
      return { code: result.errors?.[0].extensions?.code, paths: ((result.errors?.[0].extensions?.fields ?? []) as { path: string }[]).map((f) => f.path) };
    };
    expect(await fieldOf(employer, ASSIST, { companyId: konepajaId, draft: { ...draft, description: 'x'.repeat(5001) } })).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.draft.description'] });
    expect(await fieldOf(employer, ASSIST, { companyId: konepajaId, draft: { ...draft, tasks: [{ ...task('Keräily', 'CORE'), lifting: 4 }] } })).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['input.draft.tasks.0.lifting'],
    });
    expect(await fieldOf(employer, ASSIST, { draft })).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.needId'] });
    expect(await fieldOf(employer, ASSIST, { companyId: konepajaId, draft: { ...draft, payMin: -1 } })).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.draft.payMin'] });
    const unknownOccupation = await fieldOf(employer, ASSIST, { companyId: konepajaId, draft: { ...draft, occupationUri: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000' } });
    expect(unknownOccupation.paths).toEqual(['input.draft.occupationUri']);
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput });
    expect(await fieldOf(employer, DISMISS, { needId: createNeed.id, code: 'LANGUAGE_NATIVE', subject: 'fi', reason: '' })).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.reason'] });
  });

  it('undoes a dismissal for the same people who may dismiss: the remark comes back and the indicators count it no more', async () => {
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput });
    const needId = createNeed.id;
    const lahtiCoordinator = await signIn(app, Role.COORDINATOR);
    const [{ id: lahtiArea }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const refresh = app.app.get(InsightRefreshService, { strict: false });
    const year = new Date().getUTCFullYear();
    const month = new Date().toISOString().slice(0, 7);
    /** The Lahti area's dismissed LANGUAGE_NATIVE remarks this month, as its coordinator sees them after a sync. */
    const dismissedCount = async () => {
      await refresh.sync();
      const { areaInsights } = await lahtiCoordinator.data<{ areaInsights: { cells: { areaId: string; municipalityCode: string | null; month: string | null; metric: string; dimension: string; count: number | null; suppressed: boolean }[] } }>(
        AREA_INSIGHTS,
        { areaId: lahtiArea, year },
      );
      const cell = areaInsights.cells.find((c) => c.municipalityCode === null && c.month === month && c.metric === 'ASSISTANT_FLAGS_DISMISSED' && c.dimension === 'LANGUAGE_NATIVE');
      expect(cell?.suppressed ?? false).toBe(false);
      return cell?.count ?? 0;
    };
    const undoInput = { needId, code: 'LANGUAGE_NATIVE', subject: 'fi' };
    const baseline = await dismissedCount();

    await employer.data(DISMISS, { input: { ...undoInput, reason: 'Asiakkaat ovat suomenkielisiä vanhuksia' } });
    expect(await dismissedCount()).toBe(baseline + 1);
    expect((await assist(employer, { needId, draft })).find((flag) => flag.code === 'LANGUAGE_NATIVE')?.dismissal?.reason).toBe('Asiakkaat ovat suomenkielisiä vanhuksia');
    // Never published: it counts remarks, not companies.
    const { publicInsights } = await anonymous(app).data<{ publicInsights: { cells: { metric: string }[] } }>(PUBLIC_INSIGHTS, { year });
    expect(publicInsights.cells.some((cell) => cell.metric === 'ASSISTANT_FLAGS_DISMISSED')).toBe(false);

    // Another company's user learns nothing and changes nothing; an unknown need or a flag never dismissed is named.
    const foreign = await otherEmployer.request(UNDO, { input: undoInput });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const fieldOf = (result: Awaited<ReturnType<GraphQLClient['request']>>) => ((result.errors?.[0].extensions?.fields ?? []) as { path: string }[]).map((f) => f.path);
    const unknownNeed = await employer.request(UNDO, { input: { ...undoInput, needId: '00000000-0000-4000-8000-000000000000' } });
    expect([unknownNeed.errors?.[0].extensions?.code, fieldOf(unknownNeed)]).toEqual(['NOT_FOUND', ['input.needId']]);
    const neverDismissed = await employer.request(UNDO, { input: { ...undoInput, code: 'MISSING_PAY', subject: '' } });
    expect([neverDismissed.errors?.[0].extensions?.code, fieldOf(neverDismissed)]).toEqual(['NOT_FOUND', ['input.code']]);
    expect((await assist(employer, { needId, draft })).find((flag) => flag.code === 'LANGUAGE_NATIVE')?.dismissal).not.toBeNull();

    expect((await employer.data<{ undoNeedAssistantFlagDismissal: boolean }>(UNDO, { input: undoInput })).undoNeedAssistantFlagDismissal).toBe(true);
    expect((await assist(employer, { needId, draft })).find((flag) => flag.code === 'LANGUAGE_NATIVE')?.dismissal).toBeNull();
    expect(await dismissedCount()).toBe(baseline);
    // The row stays (soft undo) with its reason; the readers leave it out; undoing again changes nothing.
    const [row] = await app.dataSource.query('SELECT reason, undone_at FROM need_assistant_dismissal WHERE need_id = $1', [needId]);
    expect(row.reason).toBe('Asiakkaat ovat suomenkielisiä vanhuksia');
    expect(row.undone_at).not.toBeNull();
    const reader = app.app.get(NeedAssistantReader);
    expect((await reader.dismissalsBetween(new Date(Date.now() - 60_000), new Date(Date.now() + 1000))).some((d) => d.needId === needId)).toBe(false);
    expect((await employer.data<{ undoNeedAssistantFlagDismissal: boolean }>(UNDO, { input: undoInput })).undoNeedAssistantFlagDismissal).toBe(true);
    expect(await dismissedCount()).toBe(baseline);

    // A coordinator of the company's area may undo too; dismissing again clears the undo.
    await lahtiCoordinator.data(DISMISS, { input: { ...undoInput, reason: 'Työ on suomenkielistä asiakaspalvelua' } });
    expect((await app.dataSource.query('SELECT undone_at FROM need_assistant_dismissal WHERE need_id = $1', [needId]))[0].undone_at).toBeNull();
    expect(await dismissedCount()).toBe(baseline + 1);
    await lahtiCoordinator.data(UNDO, { input: undoInput });
    expect(await dismissedCount()).toBe(baseline);
  });
});
