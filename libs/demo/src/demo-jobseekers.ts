// Demo jobseekers and the candidate lists the demo walks through. Fictional: the names are
// invented, e-mail addresses are in the reserved .example domain and no one has a phone number.
// Work-ability profiles hold functional levels only (0 none … 3 high), never diagnoses.
import { CoordinatorStatus, EmployerStatus, ShareRequestStatus } from '@ytmt/matching';
import { Adjustment, LanguageLevel } from '@ytmt/needs';
import { ConsentScope, EducationLevel, JobseekerProfileInput, WorkAbilityInput } from '@ytmt/talent';
import { DEMO_NEED_ESCO, MUNICIPALITY_CENTRES } from './demo-needs';

export interface DemoConsent {
  scope: ConsentScope;
  /** Days from the seeding until the consent ends; absent: until withdrawn. */
  expiresInDays?: number;
  /** Granted, then withdrawn again. */
  withdrawn?: boolean;
}

export interface DemoJobseeker {
  key: string;
  /** The jobseeker's own demo account: the profile is saved and the consents given as this user. */
  userEmail?: string;
  /** Otherwise the coordinator who made the profile with the jobseeker at the employment office. */
  coordinatorEmail?: string;
  /** The identity kept apart from the profile; the e-mail also finds the profile on a second run. */
  identity: { firstName: string; lastName: string; email: string };
  profile: JobseekerProfileInput;
  consents: DemoConsent[];
}

const escoOccupation = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;
const escoSkill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;

// ESCO v1.1.1 concepts of the profiles, beyond those of the demo needs.
const occupations = {
  ...DEMO_NEED_ESCO.occupations,
  pipeWelder: escoOccupation('2ff73126-7aff-4233-9d9c-d8725e1c6822'), // putkihitsaaja (7212)
  sheetMetalWorker: escoOccupation('572c9810-e1ee-4f7a-a71f-820f17c0c25b'), // levyseppä (7213)
  warehouseWorker: escoOccupation('bea705fe-06ac-4147-b8e0-6e8ac1208d8f'), // varastotyöntekijä (9333)
  forkliftOperator: escoOccupation('eeac6251-1974-42f5-91ed-513c6c883755'), // trukinkuljettaja (8344)
  shelfFiller: escoOccupation('d35f9e79-5778-43b4-8667-0e3ba1fcb19a'), // hyllyjen täyttäjä (9334)
  healthcareAssistant: escoOccupation('d38c2107-98f2-47b7-8bb4-f69750d51082'), // lähihoitaja (5321)
  homeCareAide: escoOccupation('1391bdf9-bd61-4fb5-91ca-c29036ab2b60'), // kodinhoitaja (5322)
  domesticCleaner: escoOccupation('cbad55a4-c7cf-4ab6-9540-eac72b26729b'), // kotisiivooja (9111)
  kitchenAssistant: escoOccupation('e1cf6897-158d-4b48-a39e-2a3a8cac216c'), // keittiöavustaja (9412)
};

