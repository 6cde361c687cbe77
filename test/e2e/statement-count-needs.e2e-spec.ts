// Issue 12, point 3: a company's needs list with its per-need fields (suggested services, advice in
// two languages, and the need's parts) costs no more SQL statements for 100 needs than for 10, and
// every batched field is what the need alone gets.
import { ServiceReindexer } from '@ytmt/catalogue';
import {
  cloneRow,
  createApp,
  employerServiceInput,
  expectFlatStatementCount,
  GraphQLClient,
  publishNewService,
  ServiceCoverage,
  signIn,
  statementCountsAt,
  TestApp,
} from '@ytmt/test-kit';

const PER_NEED_FIELDS = `suggestedServices { service { id name { fi } } reasons }
  advice { slug title language }
  adviceInSwedish: advice(language: SV) { slug title language }`;
const NEED_FIELDS = `id title kinds municipalityCode measuresOpenTo adjustmentsOffered anonymousRecruitment
  skills { uri label required } languages { language level } tasks { title kind } stageHistory { stage }
  ${PER_NEED_FIELDS}`;
const COMPANY_NEEDS = `query ($companyId: ID!) { companyNeeds(companyId: $companyId) { ${NEED_FIELDS} } }`;
const ONE_NEED = `query ($id: ID!) { need(id: $id) { id ${PER_NEED_FIELDS} } }`;

interface PerNeed {
  suggestedServices: { service: { id: string }; reasons: string[] }[];
  advice: { slug: string; language: string }[];
  adviceInSwedish: { slug: string; language: string }[];
}
interface NeedRow extends PerNeed {
  id: string;
  title: string;
}

const task = (title: string, kind: 'CORE' | 'SEPARABLE') => ({
  title,
  kind,
  physicalStrain: 1,
  standingWalking: 2,
  lifting: 1,
  cognitiveLoad: 1,
  customerInteraction: 0,
  timePressure: 1,
});

const baseInput = {
  kinds: ['RECRUITMENT'],
  description: 'Haemme tekijää, jonka kanssa sovitaan työtehtävät ja tuki yhdessä.',
  remote: false,
  positions: 1,
  partTimePossible: true,
  measuresOpenTo: [] as string[],
  adjustmentsOffered: [] as string[],
  openToPrecisionCapable: false,
  anonymousRecruitment: false,
  visibility: 'COORDINATORS_ONLY',
  tasks: [] as ReturnType<typeof task>[],
};

// Three needs that differ in place, measures, adjustments and recruitment: the list repeats them.
/** A need's skills, languages, tasks and stage history: copied with it. */
const NEED_PARTS = ['need_skill', 'need_language', 'need_task', 'need_stage_event'];

const NEED_INPUTS = [
  {
    ...baseInput,
    title: 'Varastotyöntekijä keräilyyn',
    municipalityCode: '398',
    measuresOpenTo: ['PAY_SUBSIDY', 'JOB_COACHING'],
    adjustmentsOffered: ['WORKING_TIME'],
    openToPrecisionCapable: true,
    tasks: [task('Tilausten keräily', 'CORE'), task('Lavojen siirto trukilla', 'SEPARABLE')],
  },
  {
    ...baseInput,
    title: 'Hitsaaja konepajaan',
    municipalityCode: '111',
    measuresOpenTo: ['APPRENTICESHIP', 'WORK_TRIAL'],
    adjustmentsOffered: ['PHYSICAL_WORKPLACE', 'LANGUAGE_SUPPORT'],
    anonymousRecruitment: true,
  },
  {
    ...baseInput,
    kinds: ['COMPETENCE_DEVELOPMENT', 'SUPPORT_AND_ADVICE'],
    title: 'Tuotannon osaamisen kehittäminen',
    remote: true,
    measuresOpenTo: ['RECRUITMENT_TRAINING'],
  },
];

