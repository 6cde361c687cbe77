// Demo employer needs: every 6T stage, inclusion choices and carved roles. Fictional.
import { Adjustment, AssistantFlagCode, Measure, NeedKind, NeedStage, NeedVisibility, TaskKind } from '@ytmt/needs';

const escoOccupation = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;
const escoSkill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;

/**
 * The ESCO v1.1.1 concepts of the demo needs (data/esco): each recruitment need's
 * occupation and, as its required skills, a few of that occupation's essential skills.
 */
export const DEMO_NEED_ESCO = {
  occupations: {
    welder: escoOccupation('7aedaa07-3884-4c5b-88f9-80997b2aa54b'), // hitsaaja (ISCO 7212)
    orderPicker: escoOccupation('cd94def5-3442-4c2e-ae3d-0761a3008bcb'), // tilausten keräilijä, varasto (9333)
    nurseAssistant: escoOccupation('87d0795a-d41f-47ee-979f-0ab7d73836e7'), // avustava hoito- ja hoivatyö (5321)
    companion: escoOccupation('d5954a2b-a525-45b7-b6d9-b62efafc6c78'), // henkilökohtainen palvelija (5162)
    buildingCleaner: escoOccupation('303a1e34-cb16-4054-b323-81e5eec17397'), // laitossiivooja (9112)
    planerOperator: escoOccupation('431f0055-43ca-406c-99f0-fb10a73d684e'), // höylääjä, oiko-tasohöylä (8172)
  },
  skills: {
    migWelding: escoSkill('f015c5d5-6a1c-4f63-9012-a05f4f34105e'), // suorittaa MIG-hitsausta
    magWelding: escoSkill('60ff3eac-7d4d-4e51-87b8-74c3b5d62498'), // suorittaa MAG-hitsausta
    interpret2dPlans: escoSkill('dfce2aba-783e-4e17-9c17-e74aca505ec2'), // tulkita kaksiulotteisia suunnitelmia
    pickOrders: escoSkill('ee5e2297-39cc-4ed6-89e5-d58016118a7f'), // suorittaa tilausten keräys lähetystä varten
    packagingEquipment: escoSkill('27536739-c38b-45d2-9e96-1573b1d32fdd'), // käyttää pakkauslaitteita
    warehouseRecordSystems: escoSkill('055ff233-6569-43db-9f95-a4b03dca97da'), // käyttää varastotietojärjestelmiä
    basicPatientSupport: escoSkill('24f980ba-b44f-4739-b563-205104c3190d'), // tarjota potilaille tukea perustoiminnoissa
    empathiseWithHealthcareUser: escoSkill('2475cd27-8d6c-4318-a364-21395b23acba'), // tuntea empatiaa terveydenhuollon asiakasta kohtaan
    healthcareHygiene: escoSkill('0450eaee-1a00-4622-8f4e-5356fce816d2'), // hygienia terveydenhuollossa
    personCentredCare: escoSkill('7a63f944-6948-4ae4-9c1f-d08e492535c9'), // soveltaa henkilökeskeistä hoitotapaa
    keepCompany: escoSkill('ff939984-b1a6-4d57-88bd-e453262433c4'), // pitää seuraa
    accompanyPeople: escoSkill('ab89ad86-1098-44bb-9465-05af5624557c'), // opastaa ihmisiä
    listenActively: escoSkill('a17286c5-238d-4f0b-bc24-29e9121345de'), // kuunnella aktiivisesti
    cleanBuildingFloors: escoSkill('a2cd3b30-2d6c-473e-a5d4-4e7cb576babe'), // siivota rakennuksen kerroksia
    floorCleaningEquipment: escoSkill('2ed98048-bf2f-47e5-a0de-fd23d6abe2f6'), // käyttää lattianpesuvälineitä
    cleanSurfaces: escoSkill('6ff01827-907d-43d8-b6e4-7162c1cf0aca'), // puhdistaa pintoja
    thicknessPlaner: escoSkill('b0545eba-6f14-488d-a50c-18521b11b3bd'), // käyttää paksuushöylää
    adjustPlaner: escoSkill('6be59d18-33f8-4e08-aa34-dd55de5b1528'), // säätää höyläkonetta
    typesOfWood: escoSkill('cf2005ee-c788-4283-81d9-b443dfdf2c2e'), // puutyypit
  },
} as const;

/**
 * Municipality centres (WGS84, rounded to two decimals, as profiles store them) of the demo
 * areas' municipalities that demo needs and jobseekers use: the workplace of a demo need and the
 * approximate home of a demo jobseeker.
 */