const skills = {
  ...DEMO_NEED_ESCO.skills,
  tigWelding: escoSkill('a51adea8-bf02-488a-a0d8-b0961caca5b0'), // suorittaa TIG-hitsausta
  arcWelding: escoSkill('27d26fd6-5795-4f0a-884e-112df7c68314'), // käyttää kaarihitsauksen tekniikoita
  interpret3dPlans: escoSkill('aafbb139-02c6-4f35-bc62-ff73faf97d6d'), // tulkita kolmiulotteisia suunnitelmia
  protectiveGear: escoSkill('6122d586-5978-431f-8e7a-96e61fc1f3fc'), // käyttää soveltuvia suojavarusteita
  joinMetals: escoSkill('29d762da-1711-4a3c-b424-f0a404f4bf2d'), // liittää metalleja
  selectFillerMetal: escoSkill('f33b0ef2-7fe1-4ac1-96c4-36a1bff1771b'), // valita lisämetalli
  weldingEquipment: escoSkill('2fcd95a4-1f9a-41cf-95a9-4701bde476b4'), // työskennellä hitsauslaitteilla
  safetyPrecautions: escoSkill('d2d9051a-10e1-41c5-9cfb-bbdc58016176'), // noudattaa työssään varotoimenpiteitä
  shapeSheetMetal: escoSkill('82f6b2a3-45ca-4841-90d2-83169d7416ee'), // muotoilla levymetalliesineitä
  metalworkingTools: escoSkill('37800bb3-4fbc-4786-9e3d-9266bb61f20e'), // käyttää metallintyöstötyökaluja
  checkShipments: escoSkill('0b3ee7c8-dc29-48de-a54b-2c91560161a4'), // tarkastaa lähetyksiä
  voicePicking: escoSkill('28b7d7fb-0483-4877-9aaa-f990f10f16f5'), // käyttää äänikeräysjärjestelmiä
  followWrittenInstructions: escoSkill('54d68400-9da3-4077-a7ee-52e68b390ef6'), // noudattaa kirjallisia ohjeita
  complyWithChecklists: escoSkill('d66964f4-6f5b-443e-bf74-e61a56f5957f'), // noudattaa tarkistuslistoja
  receiveGoods: escoSkill('2cae39d6-78c2-4ce3-bee8-628504371463'), // vastaanottaa tavaraa
  stackGoods: escoSkill('3d086228-d7fc-4c23-972a-22b7d44a6173'), // pinota tavaroita
  storeWarehouseGoods: escoSkill('e883d55a-75ae-460b-ba0a-47fecf14f1b3'), // varastoida tavarat varastoon
  operateForklift: escoSkill('28cb374e-6261-4133-8371-f9a5470145da'), // käyttää haarukkatrukkia
  secureGoods: escoSkill('b1e4b6b3-c32e-426f-91a1-41b8adac086c'), // kiinnittää tavarat
  warehouseSafety: escoSkill('519b3949-b711-4a08-a395-a4bd068f9fa2'), // varastojen turvallisuusmääräykset
  stockShelves: escoSkill('7e9daad3-8604-4839-af9b-dc6f8db3ef68'), // täyttää hyllyjä
  monitorStockLevel: escoSkill('44f6a65f-6be7-4818-9a66-73908797283f'), // valvoa varastomääriä
  firstAid: escoSkill('f7464f30-662b-4177-85a0-3df9693e9e58'), // ensiapu
  monitorPatientSigns: escoSkill('d3b74d50-7fc9-4051-9335-58d129a4a064'), // seurata peruspotilaiden elintoimintoja
  supportNurses: escoSkill('62268d9a-42f9-4c65-9ed3-d7ba69249896'), // tukea sairaanhoitajia
  longTermCare: escoSkill('a28e8141-89ee-4b24-a3bb-1aebcc56c72d'), // tehdä hoitotyötä pitkäaikaishoidossa
  relateEmpathetically: escoSkill('996243ee-543f-4c36-a31a-e0f2403c0c5d'), // toimia empaattisesti
  communicateWithCustomers: escoSkill('0da516ee-e70e-4384-be13-f5ff80be8127'), // viestiä asiakkaiden kanssa
  tendElderly: escoSkill('261e740b-d32d-4356-94a8-3ea29128b70b'), // huolehtia vanhuksista
  olderAdultsNeeds: escoSkill('634865e0-2ec2-4b7f-bb7f-c196637f0f7b'), // vanhusten tarpeet
  buyGroceries: escoSkill('71deea7b-d8a0-42de-9d85-2d6a506dade4'), // ostaa elintarvikkeita
  washLaundry: escoSkill('04838ae5-a737-48a0-a782-3d1b6b6cb75b'), // pestä pyykkiä
  cleanRooms: escoSkill('7bb01a18-4637-4535-ba18-258f48f705b8'), // siivota huoneita
  removeDust: escoSkill('329d7233-7231-4082-8ca4-0b5e295785aa'), // poistaa pöly
  vacuumSurfaces: escoSkill('644617c8-fbe6-4755-b7f2-c3a623641e5b'), // imuroida pintoja
  cleaningTechniques: escoSkill('ce2dbe33-9e13-47bb-91bf-00cf799ac34c'), // siivoustekniikat
  chemicalCleaningAgents: escoSkill('51a26193-9abe-4bce-9108-f50835be1c35'), // käsitellä kemiallisia puhdistusaineita
  sortWaste: escoSkill('110d7aa3-e44e-4cce-a927-8d4de615f3d9'), // lajitella jätettä
  janitorialTools: escoSkill('1ff161c5-756d-414b-afda-41fff0f74d81'), // käyttää siivousvälineitä
  cleaningSafety: escoSkill('09dea77e-870c-49eb-9a97-1398bee57bd0'), // siivousalan työterveys ja -turvallisuus
  restockToilets: escoSkill('bb62b926-73ff-437d-aac1-5f8af6cc8e52'), // täydentää wc-tilojen saniteettitarvikkeita
  cleanGlass: escoSkill('d05ae693-dc7d-4073-8806-2782f117c24a'), // puhdistaa lasipintoja
  foodPreparation: escoSkill('4b15a965-9bb4-42f1-8e44-1024aeb0b08c'), // käyttää ruoanvalmistustekniikoita
  cleanKitchenEquipment: escoSkill('9b31016e-c99d-4bd2-a550-d5660dac5041'), // puhdistaa catering-ruoanlaittovälineitä
  machinesSafely: escoSkill('4c831013-9027-4ec6-83de-c5c19e68d083'), // käyttää koneita turvallisesti
};

