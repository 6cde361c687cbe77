// A small set of needs for the search contract: two companies, five employment areas, every
// visibility, open and finished stages, a need without a place and a forwarded one; and the
// callers the contract searches as. The companies and providers are fictional.
import { Principal, Role } from '@ytmt/core';
import { NeedSearchDocument, ProviderCoverage } from '../../src/search/need-search.port';
import { NO_COVERAGE } from '../../src/search/need-visibility';

export const AREA = {
  lahti: '5b0c2f7e-8a51-4c1e-9d3a-1e2f3a4b5c61',
  helsinki: '8d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f62',
  tampere: 'c4d5e6f7-0819-4a2b-8c3d-4e5f6a7b8c93',
  kymppi: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f74',
  oulu: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55',
} as const;

const organization = (n: number) => `7e2d9b10-4c3a-4f5e-8b6d-0000000000${String(n).padStart(2, '0')}`;

export const COMPANY = {
  /** Lahden Konepaja Oy: home area Lahti, shared with Tampere. */
  konepaja: organization(1),
  /** Hoivakoti Kotikallio Oy: home area Helsinki. */
  hoiva: organization(2),
  /** Lapuan Puutuote Oy: no needs here. */
  puutuote: organization(3),
} as const;

export const PROVIDER = {
  /** Services in the Lahti employment area. */
  saatio: organization(10),
  /** A service naming Heinola (111) only. */
  heinola: organization(11),
  /** Services in the Kymppi area: covers none of the fixture places. */
  tyopaja: organization(12),
  /** A national service. */
  esteeton: organization(13),
  /** No published service; a Helsinki coordinator forwarded n08 to it. */
  silta: organization(14),
} as const;

export const COVERAGE: Record<keyof typeof PROVIDER, ProviderCoverage> = {
  saatio: { national: false, areaIds: [AREA.lahti], municipalityCodes: [] },
  heinola: { national: false, areaIds: [], municipalityCodes: ['111'] },
  tyopaja: { national: false, areaIds: [AREA.kymppi], municipalityCodes: [] },
  esteeton: { national: true, areaIds: [], municipalityCodes: [] },
  silta: NO_COVERAGE,
};

/** Fixture ids n01 … n14. */
export const NEED = Object.fromEntries(
  Array.from({ length: 14 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return [`n${n}`, `4a7c1e93-2b6d-4f80-9c15-0000000000${n}`];
  }),
) as Record<`n${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12' | '13' | '14'}`, string>;

type NeedKey = keyof typeof NEED;

const KONEPAJA = { companyId: COMPANY.konepaja, companyName: 'Lahden Konepaja Oy', companyAreaIds: [AREA.lahti, AREA.tampere] };
const HOIVA = { companyId: COMPANY.hoiva, companyName: 'Hoivakoti Kotikallio Oy', companyAreaIds: [AREA.helsinki] };
const LAHTI = { municipalityCode: '398', employmentAreaId: AREA.lahti };
const HEINOLA = { municipalityCode: '111', employmentAreaId: AREA.lahti };
const HELSINKI = { municipalityCode: '091', employmentAreaId: AREA.helsinki };
const ESPOO = { municipalityCode: '049', employmentAreaId: AREA.helsinki };
const TAMPERE = { municipalityCode: '837', employmentAreaId: AREA.tampere };
const NOWHERE = { municipalityCode: null, employmentAreaId: null };

const occupation = (label: string, unitGroup: string) => ({ occupationLabel: label, occupationGroups: [unitGroup.slice(0, 1), unitGroup] });

function need(key: NeedKey, fields: Omit<NeedSearchDocument, 'id' | 'updatedAt' | 'forwardedProviderIds'> & { forwardedProviderIds?: string[] }): NeedSearchDocument {
  // n01 is the newest: without text, needs are listed newest first.
  const day = 30 - Number(key.slice(1));
  return { forwardedProviderIds: [], ...fields, id: NEED[key], updatedAt: `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z` };
}