describe('Statement counts: a company’s needs list', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let companyId: string;
  /** The needs created through the API: the originals the list repeats. */
  let originals: string[];

  /** Clones the originals in turn with their parts until the company has `count` needs; the copies keep their title. */
  async function growTo(count: number): Promise<void> {
    const [{ existing }] = await app.dataSource.query<{ existing: number }[]>('SELECT count(*)::int AS existing FROM need WHERE organization_id = $1', [
      companyId,
    ]);
    const missing = count - existing;
    for (const [index, id] of originals.entries()) {
      const times = Math.floor((missing + originals.length - 1 - index) / originals.length);
      await cloneRow(app.dataSource, { table: 'need', id, parts: NEED_PARTS, foreignKey: 'need_id' }, times);
    }
  }

  beforeAll(async () => {
    // A hundred needs with their suggested services and advice are beyond the default query cost on purpose.
    app = await createApp({ env: { GRAPHQL_MAX_COMPLEXITY: '5000000' } });
    employer = await signIn(app, 'tyonantaja.lahti@ytmt.example');
    // Published services for the needs' measures, adjustments and kinds: in the Lahti area, in Lahti
    // itself, and nationwide (for the need in a municipality no area covers and the remote one).
    const provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    const coordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    const platformAdmin = await signIn(app, 'paakayttaja@ytmt.example');
    const [{ id: lahtiAreaId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const lahtiArea: ServiceCoverage = { isNational: false, employmentAreaIds: [lahtiAreaId], municipalityCodes: [] };
    const lahti: ServiceCoverage = { isNational: false, employmentAreaIds: [], municipalityCodes: ['398'] };
    const national: ServiceCoverage = { isNational: true, employmentAreaIds: [], municipalityCodes: [] };
    const services: [string, string[], ServiceCoverage, GraphQLClient][] = [
      ['Palkkatuki ja työhönvalmennus', ['PAY_SUBSIDY', 'JOB_COACHING'], lahtiArea, coordinator],
      ['Mukautukset ja työkyvyn tuki', ['ACCOMMODATION_ADVICE', 'WORK_ABILITY_SUPPORT', 'INCLUSIVE_RECRUITMENT_ADVICE'], lahtiArea, coordinator],
      ['Henkilöstön kehittäminen Lahdessa', ['STAFF_DEVELOPMENT', 'ON_THE_JOB_LEARNING', 'RECRUITMENT_SERVICES'], lahti, coordinator],
      ['Oppisopimus ja työkokeilu koko maassa', ['APPRENTICESHIP', 'WORK_TRIAL', 'RECRUITMENT_TRAINING'], national, platformAdmin],
      ['Monimuotoinen rekrytointi etänä', ['INCLUSIVE_RECRUITMENT_ADVICE', 'RECRUITMENT_SERVICES', 'STAFF_DEVELOPMENT'], national, platformAdmin],
    ];
    for (const [nameFi, categories, coverage, moderator] of services) {
      await publishNewService(provider, moderator, employerServiceInput(nameFi, categories, coverage));
    }
    // Searchable without running the worker.
    await app.app.get(ServiceReindexer, { strict: false }).reindex();
    [{ id: companyId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    // The list counts needs of this company only: start from none.
    await app.dataSource.query('DELETE FROM need WHERE organization_id = $1', [companyId]);
    originals = [];
    for (const input of NEED_INPUTS) {
      const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
        'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
        { companyId, input },
      );
      originals.push(createNeed.id);
    }
  }, 120_000);
  afterAll(() => app?.close());

  it('lists 100 needs with suggested services and advice in no more statements than 10, each as the need alone gets them', async () => {
    // What each original gets on its own: the batched list must give every copy the same, in the same order.
    const alone = new Map<string, PerNeed>();
    for (const [index, id] of originals.entries()) {
      const { need } = await employer.data<{ need: PerNeed }>(ONE_NEED, { id });
      alone.set(NEED_INPUTS[index].title, { suggestedServices: need.suggestedServices, advice: need.advice, adviceInSwedish: need.adviceInSwedish });
    }
    // The list is worth checking only if the fields hold something.
    expect([...alone.values()].every((need) => need.suggestedServices.length > 0)).toBe(true);
    expect([...alone.values()].every((need) => need.advice.length > 0 && need.adviceInSwedish.length > 0)).toBe(true);

    const { needs } = await statementCountsAt(app.dataSource, { needs: () => employer.data<{ companyNeeds: NeedRow[] }>(COMPANY_NEEDS, { companyId }) }, growTo);

    for (const [{ result }, count] of [[needs.small, 10], [needs.large, 100]] as const) {
      const rows = result.companyNeeds;
      expect(rows).toHaveLength(count);
      for (const row of rows) {
        const expected = alone.get(row.title);
        expect({ suggestedServices: row.suggestedServices, advice: row.advice, adviceInSwedish: row.adviceInSwedish }).toEqual(expected);
      }
    }
    expectFlatStatementCount('needs', needs, { fewerAllowed: true });
  }, 120_000);
});