type LanguageLevelKey = keyof typeof LanguageLevel;

/** A profile at home in a municipality centre, with the defaults most demo profiles share. */
function profile(
  homeMunicipalityCode: string,
  fields: Pick<JobseekerProfileInput, 'skills' | 'occupations' | 'hoursMin' | 'hoursMax'> & Partial<JobseekerProfileInput>,
  languages: Partial<Record<'fi' | 'sv' | 'en', LanguageLevelKey>> = { fi: 'NATIVE' },
): JobseekerProfileInput {
  const home = MUNICIPALITY_CENTRES[homeMunicipalityCode];
  if (!home) throw new Error(`No centre for municipality ${homeMunicipalityCode}`);
  return {
    wishedOccupations: [],
    homeMunicipalityCode,
    homeLatitude: home.latitude,
    homeLongitude: home.longitude,
    commuteRadiusKm: 25,
    acceptableMunicipalityCodes: [],
    remoteOk: false,
    drivingLicences: [],
    ...fields,
    languages: Object.entries(languages).map(([language, level]) => ({ language, level: LanguageLevel[level as LanguageLevelKey] })),
  };
}

/** Levels in DEMAND_DIMENSIONS order: strain, standing/walking, lifting, cognitive load, customer interaction, time pressure. */
function workAbility(levels: [number, number, number, number, number, number], adjustmentsNeeded: Adjustment[]): WorkAbilityInput {
  const [physicalStrain, standingWalking, lifting, cognitiveLoad, customerInteraction, timePressure] = levels;
  return { physicalStrain, standingWalking, lifting, cognitiveLoad, customerInteraction, timePressure, adjustmentsNeeded };
}

const MATCHING: DemoConsent = { scope: ConsentScope.MATCHING };
const VISIBLE: DemoConsent = { scope: ConsentScope.ANONYMOUS_VISIBILITY };
const SHARE_ADJUSTMENTS: DemoConsent = { scope: ConsentScope.SHARE_ADJUSTMENT_NEEDS };

const LAHTI_COORDINATOR = 'koordinaattori.lahti@ytmt.example';
const HELSINKI_COORDINATOR = 'koordinaattori.helsinki@ytmt.example';
const KYMPPI_COORDINATOR = 'koordinaattori.kymppi@ytmt.example';

