// Fictional demo company accounts and CRM data. No real companies or people: contact persons'
// surnames are Finnish role words, e-mail addresses end in .example, and business ids use the
// unissued 9101xxx range with valid check digits.
import { CompanySizeClass, CompanyUserRole, InteractionKind, InteractionVisibility } from '@ytmt/crm';
import { OrganizationType } from '@ytmt/identity';

export interface DemoContactPerson {
  name: string;
  title: string;
  email: string;
  phone: string | null;
}

export interface DemoInteraction {
  kind: InteractionKind;
  /** Days before the seeding run. */
  daysAgo: number;
  summary: string;
  outcome?: string;
  nextStep?: string;
  visibility: InteractionVisibility;
  /** A demo coordinator; their area is the author area. */
  authorEmail: string;
}

export interface DemoTask {
  title: string;
  /** Days after the seeding run; negative tasks are overdue. */
  dueInDays: number;
  assigneeEmail: string;
  done?: boolean;
}

export interface DemoCompanyAccount {
  /** A `company-*` key of DEMO_ORGANIZATIONS, or the key of a company created here. */
  key: string;
  /** Only for companies that DEMO_ORGANIZATIONS does not have. */
  organization?: {
    name: string;
    type: OrganizationType;
    businessIdBase: string;
    homeMunicipalityCode: string;
    website: string | null;
  };
  industrySection: string;
  industryCode: string | null;
  sizeClass: CompanySizeClass;
  operatingMunicipalityCodes?: string[];
  /** Codes of the employment areas the home area shares the account with. */
  sharedWithAreaCodes?: string[];
  responsibleCoordinatorEmails?: string[];
  companyUsers?: { email: string; role: CompanyUserRole }[];
  tags?: string[];
  contacts?: DemoContactPerson[];
  interactions?: DemoInteraction[];
  tasks?: DemoTask[];
}

const LAHTI = 'koordinaattori.lahti@ytmt.example';
const HELSINKI = 'koordinaattori.helsinki@ytmt.example';
const KYMPPI = 'koordinaattori.kymppi@ytmt.example';

