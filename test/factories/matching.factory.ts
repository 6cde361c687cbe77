// Realistic jobseeker profiles and a warehouse need for matching tests (ESCO v1.1.1 URIs).

// ESCO v1.1.1: varastotyöntekijä (warehouse worker, ISCO 9333) and some of its essential skills.
export const WAREHOUSE_WORKER = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';
export const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
export const PICK_ORDERS = skill('ee5e2297-39cc-4ed6-89e5-d58016118a7f');
export const RECEIVE_GOODS = skill('2cae39d6-78c2-4ce3-bee8-628504371463');
export const STACK_GOODS = skill('3d086228-d7fc-4c23-972a-22b7d44a6173');
export const WAREHOUSE_SYSTEMS = skill('055ff233-6569-43db-9f95-a4b03dca97da');
export const KEEP_ORDER = skill('23db1cab-e565-4a90-89f8-3a8685a20029');
export const SHIP_ORDERS = skill('4ad83664-21a9-4f96-8834-0fc8f671be9c');
export const INSPECT_GOODS = skill('8269dc3d-50ee-46b5-a742-a7d2cb7d90bb');

export const profileInput = (overrides: Record<string, unknown> = {}) => ({
  skills: [PICK_ORDERS, RECEIVE_GOODS, STACK_GOODS, WAREHOUSE_SYSTEMS, KEEP_ORDER],
  occupations: [WAREHOUSE_WORKER],
  wishedOccupations: [],
  homeMunicipalityCode: '398',
  homeLatitude: 60.9827,
  homeLongitude: 25.6615,
  commuteRadiusKm: 30,
  acceptableMunicipalityCodes: [],
  remoteOk: false,
  hoursMin: 20,
  hoursMax: 37,
  languages: [{ language: 'fi', level: 'NATIVE' }],
  drivingLicences: ['B'],
  educationLevel: 'VOCATIONAL',
  ...overrides,
});

export const task = (title: string, kind: 'CORE' | 'SEPARABLE', lifting: number, standingWalking = 1) => ({
  title,
  kind,
  physicalStrain: 1,
  standingWalking,
  lifting,
  cognitiveLoad: 1,
  customerInteraction: 0,
  timePressure: 1,
});

export const NEED_INPUT = {
  kinds: ['RECRUITMENT'],
  title: 'Varastotyöntekijä keräilyyn ja vastaanottoon',
  description: 'Haemme Lahden varastoomme työntekijää tilausten keräilyyn ja tavaran vastaanottoon.',
  municipalityCode: '398',
  latitude: 60.98,
  longitude: 25.66,
  remote: false,
  positions: 1,
  hoursMin: 25,
  hoursMax: 37,
  partTimePossible: true,
  occupationUri: WAREHOUSE_WORKER,
  skills: [
    { uri: PICK_ORDERS, required: true },
    { uri: RECEIVE_GOODS, required: true },
    { uri: SHIP_ORDERS, required: false },
  ],
  languages: [{ language: 'fi', level: 'B1' }],
  adjustmentsOffered: ['WORKING_TIME'],
  measuresOpenTo: ['PAY_SUBSIDY'],
  openToPrecisionCapable: true,
  visibility: 'COORDINATORS_ONLY',
  tasks: [task('Tilausten keräily', 'CORE', 1), task('Raskaiden lavojen siirto käsin', 'SEPARABLE', 3, 2)],
};