export const DEMO_JOBSEEKERS: DemoJobseeker[] = [
  // --- The five demo jobseeker accounts ---------------------------------------------------
  {
    key: 'jari', userEmail: 'tyonhakija@ytmt.example',
    identity: { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example' },
    profile: profile('091', {
      occupations: [], wishedOccupations: [occupations.companion], hoursMin: 15, hoursMax: 20, educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.keepCompany, skills.accompanyPeople, skills.listenActively, skills.relateEmpathetically, skills.communicateWithCustomers],
      workAbility: workAbility([1, 2, 1, 2, 2, 1], [Adjustment.WORKING_TIME]),
    }, { fi: 'NATIVE', en: 'B1' }),
    consents: [MATCHING, SHARE_ADJUSTMENTS],
  },
  {
    key: 'aino', userEmail: 'tyonhakija.aino@ytmt.example',
    identity: { firstName: 'Aino', lastName: 'Aaltonen', email: 'tyonhakija.aino@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.buildingCleaner], hoursMin: 25, hoursMax: 30, drivingLicences: ['B'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.cleanBuildingFloors, skills.floorCleaningEquipment, skills.cleanSurfaces, skills.sortWaste, skills.janitorialTools, skills.cleaningSafety],
    }, { fi: 'NATIVE', en: 'B1' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    // Found work elsewhere and withdrew MATCHING: off every list, history kept.
    key: 'mikko', userEmail: 'tyonhakija.mikko@ytmt.example',
    identity: { firstName: 'Mikko', lastName: 'Mäkelä', email: 'tyonhakija.mikko@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.welder], hoursMin: 37, hoursMax: 40, drivingLicences: ['B', 'C'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.migWelding, skills.magWelding, skills.tigWelding, skills.interpret2dPlans, skills.protectiveGear],
    }, { fi: 'NATIVE', en: 'B2' }),
    consents: [{ ...MATCHING, withdrawn: true }, VISIBLE],
  },
  {
    key: 'leena', userEmail: 'tyonhakija.leena@ytmt.example',
    identity: { firstName: 'Leena', lastName: 'Lindqvist', email: 'tyonhakija.leena@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.homeCareAide], wishedOccupations: [occupations.companion], hoursMin: 15, hoursMax: 30,
      drivingLicences: ['B'], educationLevel: EducationLevel.UPPER_SECONDARY,
      skills: [skills.keepCompany, skills.accompanyPeople, skills.listenActively, skills.washLaundry, skills.cleanSurfaces, skills.cleanRooms],
    }, { sv: 'NATIVE', fi: 'C1', en: 'B2' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'sami', userEmail: 'tyonhakija.sami@ytmt.example',
    identity: { firstName: 'Sami', lastName: 'Salonen', email: 'tyonhakija.sami@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.warehouseWorker], hoursMin: 20, hoursMax: 25, drivingLicences: ['B'], educationLevel: EducationLevel.BASIC,
      skills: [skills.pickOrders, skills.warehouseRecordSystems, skills.checkShipments, skills.packagingEquipment, skills.followWrittenInstructions],
      workAbility: workAbility([1, 2, 1, 2, 1, 0], [Adjustment.WORKING_TIME]),
    }),
    // MATCHING for half a year first; he can renew it.
    consents: [{ ...MATCHING, expiresInDays: 180 }, VISIBLE, SHARE_ADJUSTMENTS],
  },

  // --- Lahti: profiles made with the Lahti coordinator ------------------------------------
  {
    key: 'lahti-hitsaaja-antti', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Antti', lastName: 'Heikkilä', email: 'antti.heikkila@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.welder], hoursMin: 37, hoursMax: 40, commuteRadiusKm: 40, drivingLicences: ['B', 'C', 'CE'],
      educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.migWelding, skills.magWelding, skills.tigWelding, skills.interpret2dPlans, skills.interpret3dPlans, skills.protectiveGear, skills.joinMetals, skills.selectFillerMetal],
    }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'lahti-putkihitsaaja-jukka', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Jukka', lastName: 'Rantanen', email: 'jukka.rantanen@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.pipeWelder], hoursMin: 30, hoursMax: 40, drivingLicences: ['B'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.tigWelding, skills.arcWelding, skills.weldingEquipment, skills.interpret2dPlans, skills.protectiveGear],
    }, { fi: 'NATIVE', sv: 'A2' }),
    consents: [MATCHING],
  },
  {
    key: 'lahti-levyseppa-ahmed', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Ahmed', lastName: 'Hassan', email: 'ahmed.hassan@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.sheetMetalWorker], wishedOccupations: [occupations.welder], hoursMin: 37, hoursMax: 40,
      drivingLicences: ['B'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.arcWelding, skills.interpret2dPlans, skills.joinMetals, skills.shapeSheetMetal, skills.metalworkingTools, skills.protectiveGear],
    }, { fi: 'B1', en: 'C1' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    // Young, no trade yet; the welder need is open to an apprenticeship.
    key: 'lahti-hitsausoppilas-teemu', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Teemu', lastName: 'Kallio', email: 'teemu.kallio@ytmt.example' },
    profile: profile('398', {
      occupations: [], wishedOccupations: [occupations.welder], hoursMin: 30, hoursMax: 40, drivingLicences: ['B'], educationLevel: EducationLevel.BASIC,
      skills: [skills.protectiveGear, skills.safetyPrecautions, skills.interpret2dPlans],
    }, { fi: 'NATIVE', en: 'B2' }),
    consents: [MATCHING, { ...VISIBLE, expiresInDays: 120 }],
  },
  {
    key: 'lahti-keraily-tiina', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Tiina', lastName: 'Koivisto', email: 'tiina.koivisto@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.orderPicker], hoursMin: 20, hoursMax: 30, educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.pickOrders, skills.packagingEquipment, skills.voicePicking, skills.complyWithChecklists],
      workAbility: workAbility([2, 2, 1, 1, 1, 1], [Adjustment.WORK_TASKS, Adjustment.WORK_ENVIRONMENT]),
    }),
    consents: [MATCHING, VISIBLE, SHARE_ADJUSTMENTS],
  },
  {
    key: 'lahti-varasto-ville', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Ville', lastName: 'Hämäläinen', email: 'ville.hamalainen@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.warehouseWorker], hoursMin: 20, hoursMax: 30, drivingLicences: ['B'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.pickOrders, skills.receiveGoods, skills.stackGoods, skills.storeWarehouseGoods, skills.warehouseRecordSystems],
      workAbility: workAbility([1, 2, 1, 1, 0, 1], [Adjustment.WORK_TASKS]),
    }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'lahti-trukki-kalle', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Kalle', lastName: 'Järvinen', email: 'kalle.jarvinen@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.forkliftOperator], hoursMin: 20, hoursMax: 37, drivingLicences: ['B', 'C'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.operateForklift, skills.pickOrders, skills.storeWarehouseGoods, skills.secureGoods, skills.warehouseSafety],
    }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'lahti-hyllytys-olena', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Olena', lastName: 'Kovalenko', email: 'olena.kovalenko@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.shelfFiller], wishedOccupations: [occupations.orderPicker], hoursMin: 15, hoursMax: 25,
      educationLevel: EducationLevel.BACHELOR,
      skills: [skills.stockShelves, skills.monitorStockLevel, skills.checkShipments, skills.pickOrders],
    }, { fi: 'A2', en: 'B2' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    // Commutes to Helsinki by train: the radius reaches it (about 100 km).
    key: 'lahti-lahihoitaja-satu', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Satu', lastName: 'Laine', email: 'satu.laine@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.healthcareAssistant], hoursMin: 30, hoursMax: 37, commuteRadiusKm: 110, drivingLicences: ['B'],
      educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.basicPatientSupport, skills.empathiseWithHealthcareUser, skills.healthcareHygiene, skills.listenActively, skills.firstAid, skills.monitorPatientSigns],
    }, { fi: 'NATIVE', sv: 'B1', en: 'B2' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    // Made at the office; she takes the consent form home and decides at the next meeting.
    key: 'lahti-varasto-riikka', coordinatorEmail: LAHTI_COORDINATOR,
    identity: { firstName: 'Riikka', lastName: 'Salminen', email: 'riikka.salminen@ytmt.example' },
    profile: profile('398', {
      occupations: [occupations.warehouseWorker], hoursMin: 20, hoursMax: 30, educationLevel: EducationLevel.UPPER_SECONDARY,
      skills: [skills.pickOrders, skills.packagingEquipment, skills.receiveGoods],
    }),
    consents: [],
  },

  // --- Helsinki: profiles made with the Helsinki coordinator ------------------------------
  {
    key: 'hki-ulkoilu-marja', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Marja', lastName: 'Nieminen', email: 'marja.nieminen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.homeCareAide], wishedOccupations: [occupations.companion], hoursMin: 10, hoursMax: 20,
      educationLevel: EducationLevel.UPPER_SECONDARY,
      skills: [skills.keepCompany, skills.accompanyPeople, skills.relateEmpathetically, skills.listenActively, skills.tendElderly],
      workAbility: workAbility([1, 2, 0, 1, 2, 1], [Adjustment.WORK_TASKS]),
    }),
    consents: [MATCHING, VISIBLE, SHARE_ADJUSTMENTS],
  },
  {
    key: 'hki-ulkoilu-eero', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Eero', lastName: 'Lahtinen', email: 'eero.lahtinen@ytmt.example' },
    profile: profile('091', {
      occupations: [], wishedOccupations: [occupations.companion], hoursMin: 10, hoursMax: 15, remoteOk: true,
      educationLevel: EducationLevel.BACHELOR,
      skills: [skills.keepCompany, skills.accompanyPeople, skills.communicateWithCustomers],
      workAbility: workAbility([1, 2, 1, 1, 2, 0], [Adjustment.WORKING_TIME, Adjustment.WORK_ENVIRONMENT]),
    }, { fi: 'NATIVE', en: 'C1' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'hki-ulkoilu-noora', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Noora', lastName: 'Mäkinen', email: 'noora.makinen@ytmt.example' },
    profile: profile('091', {
      occupations: [], wishedOccupations: [occupations.companion], hoursMin: 15, hoursMax: 20, educationLevel: EducationLevel.BASIC,
      skills: [skills.keepCompany, skills.listenActively, skills.relateEmpathetically],
      workAbility: workAbility([1, 2, 1, 0, 2, 1], [Adjustment.WORK_TASKS]),
    }),
    consents: [MATCHING],
  },
  {
    key: 'hki-kodinhoitaja-olli', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Olli', lastName: 'Heinonen', email: 'olli.heinonen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.homeCareAide], hoursMin: 10, hoursMax: 25, drivingLicences: ['B'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.tendElderly, skills.keepCompany, skills.accompanyPeople, skills.buyGroceries, skills.washLaundry, skills.olderAdultsNeeds],
    }, { fi: 'NATIVE', sv: 'B2' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'hki-keittio-linh', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Linh', lastName: 'Nguyen', email: 'linh.nguyen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.kitchenAssistant], hoursMin: 10, hoursMax: 20, educationLevel: EducationLevel.BASIC,
      skills: [skills.cleanSurfaces, skills.foodPreparation, skills.cleanKitchenEquipment, skills.chemicalCleaningAgents],
    }, { fi: 'B1', en: 'B2' }),
    consents: [MATCHING],
  },
  {
    key: 'hki-siivous-fatima', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Fatima', lastName: 'Ali', email: 'fatima.ali@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.domesticCleaner], hoursMin: 20, hoursMax: 30, educationLevel: EducationLevel.BASIC,
      skills: [skills.cleanSurfaces, skills.cleanRooms, skills.removeDust, skills.vacuumSurfaces, skills.cleaningTechniques, skills.chemicalCleaningAgents],
    }, { fi: 'B1', en: 'B2' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'hki-siivous-ismo', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Ismo', lastName: 'Peltonen', email: 'ismo.peltonen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.buildingCleaner], hoursMin: 30, hoursMax: 37, drivingLicences: ['B'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.cleanBuildingFloors, skills.floorCleaningEquipment, skills.sortWaste, skills.restockToilets],
    }),
    consents: [MATCHING],
  },
  {
    key: 'hki-siivous-katja', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Katja', lastName: 'Räsänen', email: 'katja.rasanen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.buildingCleaner], hoursMin: 25, hoursMax: 30, educationLevel: EducationLevel.UPPER_SECONDARY,
      skills: [skills.cleanBuildingFloors, skills.cleanSurfaces, skills.cleanGlass, skills.removeDust],
    }, { fi: 'NATIVE', en: 'B1' }),
    consents: [MATCHING],
  },
  {
    key: 'hki-siivous-tuomas', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Tuomas', lastName: 'Laaksonen', email: 'tuomas.laaksonen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.domesticCleaner], hoursMin: 20, hoursMax: 37, drivingLicences: ['B'], educationLevel: EducationLevel.UPPER_SECONDARY,
      skills: [skills.cleanSurfaces, skills.vacuumSurfaces, skills.cleanRooms],
    }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'hki-lahihoitaja-pauliina', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Pauliina', lastName: 'Turunen', email: 'pauliina.turunen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.healthcareAssistant], hoursMin: 30, hoursMax: 37, drivingLicences: ['B'], educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.basicPatientSupport, skills.empathiseWithHealthcareUser, skills.personCentredCare, skills.healthcareHygiene, skills.supportNurses, skills.longTermCare],
    }, { fi: 'NATIVE', sv: 'B1' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    // New in Finland; the care need offers language support and training before the job.
    key: 'hki-hoiva-amina', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Amina', lastName: 'Yusuf', email: 'amina.yusuf@ytmt.example' },
    profile: profile('091', {
      occupations: [], wishedOccupations: [occupations.nurseAssistant], hoursMin: 30, hoursMax: 40, educationLevel: EducationLevel.UPPER_SECONDARY,
      skills: [skills.empathiseWithHealthcareUser, skills.listenActively, skills.basicPatientSupport],
    }, { fi: 'A2', en: 'C1' }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'hki-kodinhoitaja-johanna', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Johanna', lastName: 'Lindholm', email: 'johanna.lindholm@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.homeCareAide], wishedOccupations: [occupations.nurseAssistant], hoursMin: 25, hoursMax: 37,
      educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.tendElderly, skills.keepCompany, skills.olderAdultsNeeds, skills.personCentredCare, skills.empathiseWithHealthcareUser],
    }, { sv: 'NATIVE', fi: 'B2', en: 'B2' }),
    consents: [MATCHING],
  },
  {
    // Lives in Helsinki, would take welding work in Lahti.
    key: 'hki-hitsaaja-aleksi', coordinatorEmail: HELSINKI_COORDINATOR,
    identity: { firstName: 'Aleksi', lastName: 'Hiltunen', email: 'aleksi.hiltunen@ytmt.example' },
    profile: profile('091', {
      occupations: [occupations.welder], hoursMin: 37, hoursMax: 40, acceptableMunicipalityCodes: ['398'], drivingLicences: ['B'],
      educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.migWelding, skills.magWelding, skills.interpret2dPlans, skills.protectiveGear],
    }),
    consents: [MATCHING, VISIBLE],
  },

  // --- Kympin työllisyysalue: profiles made with the Kymppi coordinator -------------------
  {
    key: 'kymppi-hoylaaja-sanna', coordinatorEmail: KYMPPI_COORDINATOR,
    identity: { firstName: 'Sanna', lastName: 'Leinonen', email: 'sanna.leinonen@ytmt.example' },
    profile: profile('408', {
      occupations: [occupations.planerOperator], hoursMin: 37, hoursMax: 40, commuteRadiusKm: 30, drivingLicences: ['B'],
      educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.thicknessPlaner, skills.adjustPlaner, skills.typesOfWood, skills.machinesSafely],
    }),
    consents: [MATCHING, VISIBLE],
  },
  {
    key: 'kymppi-hitsaaja-minna', coordinatorEmail: KYMPPI_COORDINATOR,
    identity: { firstName: 'Minna', lastName: 'Koskinen', email: 'minna.koskinen@ytmt.example' },
    profile: profile('233', {
      occupations: [occupations.welder], hoursMin: 37, hoursMax: 40, commuteRadiusKm: 30, drivingLicences: ['B'],
      educationLevel: EducationLevel.VOCATIONAL,
      skills: [skills.migWelding, skills.tigWelding, skills.protectiveGear],
    }),
    consents: [MATCHING],
  },
  {
    key: 'kymppi-varasto-jussi', coordinatorEmail: KYMPPI_COORDINATOR,
    identity: { firstName: 'Jussi', lastName: 'Hakala', email: 'jussi.hakala@ytmt.example' },
    profile: profile('010', {
      occupations: [occupations.warehouseWorker], hoursMin: 30, hoursMax: 37, commuteRadiusKm: 50, drivingLicences: ['B', 'C'],
      educationLevel: EducationLevel.BASIC,
      skills: [skills.pickOrders, skills.receiveGoods, skills.stackGoods],
    }),
    consents: [{ ...MATCHING, expiresInDays: 90 }, VISIBLE],
  },
];

