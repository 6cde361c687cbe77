// The service form's state and its translation to and from the API's ServiceInput. Pure: no React.
import type { DeliveryMode, ProviderServiceFieldsFragment, ServiceAudience, ServiceInput } from '../../gql/graphql';
import { ApiError } from '../../shared/errors/api-error';

export const FORM_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];
export const TEXT_FIELDS = ['name', 'summary', 'description'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const AUDIENCES: ServiceAudience[] = ['EMPLOYERS', 'JOBSEEKERS', 'BOTH'];
export const DELIVERY_MODES: DeliveryMode[] = ['ON_SITE', 'REMOTE', 'HYBRID'];
/** Languages a service is commonly given in; the form offers these. */
export const SERVICE_LANGUAGES = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'ar', 'so', 'uk', 'fa'] as const;

export interface LocationDraft {
  key: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  municipalityCode: string | null;
  accessibilityFi: string;
  latitude: number | null;
  longitude: number | null;
}

export interface ServiceForm {
  texts: Record<FormLanguage, Record<TextField, string>>;
  audience: ServiceAudience;
  categoryCodes: string[];
  targetGroupCodes: string[];
  isNational: boolean;
  employmentAreaIds: string[];
  municipalityCodes: string[];
  locations: LocationDraft[];
  deliveryMode: DeliveryMode;
  languages: string[];
  isFree: boolean;
  costAmount: string;
  costUnit: string;
  costDescriptionFi: string;
  eligibilityFi: string;
  minimumAge: string;
  maximumAge: string;
  howToTakePartFi: string;
  capacity: string;
  scheduleFi: string;
  email: string;
  phone: string;
  url: string;
}

let keys = 0;
export function newLocation(): LocationDraft {
  keys += 1;
  return { key: `location-${keys}`, name: '', streetAddress: '', postalCode: '', municipalityCode: null, accessibilityFi: '', latitude: null, longitude: null };
}

const emptyTexts = (): Record<TextField, string> => ({ name: '', summary: '', description: '' });

