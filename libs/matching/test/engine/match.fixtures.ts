// Small hand-made ESCO slice and builders for the engine's specs: a warehouse job in Tampere and
// the people who might fit it. URIs have the ESCO shape; labels are in the comments.
import { DemandLevels, MatchContext, MatchNeed, MatchOccupation, MatchProfile, MatchTask } from '../../src/engine/match.types';

const occupation = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;
const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;

export const OCCUPATIONS = {
  /** varastotyöntekijä, ISCO 9333 */
  warehouseWorker: occupation('0a9c1b41-4f4e-4d3b-9d6e-3c1d2b7a9e01'),
  /** trukinkuljettaja, ISCO 8344 */
  forkliftOperator: occupation('0a9c1b41-4f4e-4d3b-9d6e-3c1d2b7a9e02'),
  /** lähettäjä (freight handler), ISCO 9333 */
  freightHandler: occupation('0a9c1b41-4f4e-4d3b-9d6e-3c1d2b7a9e03'),
  /** kokki, ISCO 5120 */
  cook: occupation('0a9c1b41-4f4e-4d3b-9d6e-3c1d2b7a9e04'),
} as const;

export const SKILLS = {
  operateForklift: skill('5b1f6a52-0000-4000-8000-000000000001'),
  storeGoods: skill('5b1f6a52-0000-4000-8000-000000000002'),
  pickOrders: skill('5b1f6a52-0000-4000-8000-000000000003'),
  inventory: skill('5b1f6a52-0000-4000-8000-000000000004'),
  safetyRules: skill('5b1f6a52-0000-4000-8000-000000000005'),
  scanner: skill('5b1f6a52-0000-4000-8000-000000000006'),
  customerService: skill('5b1f6a52-0000-4000-8000-000000000007'),
  prepareFood: skill('5b1f6a52-0000-4000-8000-000000000008'),
  hygiene: skill('5b1f6a52-0000-4000-8000-000000000009'),
} as const;

export const OCCUPATION_DATA: ReadonlyMap<string, MatchOccupation> = new Map<string, MatchOccupation>([
  [OCCUPATIONS.warehouseWorker, { iscoGroup: '9333', essentialSkills: [SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.inventory, SKILLS.safetyRules], optionalSkills: [SKILLS.scanner] }],
  [OCCUPATIONS.forkliftOperator, { iscoGroup: '8344', essentialSkills: [SKILLS.operateForklift, SKILLS.safetyRules, SKILLS.storeGoods], optionalSkills: [] }],
  [OCCUPATIONS.freightHandler, { iscoGroup: '9333', essentialSkills: [SKILLS.storeGoods, SKILLS.safetyRules], optionalSkills: [] }],
  [OCCUPATIONS.cook, { iscoGroup: '5120', essentialSkills: [SKILLS.prepareFood, SKILLS.hygiene], optionalSkills: [SKILLS.customerService] }],
]);

export const CONTEXT: MatchContext = { occupations: OCCUPATION_DATA };

export const PLACES = {
  tampere: { code: '837', latitude: 61.4978, longitude: 23.761 },
  pirkkala: { code: '604', latitude: 61.4647, longitude: 23.6455 },
  nokia: { code: '536', latitude: 61.4778, longitude: 23.5087 },
  helsinki: { code: '091', latitude: 60.1699, longitude: 24.9384 },
} as const;

export const levels = (values: Partial<DemandLevels> = {}, fill = 0): DemandLevels => ({
  PHYSICAL_STRAIN: fill,
  STANDING_WALKING: fill,
  LIFTING: fill,
  COGNITIVE_LOAD: fill,
  CUSTOMER_INTERACTION: fill,
  TIME_PRESSURE: fill,
  ...values,
});

export const task = (id: string, title: string, kind: MatchTask['kind'], demands: Partial<DemandLevels>): MatchTask => ({ id, title, kind, demands: levels(demands) });

/** A full-time warehouse job at a Tampere logistics centre. */
export function warehouseNeed(overrides: Partial<MatchNeed> = {}): MatchNeed {
  return {
    id: 'need-varasto-tampere',
    occupationUri: OCCUPATIONS.warehouseWorker,
    iscoGroup: '9333',
    essentialSkills: [SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.inventory, SKILLS.safetyRules, SKILLS.operateForklift],
    optionalSkills: [SKILLS.scanner, SKILLS.customerService],
    employerRequiredSkills: [SKILLS.operateForklift],
    municipalityCode: PLACES.tampere.code,
    location: { latitude: PLACES.tampere.latitude, longitude: PLACES.tampere.longitude },
    remote: false,
    hoursMin: 37.5,
    hoursMax: 37.5,
    partTimePossible: false,
    drivingLicence: null,
    languages: [{ language: 'fi', level: 'B1' }],
    adjustmentsOffered: [],
    measuresOpenTo: ['PAY_SUBSIDY'],
    openToPrecisionCapable: false,
    tasks: [],
    ...overrides,
  };
}

/** An experienced warehouse worker living in Tampere. */
export function warehouseProfile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id: 'profile-aino',
    matchingConsent: true,
    skills: [SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.safetyRules, SKILLS.operateForklift, SKILLS.scanner],
    occupations: [OCCUPATIONS.warehouseWorker],
    wishedOccupations: [],
    iscoGroups: ['9333'],
    homeMunicipalityCode: PLACES.tampere.code,
    home: { latitude: PLACES.tampere.latitude, longitude: PLACES.tampere.longitude },
    commuteRadiusKm: 30,
    acceptableMunicipalityCodes: [],
    remoteOk: false,
    hoursMin: 30,
    hoursMax: 40,
    languages: [{ language: 'fi', level: 'NATIVE' }],
    drivingLicences: ['B'],
    capability: null,
    adjustmentsNeeded: [],
    ...overrides,
  };
}

/** A need that asks for nothing and is placed nowhere: tests state only what they are about. */
export function blankNeed(overrides: Partial<MatchNeed> = {}): MatchNeed {
  return {
    id: 'need',
    occupationUri: null,
    iscoGroup: null,
    essentialSkills: [],
    optionalSkills: [],
    employerRequiredSkills: [],
    municipalityCode: null,
    location: null,
    remote: false,
    hoursMin: null,
    hoursMax: null,
    partTimePossible: false,
    drivingLicence: null,
    languages: [],
    adjustmentsOffered: [],
    measuresOpenTo: [],
    openToPrecisionCapable: false,
    tasks: [],
    ...overrides,
  };
}

/** A consenting profile with no skills, hours, languages or place limits of its own. */
export function blankProfile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id: 'profile',
    matchingConsent: true,
    skills: [],
    occupations: [],
    wishedOccupations: [],
    iscoGroups: [],
    homeMunicipalityCode: null,
    home: null,
    commuteRadiusKm: null,
    acceptableMunicipalityCodes: [],
    remoteOk: false,
    hoursMin: null,
    hoursMax: null,
    languages: [],
    drivingLicences: [],
    capability: null,
    adjustmentsNeeded: [],
    ...overrides,
  };
}