/** Every ESCO concept the demo profiles refer to. */
export function demoJobseekerEscoUris(): { occupations: string[]; skills: string[] } {
  return {
    occupations: [...new Set(DEMO_JOBSEEKERS.flatMap((j) => [...j.profile.occupations, ...j.profile.wishedOccupations]))],
    skills: [...new Set(DEMO_JOBSEEKERS.flatMap((j) => j.profile.skills))],
  };
}

// --- Candidate lists ----------------------------------------------------------------------

export interface DemoCandidate {
  /** Title of a demo need (demo-needs.ts). */
  needTitle: string;
  jobseekerKey: string;
  coordinatorStatus?: CoordinatorStatus;
  /** Where the share request for this need ends; ACCEPTED and DECLINED are answered by the jobseeker's own account. */
  shareRequest?: ShareRequestStatus;
  /** Set: presented to the employer, who has got this far with the candidate (NEW: not yet looked). */
  employerStatus?: EmployerStatus;
  /** Presented this many days ago and without an answer since: shows on the coordinators' report of candidacies awaiting closure. */
  presentedDaysAgo?: number;
}

/** Who runs each demo company's candidate lists, and who answers for the employer. */
export const DEMO_LIST_PEOPLE: Readonly<Record<string, { coordinatorEmail: string; employerEmail: string }>> = {
  'company-konepaja': { coordinatorEmail: LAHTI_COORDINATOR, employerEmail: 'tyonantaja.lahti@ytmt.example' },
  'company-hoiva': { coordinatorEmail: HELSINKI_COORDINATOR, employerEmail: 'tyonantaja.helsinki@ytmt.example' },
};