export const MUNICIPALITY_CENTRES: Readonly<Record<string, { latitude: number; longitude: number }>> = {
  '091': { latitude: 60.17, longitude: 24.94 }, // Helsinki
  '398': { latitude: 60.98, longitude: 25.66 }, // Lahti
  '408': { latitude: 62.97, longitude: 23.01 }, // Lapua
  '233': { latitude: 63.1, longitude: 23.06 }, // Kauhava
  '010': { latitude: 62.59, longitude: 23.62 }, // Alavus
};

export interface DemoNeed {
  companyKey: string;
  /** Who writes it: the company's employer user, or a coordinator of its area on its behalf. */
  authorEmail: string;
  targetStage: NeedStage;
  title: string;
  description: string;
  kinds: NeedKind[];
  municipalityCode: string;
  positions: number;
  hoursMin: number;
  hoursMax: number;
  measuresOpenTo: Measure[];
  adjustmentsOffered: Adjustment[];
  openToPrecisionCapable: boolean;
  anonymousRecruitment: boolean;
  visibility: NeedVisibility;
  /** ESCO occupation of a recruitment need; null for needs that recruit no one. */
  occupationUri: string | null;
  /** ESCO skills the employer marks required: a few of the occupation's essential skills. */
  requiredSkills: string[];
  tasks: { title: string; kind: TaskKind; levels: [number, number, number, number, number, number] }[];
  /** The assistant's remarks the author dismissed with a reason (the indicators' dismissed remarks). */
  dismissedRemarks?: { code: AssistantFlagCode; subject: string; reason: string }[];
}

const LAHTI_EMPLOYER = 'tyonantaja.lahti@ytmt.example';
const HELSINKI_EMPLOYER = 'tyonantaja.helsinki@ytmt.example';
const KYMPPI_COORDINATOR = 'koordinaattori.kymppi@ytmt.example';
const { occupations, skills } = DEMO_NEED_ESCO;