export const FIXTURE_NEEDS: readonly NeedSearchDocument[] = [
  need('n01', {
    ...KONEPAJA, ...LAHTI, ...occupation('hitsaaja', '7212'),
    title: 'Hitsaaja konepajaan',
    description: 'Haemme hitsaajaa raskaiden teräsrakenteiden valmistukseen. Työnantaja tarjoaa perehdytyksen ja joustavat työajat.',
    kinds: ['RECRUITMENT'], measures: ['PAY_SUBSIDY'], adjustments: ['WORKING_TIME'], openToPrecisionCapable: true,
    stage: 'IDENTIFIED', visibility: 'PUBLIC',
  }),
  need('n02', {
    ...KONEPAJA, ...LAHTI, ...occupation('varastotyöntekijä', '4321'),
    title: 'Varastotyöntekijä keräilyyn',
    description: 'Tilausten keräily ja pakkaaminen varastossa. Työnantaja on valmis mukauttamaan työpisteen.',
    kinds: ['RECRUITMENT'], measures: ['WORK_TRIAL'], adjustments: ['PHYSICAL_WORKPLACE'], openToPrecisionCapable: true,
    stage: 'SPECIFIED', visibility: 'COORDINATORS_AND_PROVIDERS',
  }),
  need('n03', {
    ...KONEPAJA, ...LAHTI, ...occupation('koneistaja', '7223'),
    title: 'Koneistajien osaamisen kehittäminen',
    description: 'CNC-koneistajien täydennyskoulutus uusiin työstökeskuksiin.',
    kinds: ['COMPETENCE_DEVELOPMENT'], measures: ['APPRENTICESHIP'], adjustments: [], openToPrecisionCapable: false,
    stage: 'DESCRIBED', visibility: 'COORDINATORS_ONLY',
  }),
  need('n04', {
    ...KONEPAJA, ...HELSINKI, ...occupation('huoltoasentaja', '7233'),
    title: 'Huoltoasentaja Helsingin toimipisteeseen',
    description: 'Työkoneiden huoltoa asiakkaiden luona pääkaupunkiseudulla. Työnantaja tarjoaa työhönvalmennusta.',
    kinds: ['RECRUITMENT'], measures: ['PAY_SUBSIDY', 'JOB_COACHING'], adjustments: ['WORK_TASKS'], openToPrecisionCapable: true,
    stage: 'PACKAGED', visibility: 'COORDINATORS_AND_PROVIDERS',
  }),
  need('n05', {
    ...KONEPAJA, ...HELSINKI, ...occupation('myyntiedustaja', '3322'),
    title: 'Myyntiedustaja pääkaupunkiseudulle',
    description: 'Konepajan palveluiden myynti teollisuusasiakkaille.',
    kinds: ['RECRUITMENT'], measures: [], adjustments: [], openToPrecisionCapable: false,
    stage: 'IDENTIFIED', visibility: 'COORDINATORS_ONLY',
  }),
  need('n06', {
    ...HOIVA, ...HELSINKI, ...occupation('lähihoitaja', '5321'),
    title: 'Lähihoitaja yövuoroon',
    description: 'Ikäihmisten hoivaa palvelukodin yövuorossa.',
    kinds: ['RECRUITMENT'], measures: ['APPRENTICESHIP'], adjustments: ['WORKING_TIME'], openToPrecisionCapable: false,
    stage: 'CLOSED', visibility: 'PUBLIC',
  }),
  need('n07', {
    ...HOIVA, ...HELSINKI, ...occupation('hoiva-avustaja', '5322'),
    title: 'Hoiva-avustaja osa-aikaiseksi',
    description: 'Ulkoilua, ruokailussa avustamista ja seurana olemista. Työnantaja tarjoaa osa-aikatyötä.',
    kinds: ['RECRUITMENT'], measures: ['PAY_SUBSIDY', 'WORK_TRIAL'], adjustments: ['WORKING_TIME', 'LANGUAGE_SUPPORT'], openToPrecisionCapable: true,
    stage: 'OFFERED', visibility: 'COORDINATORS_AND_PROVIDERS',
  }),
  need('n08', {
    ...HOIVA, ...HELSINKI, ...occupation('kotihoidon työntekijä', '5322'),
    title: 'Kotihoidon työntekijä',
    description: 'Kotihoitoon työntekijä, jolle tarjoamme suomen kielen tukea työn ohessa.',
    kinds: ['RECRUITMENT', 'SUPPORT_AND_ADVICE'], measures: ['RECRUITMENT_TRAINING'], adjustments: ['LANGUAGE_SUPPORT'], openToPrecisionCapable: false,
    stage: 'SPECIFIED', visibility: 'COORDINATORS_ONLY', forwardedProviderIds: [PROVIDER.silta],
  }),
  need('n09', {
    ...KONEPAJA, ...HEINOLA, ...occupation('puuseppä', '7522'),
    title: 'Puusepän oppisopimus Heinolassa',
    description: 'Puusepäksi oppisopimuksella Heinolan puusepänverstaalle.',
    kinds: ['RECRUITMENT'], measures: ['APPRENTICESHIP'], adjustments: [], openToPrecisionCapable: false,
    stage: 'IDENTIFIED', visibility: 'COORDINATORS_AND_PROVIDERS',
  }),
  need('n10', {
    ...HOIVA, ...NOWHERE, occupationLabel: null, occupationGroups: [],
    title: 'Palkanlaskennan neuvonta',
    description: 'Tarvitsemme neuvoa palkanlaskentaan ja työvuorosuunnitteluun. Vi behöver också hjälp med löneräkning.',
    kinds: ['SUPPORT_AND_ADVICE'], measures: [], adjustments: [], openToPrecisionCapable: false,
    stage: 'DESCRIBED', visibility: 'COORDINATORS_AND_PROVIDERS',
  }),
  need('n11', {
    ...KONEPAJA, ...LAHTI, ...occupation('trukinkuljettaja', '8344'),
    title: 'Trukinkuljettaja',
    description: 'Trukilla lastaamista ja purkamista tuotannon varastossa.',
    kinds: ['RECRUITMENT'], measures: ['WORK_TRIAL'], adjustments: [], openToPrecisionCapable: true,
    stage: 'FILLED', visibility: 'PUBLIC',
  }),
  need('n12', {
    ...HOIVA, ...ESPOO, ...occupation('siivooja', '9112'),
    title: 'Siivooja palvelutaloon',
    description: 'Palvelutalon yleisten tilojen siivousta aamupäivisin. Työnantaja voi keventää fyysisesti raskaita tehtäviä.',
    kinds: ['RECRUITMENT'], measures: ['WORK_TRIAL', 'PAY_SUBSIDY'], adjustments: ['PHYSICAL_WORKPLACE'], openToPrecisionCapable: true,
    stage: 'SPECIFIED', visibility: 'PUBLIC',
  }),
  need('n13', {
    ...HOIVA, ...TAMPERE, ...occupation('keittiöapulainen', '9412'),
    title: 'Keittiöapulainen Tampereelle',
    description: 'Ruoanvalmistuksen avustamista ja astianpesua.',
    kinds: ['RECRUITMENT'], measures: [], adjustments: [], openToPrecisionCapable: false,
    stage: 'IDENTIFIED', visibility: 'COORDINATORS_ONLY',
  }),
  need('n14', {
    ...HOIVA, ...TAMPERE, ...occupation('fysioterapeutti', '2264'),
    title: 'Fysioterapeutti työkyvyn tukeen',
    description: 'Henkilöstön työkyvyn tukea ja ergonomiaa. We are looking for a physiotherapist for work ability support.',
    kinds: ['SUPPORT_AND_ADVICE'], measures: [], adjustments: ['WORK_ENVIRONMENT'], openToPrecisionCapable: false,
    stage: 'SPECIFIED', visibility: 'COORDINATORS_AND_PROVIDERS',
  }),
];

