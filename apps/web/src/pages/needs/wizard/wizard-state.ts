// Pure step logic of the need wizard: the form's shape, which steps are done, the API input
// built from the form, and which step (and which input) a server field path belongs to.
import type {
  Adjustment,
  LanguageLevel,
  Measure,
  NeedInput,
  NeedKind,
  NeedVisibility,
  NeedWizardNeedFieldsFragment,
  PayUnit,
  TaskKind,
} from '../../../gql/graphql';
import type { LanguageRow } from '../../../shared/forms/LanguageRows';
import type { FieldError } from '../../../shared/errors/api-error';

export const STEPS = ['kind', 'story', 'skills', 'inclusion', 'role', 'place', 'visibility'] as const;
export type StepId = (typeof STEPS)[number];
/** Steps are numbered from 1, as in the address (`?step=3`) and on the screen. */
export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const LAST_STEP = STEPS.length as StepNumber;

export const NEED_KINDS: readonly NeedKind[] = ['RECRUITMENT', 'COMPETENCE_DEVELOPMENT', 'SUPPORT_AND_ADVICE'];
export const ADJUSTMENTS: readonly Adjustment[] = ['WORKING_TIME', 'PHYSICAL_WORKPLACE', 'WORK_TASKS', 'WORK_ENVIRONMENT', 'LANGUAGE_SUPPORT'];
export const MEASURES: readonly Measure[] = ['PAY_SUBSIDY', 'APPRENTICESHIP', 'WORK_TRIAL', 'RECRUITMENT_TRAINING', 'JOB_COACHING'];
export const VISIBILITIES: readonly NeedVisibility[] = ['COORDINATORS_ONLY', 'COORDINATORS_AND_PROVIDERS', 'PUBLIC'];
export const TASK_KINDS: readonly TaskKind[] = ['CORE', 'SEPARABLE'];
/** ISO 639-1 codes offered for language requirements: the national languages first. */
export const LANGUAGE_CODES = ['fi', 'sv', 'en', 'et', 'ru', 'uk', 'ar', 'so', 'de', 'fr', 'es'] as const;
export const PAY_UNITS: readonly PayUnit[] = ['HOUR', 'MONTH', 'YEAR'];
export const DRIVING_LICENCES = ['B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'AM', 'A1', 'A2', 'A', 'T'] as const;

/** The six demand dimensions of a task, each 0 (none) … 3 (a lot). */
export const DIMENSIONS = ['physicalStrain', 'standingWalking', 'lifting', 'cognitiveLoad', 'customerInteraction', 'timePressure'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DEMAND_LEVELS = [0, 1, 2, 3] as const;
export type DemandLevel = (typeof DEMAND_LEVELS)[number];

export interface SkillChoice {
  uri: string;
  label: string;
  /** Required (true) or wished (false). */
  required: boolean;
}

export interface TaskDraft {
  /** Stable key of the row on the screen; not sent. */
  key: string;
  title: string;
  kind: TaskKind;
  levels: Record<Dimension, DemandLevel>;
}

export type LanguageDraft = LanguageRow;

/** The form as the person fills it: numbers and dates as typed, so nothing they write is lost. */
export interface WizardForm {
  kinds: NeedKind[];
  title: string;
  description: string;
  occupation: { uri: string; label: string } | null;
  skills: SkillChoice[];
  adjustmentsOffered: Adjustment[];
  measuresOpenTo: Measure[];
  openToPrecisionCapable: boolean;
  anonymousRecruitment: boolean;
  tasks: TaskDraft[];
  /** Three-digit code, '' for none. */
  municipalityCode: string;
  latitude: string;
  longitude: string;
  remote: boolean;
  hoursMin: string;
  hoursMax: string;
  /** Whole euros per payUnit, as typed; '' for none. */
  payMin: string;
  payMax: string;
  /** '' for none. */
  payUnit: PayUnit | '';
  partTimePossible: boolean;
  /** As typed in the date input (d.M.yyyy) or ISO; '' for none. */
  startDate: string;
  durationMonths: string;
  positions: string;
  languages: LanguageDraft[];
  /** Licence class, '' for none. */
  drivingLicence: string;
  visibility: NeedVisibility;
}

export function emptyForm(defaults: { municipalityCode?: string | null } = {}): WizardForm {
  return {
    kinds: [],
    title: '',
    description: '',
    occupation: null,
    skills: [],
    adjustmentsOffered: [],
    measuresOpenTo: [],
    openToPrecisionCapable: false,
    anonymousRecruitment: false,
    tasks: [],
    municipalityCode: defaults.municipalityCode ?? '',
    latitude: '',
    longitude: '',
    remote: false,
    hoursMin: '',
    hoursMax: '',
    payMin: '',
    payMax: '',
    payUnit: '',
    partTimePossible: false,
    startDate: '',
    durationMonths: '',
    positions: '1',
    languages: [],
    drivingLicence: '',
    visibility: 'COORDINATORS_ONLY',
  };
}

let keyCounter = 0;
function nextKey(prefix: string): string {
  keyCounter += 1;
  return `${prefix}-${keyCounter}`;
}

export function newTask(kind: TaskKind = 'CORE'): TaskDraft {
  return {
    key: nextKey('task'),
    title: '',
    kind,
    levels: { physicalStrain: 0, standingWalking: 0, lifting: 0, cognitiveLoad: 0, customerInteraction: 0, timePressure: 0 },
  };
}

export function newLanguage(language = 'fi', level: LanguageLevel = 'B1'): LanguageDraft {
  return { key: nextKey('language'), language, level };
}

function asLevel(value: number): DemandLevel {
  return Math.min(3, Math.max(0, Math.round(value))) as DemandLevel;
}

type LoadedNeed = NeedWizardNeedFieldsFragment;

/** The saved need as the form, to edit it in the same wizard. */
export function formFromNeed(need: LoadedNeed): WizardForm {
  const text = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    kinds: [...need.kinds],
    title: need.title,
    description: need.description,
    occupation: need.occupationUri ? { uri: need.occupationUri, label: need.occupationLabel ?? need.occupationUri } : null,
    skills: need.skills.map((skill) => ({ uri: skill.uri, label: skill.label, required: skill.required })),
    adjustmentsOffered: [...need.adjustmentsOffered],
    measuresOpenTo: [...need.measuresOpenTo],
    openToPrecisionCapable: need.openToPrecisionCapable,
    anonymousRecruitment: need.anonymousRecruitment,
    tasks: need.tasks.map((task) => ({
      key: nextKey('task'),
      title: task.title,
      kind: task.kind,
      levels: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, asLevel(task[dimension])])) as Record<Dimension, DemandLevel>,
    })),
    municipalityCode: need.municipalityCode ?? '',
    latitude: text(need.latitude),
    longitude: text(need.longitude),
    remote: need.remote,
    hoursMin: text(need.hoursMin),
    hoursMax: text(need.hoursMax),
    payMin: text(need.payMin),
    payMax: text(need.payMax),
    payUnit: need.payUnit ?? '',
    partTimePossible: need.partTimePossible,
    startDate: need.startDate ? displayDate(need.startDate) : '',
    durationMonths: text(need.durationMonths),
    positions: String(need.positions),
    languages: need.languages.map((language) => newLanguage(language.language, language.level)),
    drivingLicence: need.drivingLicence ?? '',
    visibility: need.visibility,
  };
}