export const DEMO_NEEDS: DemoNeed[] = [
  {
    companyKey: 'company-konepaja', authorEmail: LAHTI_EMPLOYER, targetStage: NeedStage.IDENTIFIED,
    title: 'Hitsaaja konepajalle', description: 'Tarvitsemme kevääksi kokeneen MIG-hitsaajan. Tarve on vasta tunnistettu.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '398', positions: 1, hoursMin: 37, hoursMax: 40,
    measuresOpenTo: [Measure.APPRENTICESHIP], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_AND_PROVIDERS, tasks: [],
    occupationUri: occupations.welder, requiredSkills: [skills.migWelding, skills.magWelding, skills.interpret2dPlans],
  },
  {
    companyKey: 'company-konepaja', authorEmail: LAHTI_EMPLOYER, targetStage: NeedStage.SPECIFIED,
    title: 'Varaston keräilijä osa-aikaisesti', description: 'Keräilijä tilausten keräilyyn ja pakkaamiseen, 20–30 h viikossa.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '398', positions: 2, hoursMin: 20, hoursMax: 30,
    measuresOpenTo: [Measure.PAY_SUBSIDY, Measure.WORK_TRIAL], adjustmentsOffered: [Adjustment.WORKING_TIME, Adjustment.WORK_TASKS],
    openToPrecisionCapable: true, anonymousRecruitment: true, visibility: NeedVisibility.PUBLIC,
    tasks: [
      { title: 'Tilausten keräily hyllyistä', kind: TaskKind.CORE, levels: [1, 2, 1, 1, 0, 1] },
      { title: 'Pakkaaminen ja tarroitus', kind: TaskKind.CORE, levels: [1, 1, 1, 1, 0, 1] },
      { title: 'Lavojen siirto trukilla', kind: TaskKind.SEPARABLE, levels: [2, 1, 3, 2, 0, 2] },
    ],
    occupationUri: occupations.orderPicker, requiredSkills: [skills.pickOrders, skills.packagingEquipment, skills.warehouseRecordSystems],
  },
  {
    companyKey: 'company-konepaja', authorEmail: LAHTI_EMPLOYER, targetStage: NeedStage.DESCRIBED,
    title: 'Koneistajien osaamisen kehittäminen', description: 'CNC-koneistajien ohjelmointiosaamisen päivitys uuteen ohjausjärjestelmään.',
    kinds: [NeedKind.COMPETENCE_DEVELOPMENT], municipalityCode: '398', positions: 6, hoursMin: 4, hoursMax: 8,
    measuresOpenTo: [], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_AND_PROVIDERS, tasks: [], occupationUri: null, requiredSkills: [],
  },
  {
    companyKey: 'company-hoiva', authorEmail: HELSINKI_EMPLOYER, targetStage: NeedStage.PACKAGED,
    title: 'Hoiva-avustaja rekrytointikoulutuksella', description: 'Kaksi hoiva-avustajaa, koulutus yhdessä oppilaitoksen kanssa ennen työsuhdetta.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '091', positions: 2, hoursMin: 30, hoursMax: 37,
    measuresOpenTo: [Measure.RECRUITMENT_TRAINING], adjustmentsOffered: [Adjustment.LANGUAGE_SUPPORT],
    openToPrecisionCapable: false, anonymousRecruitment: true, visibility: NeedVisibility.PUBLIC, tasks: [],
    occupationUri: occupations.nurseAssistant,
    requiredSkills: [skills.basicPatientSupport, skills.empathiseWithHealthcareUser, skills.healthcareHygiene, skills.personCentredCare],
    dismissedRemarks: [{ code: AssistantFlagCode.MISSING_PAY, subject: '', reason: 'Palkka sovitaan rekrytointikoulutuksen jälkeen hoiva-alan työehtosopimuksen mukaan.' }],
  },
  {
    companyKey: 'company-hoiva', authorEmail: HELSINKI_EMPLOYER, targetStage: NeedStage.OFFERED,
    title: 'Ulkoiluavustaja täsmätyökykyiselle', description: 'Asukkaiden ulkoilutus ja seurustelu; tehtävä räätälöidään tekijän vahvuuksien mukaan.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '091', positions: 1, hoursMin: 10, hoursMax: 20,
    measuresOpenTo: [Measure.PAY_SUBSIDY, Measure.JOB_COACHING], adjustmentsOffered: [Adjustment.WORKING_TIME, Adjustment.WORK_TASKS],
    openToPrecisionCapable: true, anonymousRecruitment: false, visibility: NeedVisibility.COORDINATORS_ONLY,
    tasks: [
      { title: 'Asukkaiden ulkoilutus', kind: TaskKind.CORE, levels: [1, 2, 0, 1, 2, 0] },
      { title: 'Seurustelu ja virikehetket', kind: TaskKind.CORE, levels: [0, 1, 0, 1, 2, 0] },
      { title: 'Pyörätuolin nostot', kind: TaskKind.SEPARABLE, levels: [3, 1, 3, 1, 1, 1] },
    ],
    occupationUri: occupations.companion, requiredSkills: [skills.keepCompany, skills.accompanyPeople, skills.listenActively],
  },
  {
    // Filled through the candidate list: the demo candidates seeder presents and hires for it.
    companyKey: 'company-hoiva', authorEmail: HELSINKI_EMPLOYER, targetStage: NeedStage.FILLED,
    title: 'Laitoshuoltaja', description: 'Laitoshuoltaja aamuvuoroon; täytetty työkokeilun kautta.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '091', positions: 1, hoursMin: 25, hoursMax: 30,
    measuresOpenTo: [Measure.WORK_TRIAL], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_ONLY, tasks: [],
    occupationUri: occupations.buildingCleaner, requiredSkills: [skills.cleanBuildingFloors, skills.floorCleaningEquipment, skills.cleanSurfaces],
  },
  {
    companyKey: 'company-puutuote', authorEmail: KYMPPI_COORDINATOR, targetStage: NeedStage.CLOSED,
    title: 'Tuotantotyöntekijä höyläämöön', description: 'Tarve siirtyi ensi vuodelle; suljettu ilman rekrytointia.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '408', positions: 1, hoursMin: 37, hoursMax: 40,
    measuresOpenTo: [], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_ONLY, tasks: [],
    occupationUri: occupations.planerOperator, requiredSkills: [skills.thicknessPlaner, skills.adjustPlaner, skills.typesOfWood],
  },
  {
    companyKey: 'company-puutuote', authorEmail: KYMPPI_COORDINATOR, targetStage: NeedStage.SPECIFIED,
    title: 'Neuvontaa palkkatukeen ja oppisopimukseen', description: 'Yritys haluaa tietää, miten palkkatuki ja oppisopimus sopisivat sen kasvusuunnitelmaan.',
    kinds: [NeedKind.SUPPORT_AND_ADVICE], municipalityCode: '408', positions: 1, hoursMin: 37, hoursMax: 40,
    measuresOpenTo: [Measure.PAY_SUBSIDY, Measure.APPRENTICESHIP], adjustmentsOffered: [], openToPrecisionCapable: false,
    anonymousRecruitment: false, visibility: NeedVisibility.COORDINATORS_AND_PROVIDERS, tasks: [], occupationUri: null, requiredSkills: [],
  },
];