const OUTDOOR = 'Ulkoiluavustaja täsmätyökykyiselle';
const CLEANER = 'Laitoshuoltaja';
const PICKER = 'Varaston keräilijä osa-aikaisesti';

/**
 * The candidate lists the demo shows, in the order the seeder walks them: every coordinator
 * status, every share-request outcome and every employer status, on the offered need and on the
 * need the demo fills; the hire comes last, as it fills the need.
 */
export const DEMO_CANDIDATES: DemoCandidate[] = [
  { needTitle: PICKER, jobseekerKey: 'sami', coordinatorStatus: CoordinatorStatus.UNDER_REVIEW },
  { needTitle: PICKER, jobseekerKey: 'lahti-keraily-tiina', coordinatorStatus: CoordinatorStatus.RELEVANT },

  { needTitle: OUTDOOR, jobseekerKey: 'hki-ulkoilu-marja', coordinatorStatus: CoordinatorStatus.RELEVANT, employerStatus: EmployerStatus.INTERESTED, presentedDaysAgo: 16 },
  {
    needTitle: OUTDOOR, jobseekerKey: 'jari', coordinatorStatus: CoordinatorStatus.RELEVANT,
    shareRequest: ShareRequestStatus.ACCEPTED, employerStatus: EmployerStatus.INTERVIEW,
  },
  { needTitle: OUTDOOR, jobseekerKey: 'hki-ulkoilu-eero', coordinatorStatus: CoordinatorStatus.RELEVANT, employerStatus: EmployerStatus.NEW, presentedDaysAgo: 19 },
  { needTitle: OUTDOOR, jobseekerKey: 'hki-ulkoilu-noora', coordinatorStatus: CoordinatorStatus.CONTACTED, shareRequest: ShareRequestStatus.REQUESTED },
  { needTitle: OUTDOOR, jobseekerKey: 'leena', coordinatorStatus: CoordinatorStatus.CONTACTED, shareRequest: ShareRequestStatus.REVOKED },
  { needTitle: OUTDOOR, jobseekerKey: 'hki-kodinhoitaja-olli', coordinatorStatus: CoordinatorStatus.UNDER_REVIEW },
  { needTitle: OUTDOOR, jobseekerKey: 'hki-keittio-linh', coordinatorStatus: CoordinatorStatus.NOT_RELEVANT },

  { needTitle: CLEANER, jobseekerKey: 'hki-siivous-fatima', coordinatorStatus: CoordinatorStatus.RELEVANT, employerStatus: EmployerStatus.NOT_SELECTED },
  { needTitle: CLEANER, jobseekerKey: 'hki-siivous-ismo', coordinatorStatus: CoordinatorStatus.CONTACTED, shareRequest: ShareRequestStatus.CANCELLED },
  { needTitle: CLEANER, jobseekerKey: 'hki-siivous-katja', coordinatorStatus: CoordinatorStatus.CONTACTED, shareRequest: ShareRequestStatus.EXPIRED },
  { needTitle: CLEANER, jobseekerKey: 'hki-siivous-tuomas', coordinatorStatus: CoordinatorStatus.NOT_INTERESTED },
  { needTitle: CLEANER, jobseekerKey: 'leena', coordinatorStatus: CoordinatorStatus.CONTACTED, shareRequest: ShareRequestStatus.DECLINED },
  {
    needTitle: CLEANER, jobseekerKey: 'aino', coordinatorStatus: CoordinatorStatus.RELEVANT,
    shareRequest: ShareRequestStatus.ACCEPTED, employerStatus: EmployerStatus.HIRED,
  },
];