/** `2027-01-15` → `15.1.2027`, the date input's format. */
export function displayDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : iso;
}

/** `15.1.2027` (or ISO already) → `2027-01-15`; anything else as typed, for the server to judge. */
export function isoDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!match) return value;
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

function wholeNumber(text: string): number | null {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}

function decimal(text: string): number | null {
  const value = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : null;
}

function optionalText(text: string): string | null {
  const value = text.trim();
  return value === '' ? null : value;
}

/** The API's NeedInput from the form: the whole need, every save (updateNeed replaces it). */
export function toNeedInput(form: WizardForm): NeedInput {
  const positions = wholeNumber(form.positions);
  return {
    kinds: [...form.kinds],
    title: form.title.trim(),
    description: form.description.trim(),
    occupationUri: form.occupation?.uri ?? null,
    skills: form.skills.map((skill) => ({ uri: skill.uri, required: skill.required })),
    adjustmentsOffered: [...form.adjustmentsOffered],
    measuresOpenTo: [...form.measuresOpenTo],
    openToPrecisionCapable: form.openToPrecisionCapable,
    anonymousRecruitment: form.anonymousRecruitment,
    tasks: form.tasks.map((task) => ({ title: task.title.trim(), kind: task.kind, ...task.levels })),
    municipalityCode: optionalText(form.municipalityCode),
    latitude: decimal(form.latitude),
    longitude: decimal(form.longitude),
    remote: form.remote,
    hoursMin: wholeNumber(form.hoursMin),
    hoursMax: wholeNumber(form.hoursMax),
    payMin: wholeNumber(form.payMin),
    payMax: wholeNumber(form.payMax),
    payUnit: form.payUnit === '' ? null : form.payUnit,
    partTimePossible: form.partTimePossible,
    startDate: isoDate(form.startDate),
    durationMonths: wholeNumber(form.durationMonths),
    positions: positions ?? 1,
    languages: form.languages.map((language) => ({ language: language.language, level: language.level })),
    drivingLicence: optionalText(form.drivingLicence),
    visibility: form.visibility,
  };
}