const areaOrganization = (area: string) => `a0${area.slice(2)}`;

function principal(email: string, memberships: [Role, string, string | null][]): Principal {
  return {
    userId: `b0000000-0000-4000-8000-${String(email.length).padStart(12, '0')}`,
    email,
    memberships: memberships.map(([role, organizationId, employmentAreaId]) => ({ role, organizationId, employmentAreaId })),
  };
}

const coordinator = (area: string, role = Role.COORDINATOR) => principal(`${role}@ytmt.example`, [[role, areaOrganization(area), area]]);
const employer = (company: string) => principal('tyonantaja@ytmt.example', [[Role.EMPLOYER_USER, company, null]]);
const provider = (key: keyof typeof PROVIDER) => principal(`${key}@ytmt.example`, [[Role.PROVIDER_USER, PROVIDER[key], null]]);

export interface FixtureCaller {
  label: string;
  principal: Principal | null;
  coverage: ProviderCoverage;
  /** Exactly the needs this caller may find, written out by hand from the rule. */
  sees: NeedKey[];
}

export const CALLERS: readonly FixtureCaller[] = [
  { label: 'anonymous', principal: null, coverage: NO_COVERAGE, sees: ['n01', 'n12'] },
  { label: 'employer of the company', principal: employer(COMPANY.konepaja), coverage: NO_COVERAGE, sees: ['n01', 'n02', 'n03', 'n04', 'n05', 'n09', 'n11', 'n12'] },
  { label: 'employer of another company', principal: employer(COMPANY.puutuote), coverage: NO_COVERAGE, sees: ['n01', 'n12'] },
  {
    label: "coordinator of the company's home area (Lahti)",
    principal: coordinator(AREA.lahti),
    coverage: NO_COVERAGE,
    sees: ['n01', 'n02', 'n03', 'n04', 'n05', 'n09', 'n11', 'n12'],
  },
  {
    label: "area admin of the company's home area (Lahti)",
    principal: coordinator(AREA.lahti, Role.AREA_ADMIN),
    coverage: NO_COVERAGE,
    sees: ['n01', 'n02', 'n03', 'n04', 'n05', 'n09', 'n11', 'n12'],
  },
  {
    label: 'coordinator of an area the company is shared with (Tampere)',
    principal: coordinator(AREA.tampere),
    coverage: NO_COVERAGE,
    sees: ['n01', 'n02', 'n03', 'n04', 'n05', 'n09', 'n11', 'n12', 'n14'],
  },
  {
    label: "coordinator of the need's municipality's area (Helsinki)",
    principal: coordinator(AREA.helsinki),
    coverage: NO_COVERAGE,
    sees: ['n01', 'n04', 'n06', 'n07', 'n08', 'n10', 'n12', 'n13', 'n14'],
  },
  { label: 'coordinator of an unrelated area (Oulu)', principal: coordinator(AREA.oulu), coverage: NO_COVERAGE, sees: ['n01', 'n12'] },
  {
    label: 'provider whose service covers the employment area (Lahti)',
    principal: provider('saatio'),
    coverage: COVERAGE.saatio,
    sees: ['n01', 'n02', 'n09', 'n11', 'n12'],
  },
  { label: 'provider whose service names the municipality (Heinola)', principal: provider('heinola'), coverage: COVERAGE.heinola, sees: ['n01', 'n09', 'n12'] },
  { label: 'provider whose service does not cover the place', principal: provider('tyopaja'), coverage: COVERAGE.tyopaja, sees: ['n01', 'n12'] },
  {
    label: 'provider with a national service',
    principal: provider('esteeton'),
    coverage: COVERAGE.esteeton,
    sees: ['n01', 'n02', 'n04', 'n06', 'n07', 'n09', 'n10', 'n11', 'n12', 'n14'],
  },
  { label: 'provider a need was forwarded to', principal: provider('silta'), coverage: COVERAGE.silta, sees: ['n01', 'n08', 'n12'] },
  {
    label: 'platform admin',
    principal: principal('paakayttaja@ytmt.example', [[Role.PLATFORM_ADMIN, organization(99), null]]),
    coverage: NO_COVERAGE,
    sees: Object.keys(NEED) as NeedKey[],
  },
];

export function caller(label: string): FixtureCaller {
  const found = CALLERS.find((candidate) => candidate.label.startsWith(label));
  if (!found) throw new Error(`No fixture caller ${label}`);
  return found;
}