export function emptyForm(): ServiceForm {
  return {
    texts: { fi: emptyTexts(), sv: emptyTexts(), en: emptyTexts() },
    audience: 'EMPLOYERS',
    categoryCodes: [],
    targetGroupCodes: [],
    isNational: false,
    employmentAreaIds: [],
    municipalityCodes: [],
    locations: [],
    deliveryMode: 'ON_SITE',
    languages: ['fi'],
    isFree: true,
    costAmount: '',
    costUnit: '',
    costDescriptionFi: '',
    eligibilityFi: '',
    minimumAge: '',
    maximumAge: '',
    howToTakePartFi: '',
    capacity: '',
    scheduleFi: '',
    email: '',
    phone: '',
    url: '',
  };
}

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The form filled with a saved service. */
export function formOf(service: ProviderServiceFieldsFragment): ServiceForm {
  const priced = service.costOptions.find((option) => option.amount !== null && option.amount !== undefined) ?? service.costOptions[0];
  const textsOf = (language: FormLanguage) => ({
    name: text(service.name[language]),
    summary: text(service.summary[language]),
    description: text(service.description[language]),
  });
  return {
    texts: { fi: textsOf('fi'), sv: textsOf('sv'), en: textsOf('en') },
    audience: service.audience,
    categoryCodes: service.categories.map((term) => term.code),
    targetGroupCodes: service.targetGroups.map((term) => term.code),
    isNational: service.coverage.national,
    employmentAreaIds: [...service.coverage.employmentAreaIds],
    municipalityCodes: [...service.coverage.municipalityCodes],
    locations: service.locations.map((location) => ({
      ...newLocation(),
      name: text(location.name),
      streetAddress: location.streetAddress,
      postalCode: location.postalCode,
      municipalityCode: location.municipalityCode,
      accessibilityFi: text(location.accessibilityFi),
      latitude: location.latitude ?? null,
      longitude: location.longitude ?? null,
    })),
    deliveryMode: service.deliveryMode,
    languages: [...service.languages],
    isFree: service.isFree,
    costAmount: numberText(priced?.amount),
    costUnit: text(priced?.unit),
    costDescriptionFi: text(priced?.descriptionFi),
    eligibilityFi: text(service.eligibilityFi),
    minimumAge: numberText(service.minimumAge),
    maximumAge: numberText(service.maximumAge),
    howToTakePartFi: text(service.howToTakePartFi),
    capacity: numberText(service.capacity),
    scheduleFi: text(service.scheduleFi),
    email: text(service.email),
    phone: text(service.phone),
    url: text(service.url),
  };
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** A whole number as typed ("1 000", "12"); NaN for anything else so that the server names the field. */
function optionalInt(value: string): number | null {
  const trimmed = value.replace(/\s/g, '');
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A price as typed, with a comma or a point ("12,50"). */
export function parseAmount(value: string): number | null {
  const trimmed = value.replace(/\s/g, '').replace(',', '.').replace(/€$/, '');
  if (trimmed === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Numbers that are not numbers cannot be sent (GraphQL refuses NaN): the form names them itself. */
export function localProblems(form: ServiceForm): { path: string; key: string }[] {
  const problems: { path: string; key: string }[] = [];
  for (const [path, value] of [
    ['minimumAge', form.minimumAge],
    ['maximumAge', form.maximumAge],
    ['capacity', form.capacity],
  ] as const) {
    if (Number.isNaN(optionalInt(value))) problems.push({ path, key: 'wholeNumber' });
  }
  if (!form.isFree && Number.isNaN(parseAmount(form.costAmount))) problems.push({ path: 'costOptions', key: 'amount' });
  form.locations.forEach((location, index) => {
    if (!location.municipalityCode) problems.push({ path: `locations.${index}.municipalityCode`, key: 'municipality' });
  });
  return problems;
}

/** The API's input from the form (call after `localProblems` found nothing). */
export function inputOf(form: ServiceForm): ServiceInput {
  const amount = form.isFree ? null : parseAmount(form.costAmount);
  const cost = {
    amount,
    currency: amount !== null ? 'EUR' : null,
    unit: optional(form.costUnit),
    descriptionFi: optional(form.costDescriptionFi),
  };
  const hasCost = cost.amount !== null || cost.unit !== null || cost.descriptionFi !== null;
  return {
    nameFi: form.texts.fi.name.trim(),
    summaryFi: form.texts.fi.summary.trim(),
    descriptionFi: form.texts.fi.description.trim(),
    nameSv: optional(form.texts.sv.name),
    summarySv: optional(form.texts.sv.summary),
    descriptionSv: optional(form.texts.sv.description),
    nameEn: optional(form.texts.en.name),
    summaryEn: optional(form.texts.en.summary),
    descriptionEn: optional(form.texts.en.description),
    audience: form.audience,
    categoryCodes: form.categoryCodes,
    targetGroupCodes: form.targetGroupCodes,
    isNational: form.isNational,
    employmentAreaIds: form.isNational ? [] : form.employmentAreaIds,
    municipalityCodes: form.isNational ? [] : form.municipalityCodes,
    locations: form.locations.map((location) => ({
      name: optional(location.name),
      streetAddress: location.streetAddress.trim(),
      postalCode: location.postalCode.trim(),
      municipalityCode: location.municipalityCode ?? '',
      accessibilityFi: optional(location.accessibilityFi),
      latitude: location.latitude,
      longitude: location.longitude,
    })),
    deliveryMode: form.deliveryMode,
    languages: form.languages,
    isFree: form.isFree,
    costOptions: hasCost ? [cost] : [],
    eligibilityFi: optional(form.eligibilityFi),
    minimumAge: optionalInt(form.minimumAge),
    maximumAge: optionalInt(form.maximumAge),
    howToTakePartFi: optional(form.howToTakePartFi),
    capacity: optionalInt(form.capacity),
    scheduleFi: optional(form.scheduleFi),
    email: optional(form.email),
    phone: optional(form.phone),
    url: optional(form.url),
  };
}

/** Which texts of a language are still empty (Swedish and English are optional, but the page says so). */
export function missingTexts(form: ServiceForm, language: FormLanguage): TextField[] {
  return TEXT_FIELDS.filter((field) => form.texts[language][field].trim() === '');
}

/** The form's field for a server path: `input.locations[0].municipalityCode` → `locations.0.municipalityCode`. */
export function formPath(serverPath: string): string {
  return serverPath
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^costOptions\.\d+.*$/, 'costOptions');
}

/** The key of the message shown for a field, from the form's own field path. */
export function messageKey(path: string): string {
  const field = path.replace(/^locations\.\d+\./, 'location.').replace(/\.\d+$/, '');
  return field;
}

/**
 * The API answers in English for developers; the person sees, next to each field, what the form
 * asks of it in their language. Paths are normalised (`[0]` → `.0`, no `input.`).
 */
export function localizeServiceError(error: unknown, message: (path: string) => string): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((field) => {
    const path = formPath(field.path);
    return { path, message: message(messageKey(path)) };
  });
  return new ApiError(error.kind, error.message, fields, error.reason);
}