/** Checks the server cannot make for us (text in a number field never reaches it) and the obvious required title. */
export function clientProblems(form: WizardForm): FieldError[] {
  const problems: FieldError[] = [];
  if (form.title.trim() === '') problems.push({ path: 'input.title', message: 'required' });
  const numbers: [keyof WizardForm, string][] = [
    ['hoursMin', form.hoursMin],
    ['hoursMax', form.hoursMax],
    ['payMin', form.payMin],
    ['payMax', form.payMax],
    ['durationMonths', form.durationMonths],
    ['positions', form.positions],
  ];
  for (const [field, text] of numbers) {
    if (text.trim() !== '' && wholeNumber(text) === null) problems.push({ path: `input.${field}`, message: 'wholeNumber' });
  }
  for (const [field, text] of [['latitude', form.latitude], ['longitude', form.longitude]] as const) {
    if (text.trim() !== '' && decimal(text) === null) problems.push({ path: `input.${field}`, message: 'decimal' });
  }
  return problems;
}

/** `input.tasks[0].title` and `input.tasks.0.title` → `tasks.0.title`. */
export function normalizePath(path: string): string {
  return path
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

const FIELD_STEPS: Record<string, StepNumber> = {
  kinds: 1,
  title: 2,
  description: 2,
  occupationUri: 3,
  skills: 3,
  adjustmentsOffered: 4,
  measuresOpenTo: 4,
  openToPrecisionCapable: 4,
  anonymousRecruitment: 4,
  tasks: 5,
  municipalityCode: 6,
  latitude: 6,
  longitude: 6,
  remote: 6,
  hoursMin: 6,
  hoursMax: 6,
  payMin: 6,
  payMax: 6,
  payUnit: 6,
  partTimePossible: 6,
  startDate: 6,
  durationMonths: 6,
  positions: 6,
  languages: 6,
  drivingLicence: 6,
  visibility: 7,
};

/** The wizard step a server field path belongs to, or null for a path outside the input. */
export function stepOfField(path: string): StepNumber | null {
  if (!path.startsWith('input.') && !path.startsWith('input[')) return null;
  const top = normalizePath(path).split('.')[0];
  return FIELD_STEPS[top] ?? null;
}

/** Where a field's message is shown: the id of its input and the label key of the field (with its row). */
export interface FieldTarget {
  step: StepNumber;
  inputId: string;
  /** Translation key (namespace needWizard) of the field's label; may use {{number}}, the row. */
  labelKey: string;
  /** Row number from 1 for task, skill and language fields. */
  row?: number;
  /** Key of the row's name ("Task 2") shown before the label, where the label does not name the row. */
  rowLabelKey?: string;
}

export const ids = {
  kind: (kind: NeedKind) => `need-kind-${kind}`,
  title: 'need-title',
  description: 'need-description',
  occupationSearch: 'need-occupation-search',
  skillRequired: (index: number) => `need-skill-${index}-required`,
  adjustment: (adjustment: Adjustment) => `need-adjustment-${adjustment}`,
  measure: (measure: Measure) => `need-measure-${measure}`,
  precision: 'need-precision-capable',
  anonymous: 'need-anonymous',
  addTask: 'need-add-task',
  taskTitle: (index: number) => `need-task-${index}-title`,
  taskKind: (index: number, kind: TaskKind = 'CORE') => `need-task-${index}-kind-${kind}`,
  taskLevel: (index: number, dimension: Dimension, level: DemandLevel = 0) => `need-task-${index}-${dimension}-${level}`,
  municipality: 'need-municipality',
  latitude: 'need-latitude',
  longitude: 'need-longitude',
  remote: 'need-remote',
  hoursMin: 'need-hours-min',
  hoursMax: 'need-hours-max',
  payMin: 'need-pay-min',
  payMax: 'need-pay-max',
  payUnit: 'need-pay-unit',
  partTime: 'need-part-time',
  startDate: 'need-start-date',
  durationMonths: 'need-duration',
  positions: 'need-positions',
  addLanguage: 'need-add-language',
  language: (index: number) => `need-language-${index}-language`,
  languageLevel: (index: number) => `need-language-${index}-level`,
  drivingLicence: 'need-driving-licence',
  visibility: (visibility: NeedVisibility) => `need-visibility-${visibility}`,
  stepHeading: (step: StepNumber) => `need-step-${step}-heading`,
} as const;

function isDimension(value: string | undefined): value is Dimension {
  return (DIMENSIONS as readonly string[]).includes(value ?? '');
}

export function fieldTarget(path: string): FieldTarget | null {
  const step = stepOfField(path);
  if (step === null) return null;
  const [top, index, sub] = normalizePath(path).split('.');
  const row = index !== undefined && /^\d+$/.test(index) ? Number(index) : undefined;
  switch (top) {
    case 'kinds':
      return { step, inputId: ids.kind('RECRUITMENT'), labelKey: 'kind.label' };
    case 'skills':
      return row === undefined
        ? { step, inputId: ids.occupationSearch, labelKey: 'skills.chosenHeading' }
        : { step, inputId: ids.skillRequired(row), labelKey: 'skills.skillRow', row: row + 1 };
    case 'occupationUri':
      return { step, inputId: ids.occupationSearch, labelKey: 'skills.occupationLabel' };
    case 'adjustmentsOffered':
      return { step, inputId: ids.adjustment('WORKING_TIME'), labelKey: 'inclusion.adjustmentsLabel' };
    case 'measuresOpenTo':
      return { step, inputId: ids.measure('PAY_SUBSIDY'), labelKey: 'inclusion.measuresLabel' };
    case 'openToPrecisionCapable':
      return { step, inputId: ids.precision, labelKey: 'inclusion.precisionLabel' };
    case 'anonymousRecruitment':
      return { step, inputId: ids.anonymous, labelKey: 'inclusion.anonymousLabel' };
    case 'tasks': {
      if (row === undefined) return { step, inputId: ids.addTask, labelKey: 'role.tasksLabel' };
      const task = { row: row + 1, rowLabelKey: 'role.taskHeading' };
      if (sub === 'kind') return { step, inputId: ids.taskKind(row), labelKey: 'role.taskKindLabel', ...task };
      if (isDimension(sub)) return { step, inputId: ids.taskLevel(row, sub), labelKey: `role.dimensions.${sub}`, ...task };
      return { step, inputId: ids.taskTitle(row), labelKey: 'role.taskTitleLabel', ...task };
    }
    case 'languages':
      return row === undefined
        ? { step, inputId: ids.addLanguage, labelKey: 'place.languagesLabel' }
        : { step, inputId: ids.language(row), labelKey: 'place.languageRow', row: row + 1 };
    case 'visibility':
      return { step, inputId: ids.visibility('COORDINATORS_ONLY'), labelKey: 'visibility.label' };
    default: {
      const simple: Record<string, [string, string]> = {
        title: [ids.title, 'story.titleLabel'],
        description: [ids.description, 'story.descriptionLabel'],
        municipalityCode: [ids.municipality, 'place.municipalityLabel'],
        latitude: [ids.latitude, 'place.latitudeLabel'],
        longitude: [ids.longitude, 'place.longitudeLabel'],
        remote: [ids.remote, 'place.remoteLabel'],
        hoursMin: [ids.hoursMin, 'place.hoursMinLabel'],
        hoursMax: [ids.hoursMax, 'place.hoursMaxLabel'],
        payMin: [ids.payMin, 'place.payMinLabel'],
        payMax: [ids.payMax, 'place.payMaxLabel'],
        payUnit: [ids.payUnit, 'place.payUnitLabel'],
        partTimePossible: [ids.partTime, 'place.partTimeLabel'],
        startDate: [ids.startDate, 'place.startDateLabel'],
        durationMonths: [ids.durationMonths, 'place.durationLabel'],
        positions: [ids.positions, 'place.positionsLabel'],
        drivingLicence: [ids.drivingLicence, 'place.drivingLicenceLabel'],
      };
      const [inputId, labelKey] = simple[top] ?? [ids.stepHeading(step), 'wizard.heading'];
      return { step, inputId, labelKey };
    }
  }
}

/**
 * What to do after a save that the server refused for these fields: stay on (or go back to)
 * the first step with a problem, or — when every problem is on a step still ahead (a draft
 * cannot be saved before it has a title and description) — carry on and save later.
 */
export type SaveDecision = { action: 'show'; step: StepNumber } | { action: 'later'; steps: StepNumber[] };

export function decideAfterRefusal(fields: readonly FieldError[], current: StepNumber): SaveDecision {
  const steps = fields.map((field) => stepOfField(field.path) ?? current);
  const earliest = Math.min(...steps, LAST_STEP + 1);
  if (fields.length === 0 || earliest <= current) return { action: 'show', step: (Math.min(earliest, current) as StepNumber) };
  return { action: 'later', steps: [...new Set(steps)].sort((a, b) => a - b) };
}

/** The fields whose problems are shown on the given step. */
export function fieldsOfStep(fields: readonly FieldError[], step: StepNumber, current: StepNumber): FieldError[] {
  return fields.filter((field) => (stepOfField(field.path) ?? current) === step);
}

/** Whether a step holds what it must (steps with nothing required are filled once passed). */
export function isStepFilled(step: StepNumber, form: WizardForm): boolean {
  switch (STEPS[step - 1]) {
    case 'kind':
      return form.kinds.length > 0;
    case 'story':
      return form.title.trim().length >= 3 && form.description.trim().length >= 10;
    case 'skills':
      return form.occupation !== null || form.skills.length > 0;
    case 'role':
      return form.tasks.length === 0 || (form.tasks.some((task) => task.kind === 'CORE') && form.tasks.every((task) => task.title.trim().length >= 2));
    case 'place':
      return form.municipalityCode !== '' || form.remote;
    default:
      return true;
  }
}

/**
 * Whether the person gave anything on a step where nothing is required: an untouched optional
 * step is not shown as completed (after a reload nobody knows it was passed).
 */
export function hasContent(step: StepNumber, form: WizardForm): boolean {
  switch (STEPS[step - 1]) {
    case 'inclusion':
      return form.adjustmentsOffered.length > 0 || form.measuresOpenTo.length > 0 || form.openToPrecisionCapable || form.anonymousRecruitment;
    case 'role':
      return form.tasks.length > 0;
    default:
      return true;
  }
}

export type StepStatus = 'default' | 'current' | 'completed' | 'coming';

/**
 * The status of each step in the wizard navigation: the current one; those reached before,
 * completed when filled, given and passed; the rest still coming.
 */
export function stepStatuses(form: WizardForm, current: StepNumber, reached: StepNumber): StepStatus[] {
  return STEPS.map((_, index) => {
    const step = (index + 1) as StepNumber;
    if (step === current) return 'current';
    if (step > reached) return 'coming';
    return step < reached && isStepFilled(step, form) && hasContent(step, form) ? 'completed' : 'default';
  });
}

/** The step in the address, within 1…7; the first step otherwise. */
export function parseStep(value: string | null | undefined, reached: StepNumber = LAST_STEP): StepNumber {
  const step = Number(value);
  if (!Number.isInteger(step) || step < 1) return 1;
  return Math.min(step, reached, LAST_STEP) as StepNumber;
}

/** The text the skill suggester reads: title and description, within the API's 2000 characters. */
export function suggestionText(form: Pick<WizardForm, 'title' | 'description'>): string {
  return [form.title.trim(), form.description.trim()].filter(Boolean).join('. ').slice(0, 2000);
}

/** Adds skills not chosen yet (as required by default), keeping the ones chosen. */
export function addSkills(chosen: readonly SkillChoice[], added: readonly { uri: string; label: string }[], required = true): SkillChoice[] {
  const known = new Set(chosen.map((skill) => skill.uri));
  const fresh = added.filter((skill) => !known.has(skill.uri) && (known.add(skill.uri), true));
  return [...chosen, ...fresh.map((skill) => ({ uri: skill.uri, label: skill.label, required }))];
}

/**
 * The translation key (under `problems.`) that says in the person's language what is wrong with
 * a field; null where the server's own message is all there is.
 */
export function problemKey(path: string, message: string): string | null {
  if (message === 'required' || message === 'wholeNumber' || message === 'decimal') return message;
  const [top, index, sub] = normalizePath(path).split('.');
  const row = index !== undefined && /^\d+$/.test(index);
  switch (top) {
    case 'title':
    case 'description':
    case 'kinds':
    case 'startDate':
    case 'durationMonths':
    case 'positions':
    case 'drivingLicence':
    case 'visibility':
      return top;
    case 'hoursMin':
      return 'hours';
    case 'hoursMax':
      return /below/i.test(message) ? 'hoursOrder' : 'hours';
    case 'payMin':
      return 'pay';
    case 'payMax':
      return /below/i.test(message) ? 'payOrder' : 'pay';
    case 'payUnit':
      return 'payUnit';
    case 'municipalityCode':
      return /remote/i.test(message) ? 'municipalityOrRemote' : 'municipalityUnknown';
    case 'latitude':
    case 'longitude':
      return 'coordinates';
    case 'occupationUri':
      return 'occupationUnknown';
    case 'skills':
      return row ? 'skillUnknown' : null;
    case 'languages':
      return row ? 'language' : null;
    case 'tasks':
      if (!row) return 'tasksCore';
      if (sub === 'title') return 'taskTitle';
      if (sub === 'kind') return 'taskKind';
      return isDimension(sub) ? 'demandLevel' : null;
    default:
      return null;
  }
}
