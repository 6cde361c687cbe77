import type { Adjustment, EducationLevel, JobseekerIdentityInput, JobseekerProfileInput, LanguageLevel, MyJobseekerProfileQuery } from '../../gql/graphql';
import type { LanguageRow } from '../../shared/forms/LanguageRows';

// The profile form's state and its conversions to and from the API. Pure: tested directly.

export type Profile = NonNullable<MyJobseekerProfileQuery['myJobseekerProfile']>;

export interface Concept {
  uri: string;
  label: string;
}

/** The six demand dimensions, in the order the form asks them. */
export const DIMENSIONS = ['lifting', 'standingWalking', 'physicalStrain', 'cognitiveLoad', 'customerInteraction', 'timePressure'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const ADJUSTMENTS: readonly Adjustment[] = ['WORKING_TIME', 'WORK_TASKS', 'WORK_ENVIRONMENT', 'PHYSICAL_WORKPLACE', 'LANGUAGE_SUPPORT'];
export const EDUCATION_LEVELS: readonly EducationLevel[] = ['BASIC', 'UPPER_SECONDARY', 'VOCATIONAL', 'BACHELOR', 'MASTER', 'DOCTORATE'];
/** ISO 639-1 codes offered: the national languages first. */
export const LANGUAGE_CODES = ['fi', 'sv', 'en', 'et', 'ru', 'uk', 'ar', 'so', 'fa', 'de', 'fr', 'es'] as const;
export const DRIVING_LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'T'] as const;

export type AreaMode = 'radius' | 'municipalities';

export type { LanguageRow };

export interface ProfileForm {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  description: string;
  skills: Concept[];
  occupations: Concept[];
  wishedOccupations: Concept[];
  homeMunicipalityCode: string | null;
  areaMode: AreaMode;
  commuteRadiusKm: string;
  acceptableMunicipalityCodes: string[];
  remoteOk: boolean;
  hoursMin: string;
  hoursMax: string;
  languages: LanguageRow[];
  drivingLicences: string[];
  educationLevel: EducationLevel | null;
  workAbilityOn: boolean;
  workAbility: Record<Dimension, number>;
  adjustmentsNeeded: Adjustment[];
  /** Kept as they were: the form has no map. */
  homeLatitude: number | null;
  homeLongitude: number | null;
}

let keys = 0;
export function newLanguageRow(language = 'fi', level: LanguageLevel = 'B1'): LanguageRow {
  keys += 1;
  return { key: `language-${keys}`, language, level };
}

/** Until the person says otherwise, no dimension limits them. */
const NO_LIMITS: Record<Dimension, number> = { lifting: 3, standingWalking: 3, physicalStrain: 3, cognitiveLoad: 3, customerInteraction: 3, timePressure: 3 };

export function toForm(profile: Profile | null): ProfileForm {
  const work = profile?.workAbility ?? null;
  return {
    firstName: profile?.identity?.firstName ?? '',
    lastName: profile?.identity?.lastName ?? '',
    email: profile?.identity?.email ?? '',
    phone: profile?.identity?.phone ?? '',
    description: '',
    skills: profile?.skills.map(({ uri, label }) => ({ uri, label })) ?? [],
    occupations: profile?.occupations.map(({ uri, label }) => ({ uri, label })) ?? [],
    wishedOccupations: profile?.wishedOccupations.map(({ uri, label }) => ({ uri, label })) ?? [],
    homeMunicipalityCode: profile?.homeMunicipalityCode ?? null,
    areaMode: profile && profile.acceptableMunicipalityCodes.length > 0 && profile.commuteRadiusKm == null ? 'municipalities' : 'radius',
    commuteRadiusKm: profile?.commuteRadiusKm == null ? '' : String(profile.commuteRadiusKm),
    acceptableMunicipalityCodes: profile?.acceptableMunicipalityCodes ?? [],
    remoteOk: profile?.remoteOk ?? false,
    hoursMin: profile?.hoursMin == null ? '' : String(profile.hoursMin),
    hoursMax: profile?.hoursMax == null ? '' : String(profile.hoursMax),
    languages: profile?.languages.map((row) => newLanguageRow(row.language, row.level)) ?? [],
    drivingLicences: profile?.drivingLicences ?? [],
    educationLevel: profile?.educationLevel ?? null,
    workAbilityOn: work !== null,
    workAbility: work
      ? {
          lifting: work.lifting,
          standingWalking: work.standingWalking,
          physicalStrain: work.physicalStrain,
          cognitiveLoad: work.cognitiveLoad,
          customerInteraction: work.customerInteraction,
          timePressure: work.timePressure,
        }
      : { ...NO_LIMITS },
    adjustmentsNeeded: work?.adjustmentsNeeded ?? [],
    homeLatitude: profile?.homeLatitude ?? null,
    homeLongitude: profile?.homeLongitude ?? null,
  };
}

/** A whole number, or null for an empty field; anything else goes as is for the server to name. */
function integer(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? Math.trunc(number) : Number.NaN;
}

export function toInput(form: ProfileForm): JobseekerProfileInput {
  const radiusMode = form.areaMode === 'radius';
  return {
    skills: form.skills.map((skill) => skill.uri),
    occupations: form.occupations.map((occupation) => occupation.uri),
    wishedOccupations: form.wishedOccupations.map((occupation) => occupation.uri),
    homeMunicipalityCode: form.homeMunicipalityCode,
    homeLatitude: form.homeLatitude,
    homeLongitude: form.homeLongitude,
    commuteRadiusKm: radiusMode ? integer(form.commuteRadiusKm) : null,
    acceptableMunicipalityCodes: radiusMode ? [] : form.acceptableMunicipalityCodes,
    remoteOk: form.remoteOk,
    hoursMin: integer(form.hoursMin),
    hoursMax: integer(form.hoursMax),
    languages: form.languages.map(({ language, level }) => ({ language, level })),
    drivingLicences: form.drivingLicences,
    educationLevel: form.educationLevel,
    workAbility: form.workAbilityOn ? { ...form.workAbility, adjustmentsNeeded: form.adjustmentsNeeded } : null,
  };
}

/** The identity goes along only when both names are given: it is optional, but names are its core. */
export function toIdentity(form: ProfileForm): JobseekerIdentityInput | null {
  const firstName = form.firstName.trim();
  const lastName = form.lastName.trim();
  if (firstName === '' && lastName === '') return null;
  return { firstName, lastName, email: form.email.trim() || null, phone: form.phone.trim() || null };
}

/** Adds concepts not in the list yet, keeping the order. */
export function addConcepts(list: readonly Concept[], concepts: readonly Concept[]): Concept[] {
  const known = new Set(list.map((concept) => concept.uri));
  return [...list, ...concepts.filter((concept) => !known.has(concept.uri))];
}