export const DEMO_COMPANY_ACCOUNTS: DemoCompanyAccount[] = [
  // --- The demo companies of demo-data.ts get their profiles. ---
  {
    key: 'company-konepaja',
    industrySection: 'C',
    industryCode: '28.41',
    sizeClass: CompanySizeClass.MEDIUM_50_249,
    operatingMunicipalityCodes: ['398'],
    responsibleCoordinatorEmails: [LAHTI],
    companyUsers: [{ email: 'tyonantaja.lahti@ytmt.example', role: CompanyUserRole.ADMIN }],
    tags: ['metalli', 'oppisopimus', 'rekrytointitarve'],
    contacts: [
      { name: 'Hanna Henkilöstöpäällikkö', title: 'henkilöstöpäällikkö', email: 'hanna.henkilostopaallikko@konepaja.example', phone: '040 100 2001' },
      { name: 'Veikko Vuoromestari', title: 'tuotantopäällikkö', email: 'veikko.vuoromestari@konepaja.example', phone: null },
    ],
    interactions: [
      {
        kind: InteractionKind.VISIT,
        daysAgo: 21,
        summary: 'Yrityskäynti konepajalla: kolme hitsaajaa ja CNC-koneistaja tarvitaan syksyyn mennessä.',
        outcome: 'Sovittiin rekrytointikoulutuksen selvittämisestä yhdessä ammattiopiston kanssa.',
        nextStep: 'Kysy ammattiopistolta hitsauksen rekrytointikoulutuksen aikataulu.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: LAHTI,
      },
      {
        kind: InteractionKind.CALL,
        daysAgo: 5,
        summary: 'Henkilöstöpäällikkö kiinnostunut palkkatuesta osatyökykyiselle koneistajalle; budjettitilanne vielä auki.',
        visibility: InteractionVisibility.AREA_ONLY,
        authorEmail: LAHTI,
      },
    ],
    tasks: [
      { title: 'Lähetä konepajalle palkkatuen hakuohjeet', dueInDays: -3, assigneeEmail: LAHTI },
      { title: 'Sovi rekrytointikoulutuksen aloituspalaveri', dueInDays: 10, assigneeEmail: LAHTI },
    ],
  },
  {
    key: 'company-hoiva',
    industrySection: 'Q',
    industryCode: '87.10',
    sizeClass: CompanySizeClass.SMALL_10_49,
    responsibleCoordinatorEmails: [HELSINKI],
    companyUsers: [{ email: 'tyonantaja.helsinki@ytmt.example', role: CompanyUserRole.ADMIN }],
    tags: ['hoiva-ala', 'kielituki'],
    contacts: [{ name: 'Leena Lähiesihenkilö', title: 'vastaava sairaanhoitaja', email: 'leena.lahiesihenkilo@kotikallio.example', phone: '050 100 2002' }],
    interactions: [
      {
        kind: InteractionKind.EVENT,
        daysAgo: 30,
        summary: 'Hoiva-alan rekrytointitapahtuma: Kotikallio esittäytyi ja haastatteli kuusi hoiva-avustajaa.',
        outcome: 'Kaksi hakijaa jatkoon työkokeiluun.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: HELSINKI,
      },
    ],
    tasks: [{ title: 'Tarkista työkokeilusopimusten tilanne', dueInDays: -10, assigneeEmail: HELSINKI, done: true }],
  },
  {
    key: 'company-puutuote',
    industrySection: 'C',
    industryCode: '16.23',
    sizeClass: CompanySizeClass.SMALL_10_49,
    operatingMunicipalityCodes: ['233'],
    sharedWithAreaCodes: ['pohjoisen-keski-suomen-tyollisyysalue'],
    responsibleCoordinatorEmails: [KYMPPI],
    tags: ['puuala', 'työkokeilu'],
    contacts: [{ name: 'Pertti Puuseppä', title: 'toimitusjohtaja', email: 'pertti.puuseppa@lapuanpuutuote.example', phone: '040 100 2003' }],
    interactions: [
      {
        kind: InteractionKind.VISIT,
        daysAgo: 14,
        summary: 'Tuotantotilojen esteettömyys käyty läpi; kokoonpanotehtävät sopivat osatyökykyisille.',
        nextStep: 'Työhönvalmentaja tutustumaan kokoonpanolinjaan.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: KYMPPI,
      },
      {
        kind: InteractionKind.EMAIL,
        daysAgo: 2,
        summary: 'Toimitusjohtaja kysyi oppisopimuksen ehdoista; vastattu alueen oman ohjeen mukaan.',
        visibility: InteractionVisibility.AREA_ONLY,
        authorEmail: KYMPPI,
      },
    ],
    tasks: [{ title: 'Varaa työhönvalmentajan käynti Lapuan Puutuotteelle', dueInDays: -1, assigneeEmail: KYMPPI }],
  },
  {
    key: 'company-logistiikka',
    industrySection: 'H',
    industryCode: '52.10',
    sizeClass: CompanySizeClass.MEDIUM_50_249,
    operatingMunicipalityCodes: ['729'],
    tags: ['logistiikka', 'vuorotyö'],
    contacts: [{ name: 'Ville Varastopäällikkö', title: 'varastopäällikkö', email: 'ville.varastopaallikko@aanekoskenlogistiikka.example', phone: null }],
  },

  // --- Helsinki ---
  {
    key: 'crm-kahvilaleipomo',
    organization: { name: 'Kalliolan Kahvilaleipomo Oy', type: OrganizationType.COMPANY, businessIdBase: '9101001', homeMunicipalityCode: '091', website: 'https://kalliolankahvila.example' },
    industrySection: 'I',
    industryCode: '56.10',
    sizeClass: CompanySizeClass.SMALL_10_49,
    responsibleCoordinatorEmails: [HELSINKI],
    tags: ['ravintola-ala', 'nuoret'],
    contacts: [{ name: 'Riikka Ravintolapäällikkö', title: 'ravintolapäällikkö', email: 'riikka.ravintolapaallikko@kalliolankahvila.example', phone: '040 100 2004' }],
    interactions: [
      {
        kind: InteractionKind.CALL,
        daysAgo: 8,
        summary: 'Kesätyöpaikkoja kahdelle nuorelle; kiinnostusta työssä oppimiseen leipomossa.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: HELSINKI,
      },
    ],
    tasks: [{ title: 'Välitä nuorisopajan yhteystiedot leipomolle', dueInDays: 3, assigneeEmail: HELSINKI }],
  },
  {
    key: 'crm-ohjelmistotalo',
    organization: { name: 'Vallilan Ohjelmistotalo Oy', type: OrganizationType.COMPANY, businessIdBase: '9101002', homeMunicipalityCode: '091', website: 'https://vallilanohjelmisto.example' },
    industrySection: 'J',
    industryCode: '62.01',
    sizeClass: CompanySizeClass.MEDIUM_50_249,
    operatingMunicipalityCodes: ['398'],
    sharedWithAreaCodes: ['lahti'],
    responsibleCoordinatorEmails: [HELSINKI],
    tags: ['ict', 'etätyö', 'anonyymi rekrytointi'],
    contacts: [{ name: 'Olli Ohjelmistoarkkitehti', title: 'rekrytointivastaava', email: 'olli.ohjelmistoarkkitehti@vallilanohjelmisto.example', phone: '050 100 2005' }],
    interactions: [
      {
        kind: InteractionKind.VISIT,
        daysAgo: 12,
        summary: 'Lahden toimipisteeseen haetaan kahta testaajaa; avoimia myös täsmätyökykyisille.',
        nextStep: 'Lahden koordinaattori kartoittaa ehdokkaat Lahdesta.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: HELSINKI,
      },
      {
        kind: InteractionKind.EMAIL,
        daysAgo: 4,
        summary: 'Helsingin alueen sisäinen muistiinpano: yritys hakee myös Helsingin kaupungin hankintaa.',
        visibility: InteractionVisibility.AREA_ONLY,
        authorEmail: HELSINKI,
      },
      {
        kind: InteractionKind.CALL,
        daysAgo: 1,
        summary: 'Lahden työllisyyspalvelut esitteli testaajan rekrytointikoulutuksen mallin.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: LAHTI,
      },
    ],
    tasks: [{ title: 'Kartoita testaajaehdokkaat Lahden alueelta', dueInDays: 7, assigneeEmail: LAHTI }],
  },
  {
    key: 'crm-siivous',
    organization: { name: 'Siivousosuuskunta Kiilto', type: OrganizationType.COOPERATIVE, businessIdBase: '9101003', homeMunicipalityCode: '091', website: null },
    industrySection: 'N',
    industryCode: '81.21',
    sizeClass: CompanySizeClass.SMALL_10_49,
    tags: ['siivousala', 'kotoutuminen'],
  },

  // --- Lahti ---
  {
    key: 'crm-puusepat',
    organization: { name: 'Päijänteen Puusepät Oy', type: OrganizationType.COMPANY, businessIdBase: '9101004', homeMunicipalityCode: '398', website: 'https://paijanteenpuusepat.example' },
    industrySection: 'C',
    industryCode: '16.23',
    sizeClass: CompanySizeClass.SMALL_10_49,
    responsibleCoordinatorEmails: [LAHTI],
    tags: ['puuala', 'oppisopimus'],
    contacts: [{ name: 'Jaana Johtaja', title: 'toimitusjohtaja', email: 'jaana.johtaja@paijanteenpuusepat.example', phone: '040 100 2006' }],
    tasks: [{ title: 'Soita puusepille oppisopimuksen aloituksesta', dueInDays: -7, assigneeEmail: LAHTI }],
  },
  {
    key: 'crm-kierratys',
    organization: { name: 'Lahden Kierrätyskeskus Oy', type: OrganizationType.SOCIAL_ENTERPRISE, businessIdBase: '9101005', homeMunicipalityCode: '398', website: null },
    industrySection: 'E',
    industryCode: '38.32',
    sizeClass: CompanySizeClass.SMALL_10_49,
    responsibleCoordinatorEmails: [LAHTI],
    tags: ['yhteiskunnallinen yritys', 'palkkatuki'],
    interactions: [
      {
        kind: InteractionKind.EVENT,
        daysAgo: 40,
        summary: 'Työllistävien yritysten aamukahvit: kierrätyskeskus kertoi palkkatukityöstä.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: LAHTI,
      },
    ],
  },
  {
    key: 'crm-kuljetus',
    organization: { name: 'Salpausselän Kuljetus Oy', type: OrganizationType.COMPANY, businessIdBase: '9101007', homeMunicipalityCode: '398', website: 'https://salpausselankuljetus.example' },
    industrySection: 'H',
    industryCode: '49.41',
    sizeClass: CompanySizeClass.MEDIUM_50_249,
    operatingMunicipalityCodes: ['091'],
    sharedWithAreaCodes: ['helsinki'],
    responsibleCoordinatorEmails: [LAHTI],
    tags: ['logistiikka', 'ajokortti c'],
    contacts: [{ name: 'Kari Kuljetuspäällikkö', title: 'liikennepäällikkö', email: 'kari.kuljetuspaallikko@salpausselankuljetus.example', phone: '040 100 2007' }],
    interactions: [
      {
        kind: InteractionKind.CALL,
        daysAgo: 9,
        summary: 'Helsingin terminaaliin tarvitaan kaksi varastotyöntekijää; kuljetusyhtiö toivoo yhteistä hakua.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: LAHTI,
      },
    ],
    tasks: [{ title: 'Pyydä Helsingiltä ehdokkaita terminaalin varastotöihin', dueInDays: 2, assigneeEmail: HELSINKI }],
  },

  // --- Kympin työllisyysalue ---
  {
    key: 'crm-metallityo',
    organization: { name: 'Kauhavan Metallityö Oy', type: OrganizationType.COMPANY, businessIdBase: '9101008', homeMunicipalityCode: '233', website: null },
    industrySection: 'C',
    industryCode: '25.62',
    sizeClass: CompanySizeClass.SMALL_10_49,
    operatingMunicipalityCodes: ['408'],
    responsibleCoordinatorEmails: [KYMPPI],
    tags: ['metalli', 'rekrytointitarve'],
    contacts: [{ name: 'Matti Metallimies', title: 'tuotantopäällikkö', email: 'matti.metallimies@kauhavanmetalli.example', phone: '040 100 2008' }],
    tasks: [{ title: 'Selvitä Kauhavan Metallityön koneistajatarve', dueInDays: -14, assigneeEmail: KYMPPI }],
  },
  {
    key: 'crm-alavus-hoiva',
    organization: { name: 'Alavuden Hoivapalvelut Oy', type: OrganizationType.COMPANY, businessIdBase: '9101009', homeMunicipalityCode: '010', website: null },
    industrySection: 'Q',
    industryCode: '87.30',
    sizeClass: CompanySizeClass.SMALL_10_49,
    responsibleCoordinatorEmails: [KYMPPI],
    tags: ['hoiva-ala'],
  },
  {
    key: 'crm-maatilapalvelu',
    organization: { name: 'Kuortaneen Maatilapalvelu osk', type: OrganizationType.COOPERATIVE, businessIdBase: '9101010', homeMunicipalityCode: '300', website: null },
    industrySection: 'A',
    industryCode: '01.61',
    sizeClass: CompanySizeClass.MICRO_1_9,
    tags: ['maatalous', 'kausityö'],
  },

  // --- Pohjoisen Keski-Suomen työllisyysalue ---
  {
    key: 'crm-sahatavara',
    organization: { name: 'Saarijärven Sahatavara Oy', type: OrganizationType.COMPANY, businessIdBase: '9101011', homeMunicipalityCode: '729', website: 'https://saarijarvensaha.example' },
    industrySection: 'C',
    industryCode: '16.10',
    sizeClass: CompanySizeClass.MEDIUM_50_249,
    operatingMunicipalityCodes: ['992'],
    sharedWithAreaCodes: ['kympin-tyollisyysalue'],
    tags: ['puuala', 'vuorotyö'],
    contacts: [{ name: 'Sirpa Sahanhoitaja', title: 'henkilöstövastaava', email: 'sirpa.sahanhoitaja@saarijarvensaha.example', phone: null }],
    interactions: [
      {
        kind: InteractionKind.CALL,
        daysAgo: 6,
        summary: 'Kympin alue tiedusteli sahan kiinnostusta Lapuan puualan työkokeilijoihin.',
        outcome: 'Saha ottaa kaksi työkokeilijaa syyskuussa.',
        visibility: InteractionVisibility.SHARED,
        authorEmail: KYMPPI,
      },
    ],
  },
  {
    key: 'crm-matkailu',
    organization: { name: 'Viitasaaren Järvimatkailu Oy', type: OrganizationType.COMPANY, businessIdBase: '9101012', homeMunicipalityCode: '931', website: null },
    industrySection: 'I',
    industryCode: '55.10',
    sizeClass: CompanySizeClass.MICRO_1_9,
    tags: ['matkailu', 'kausityö'],
  },
  {
    key: 'crm-remontti',
    organization: { name: 'Laukaan Remonttipalvelu Oy', type: OrganizationType.COMPANY, businessIdBase: '9101013', homeMunicipalityCode: '410', website: null },
    industrySection: 'F',
    industryCode: '43.39',
    sizeClass: CompanySizeClass.SMALL_10_49,
    tags: ['rakentaminen'],
  },
];
