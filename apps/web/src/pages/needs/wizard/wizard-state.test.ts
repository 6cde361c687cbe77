import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors/api-error';
import { errorBindings, errorOnStep, localizeError } from './wizard-errors';
import {
  addSkills,
  clientProblems,
  decideAfterRefusal,
  displayDate,
  emptyForm,
  fieldTarget,
  formFromNeed,
  isoDate,
  isStepFilled,
  newTask,
  parseStep,
  problemKey,
  stepOfField,
  stepStatuses,
  suggestionText,
  toNeedInput,
  type WizardForm,
} from './wizard-state';

const SKILL = 'http://data.europa.eu/esco/skill/0b2c0f4e-3c5b-4f3f-9d7c-3d8a2b1c0e11';
const WISHED_SKILL = 'http://data.europa.eu/esco/skill/1a2b3c4d-1111-2222-3333-444455556666';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';

function warehouseForm(): WizardForm {
  const picking = newTask('CORE');
  const unloading = newTask('SEPARABLE');
  return {
    ...emptyForm({ municipalityCode: '091' }),
    kinds: ['RECRUITMENT'],
    title: '  Varastotyöntekijä, keräily ',
    description: 'Keräämme tilauksia Vantaan varastossa, työ on vuorotyötä.',
    occupation: { uri: OCCUPATION, label: 'varastotyöntekijä' },
    skills: [
      { uri: SKILL, label: 'käyttää trukkia', required: true },
      { uri: WISHED_SKILL, label: 'varastonhallinta', required: false },
    ],
    adjustmentsOffered: ['WORKING_TIME', 'WORK_TASKS'],
    openToPrecisionCapable: true,
    tasks: [
      { ...picking, title: 'Tilausten keräily', levels: { ...picking.levels, lifting: 1, standingWalking: 2 } },
      { ...unloading, title: 'Kuormien purku', levels: { ...unloading.levels, lifting: 3, physicalStrain: 3 } },
    ],
    hoursMin: '20',
    hoursMax: '37',
    startDate: '15.1.2027',
    positions: '2',
    visibility: 'COORDINATORS_AND_PROVIDERS',
  };
}

describe('the API input built from the form', () => {
  it('carries the tasks with their kind and demand levels, and the skills as required or wished', () => {
    const input = toNeedInput(warehouseForm());
    expect(input.title).toBe('Varastotyöntekijä, keräily');
    expect(input.occupationUri).toBe(OCCUPATION);
    expect(input.skills).toEqual([
      { uri: SKILL, required: true },
      { uri: WISHED_SKILL, required: false },
    ]);
    expect(input.tasks).toEqual([
      { title: 'Tilausten keräily', kind: 'CORE', physicalStrain: 0, standingWalking: 2, lifting: 1, cognitiveLoad: 0, customerInteraction: 0, timePressure: 0 },
      { title: 'Kuormien purku', kind: 'SEPARABLE', physicalStrain: 3, standingWalking: 0, lifting: 3, cognitiveLoad: 0, customerInteraction: 0, timePressure: 0 },
    ]);
  });

  it('turns typed numbers and the date into what the API takes, and empty fields into nothing', () => {
    const input = toNeedInput(warehouseForm());
    expect(input).toMatchObject({ hoursMin: 20, hoursMax: 37, positions: 2, startDate: '2027-01-15', municipalityCode: '091', durationMonths: null, drivingLicence: null, latitude: null });
    expect(toNeedInput({ ...emptyForm(), positions: '' }).positions).toBe(1);
    expect(toNeedInput({ ...emptyForm(), latitude: '60,1699', longitude: '24.9384' })).toMatchObject({ latitude: 60.1699, longitude: 24.9384 });
  });

  it('sends the pay range as whole euros with its unit, nothing when left empty, and refuses text in the amounts', () => {
    expect(toNeedInput({ ...warehouseForm(), payMin: ' 2300 ', payMax: '2600', payUnit: 'MONTH' })).toMatchObject({ payMin: 2300, payMax: 2600, payUnit: 'MONTH' });
    expect(toNeedInput(warehouseForm())).toMatchObject({ payMin: null, payMax: null, payUnit: null });
    expect(clientProblems({ ...warehouseForm(), payMin: '12,50' }).map((p) => p.path)).toEqual(['input.payMin']);
    expect(fieldTarget('input.payMax')).toMatchObject({ step: 6, inputId: 'need-pay-max', labelKey: 'place.payMaxLabel' });
    expect(problemKey('input.payMax', 'must not be below payMin')).toBe('payOrder');
    expect(problemKey('input.payMin', 'payMin must not be less than 0')).toBe('pay');
  });

  it('reads a saved need back into the same form', () => {
    const form = warehouseForm();
    const input = toNeedInput(form);
    const need = {
      id: 'n1',
      companyId: 'c1',
      stage: 'IDENTIFIED' as const,
      kinds: input.kinds,
      title: input.title,
      description: input.description,
      occupationUri: OCCUPATION,
      occupationLabel: 'varastotyöntekijä',
      skills: form.skills,
      adjustmentsOffered: input.adjustmentsOffered ?? [],
      measuresOpenTo: [],
      openToPrecisionCapable: true,
      anonymousRecruitment: false,
      tasks: input.tasks ?? [],
      municipalityCode: '091',
      latitude: null,
      longitude: null,
      remote: false,
      hoursMin: 20,
      hoursMax: 37,
      payMin: 14,
      payMax: null,
      payUnit: 'HOUR' as const,
      partTimePossible: false,
      startDate: '2027-01-15',
      durationMonths: null,
      positions: 2,
      languages: [{ language: 'fi', level: 'B1' as const }],
      drivingLicence: null,
      visibility: 'COORDINATORS_AND_PROVIDERS' as const,
    };
    const back = formFromNeed(need);
    expect(toNeedInput(back)).toEqual({ ...input, payMin: 14, payMax: null, payUnit: 'HOUR', languages: [{ language: 'fi', level: 'B1' }] });
    expect(back.startDate).toBe('15.1.2027');
  });

  it('converts dates both ways and leaves a date it cannot read for the server to judge', () => {
    expect(isoDate('5.3.2027')).toBe('2027-03-05');
    expect(isoDate('2027-03-05')).toBe('2027-03-05');
    expect(isoDate('')).toBeNull();
    expect(isoDate('ensi kuussa')).toBe('ensi kuussa');
    expect(displayDate('2027-03-05')).toBe('5.3.2027');
  });

  it('checks on the client only a missing title and text in number fields', () => {
    expect(clientProblems(warehouseForm())).toEqual([]);
    expect(clientProblems({ ...warehouseForm(), title: ' ', hoursMin: '7,5' }).map((p) => p.path)).toEqual(['input.title', 'input.hoursMin']);
    // The server judges the rest, e.g. hours in the wrong order.
    expect(clientProblems({ ...warehouseForm(), hoursMin: '40', hoursMax: '20' })).toEqual([]);
  });

  it('suggests from the title and description, and adds each skill once', () => {
    expect(suggestionText({ title: 'Kokki', description: 'Lounasravintola' })).toBe('Kokki. Lounasravintola');
    const skills = addSkills([{ uri: SKILL, label: 'trukki', required: false }], [{ uri: SKILL, label: 'trukki' }, { uri: WISHED_SKILL, label: 'varasto' }]);
    expect(skills).toEqual([
      { uri: SKILL, label: 'trukki', required: false },
      { uri: WISHED_SKILL, label: 'varasto', required: true },
    ]);
  });
});

describe('steps', () => {
  it('knows which steps hold what they must', () => {
    const form = warehouseForm();
    expect([1, 2, 3, 4, 5, 6, 7].map((step) => isStepFilled(step as 1, form))).toEqual([true, true, true, true, true, true, true]);
    const empty = emptyForm();
    expect(isStepFilled(1, empty)).toBe(false);
    expect(isStepFilled(2, { ...empty, title: 'Kokki', description: 'lyhyt' })).toBe(false);
    expect(isStepFilled(5, { ...form, tasks: form.tasks.map((task) => ({ ...task, kind: 'SEPARABLE' as const })) })).toBe(false);
    expect(isStepFilled(6, { ...empty, remote: true })).toBe(true);
  });

  it('shows steps passed as completed, the current one, and the ones not reached as coming', () => {
    const form = { ...emptyForm(), kinds: ['RECRUITMENT' as const] };
    expect(stepStatuses(form, 2, 3)).toEqual(['completed', 'current', 'default', 'coming', 'coming', 'coming', 'coming']);
    expect(stepStatuses(emptyForm(), 1, 1)).toEqual(['current', 'coming', 'coming', 'coming', 'coming', 'coming', 'coming']);
    // Editing a saved need: every step is open; optional steps left empty are not marked completed.
    const saved = { ...warehouseForm(), adjustmentsOffered: [], openToPrecisionCapable: false, tasks: [] };
    expect(stepStatuses(saved, 3, 7)).toEqual(['completed', 'completed', 'current', 'default', 'default', 'completed', 'default']);
  });

  it('reads the step from the address within the steps reached', () => {
    expect(parseStep('3')).toBe(3);
    expect(parseStep('9')).toBe(7);
    expect(parseStep('abc')).toBe(1);
    expect(parseStep('5', 2)).toBe(2);
  });
});

describe('server field problems', () => {
  it('belong to the step that holds the field, with the input to link to', () => {
    expect(stepOfField('input.tasks.0.title')).toBe(5);
    expect(fieldTarget('input.tasks.0.title')).toEqual({ step: 5, inputId: 'need-task-0-title', labelKey: 'role.taskTitleLabel', row: 1, rowLabelKey: 'role.taskHeading' });
    expect(fieldTarget('input.tasks.1.lifting')?.inputId).toBe('need-task-1-lifting-0');
    expect(fieldTarget('input.skills[2].uri')).toMatchObject({ step: 3, inputId: 'need-skill-2-required' });
    expect(fieldTarget('input.hoursMax')).toMatchObject({ step: 6, inputId: 'need-hours-max' });
    expect(stepOfField('input.title')).toBe(2);
    expect(stepOfField('input.visibility')).toBe(7);
    expect(stepOfField('companyId')).toBeNull();
  });

  it('keep the person on the step with the problem, or let them on when only later steps are missing', () => {
    const titleMissing = [{ path: 'input.title', message: 'title must be longer than or equal to 3 characters' }];
    expect(decideAfterRefusal(titleMissing, 1)).toEqual({ action: 'later', steps: [2] });
    expect(decideAfterRefusal(titleMissing, 2)).toEqual({ action: 'show', step: 2 });
    expect(decideAfterRefusal([{ path: 'input.kinds', message: 'kinds must contain at least 1 elements' }, ...titleMissing], 1)).toEqual({ action: 'show', step: 1 });
    expect(decideAfterRefusal([{ path: 'input.tasks.0.title', message: 'x' }], 7)).toEqual({ action: 'show', step: 5 });
    expect(decideAfterRefusal([{ path: 'companyId', message: 'no such company' }], 3)).toEqual({ action: 'show', step: 3 });
  });

  it('are said in the person’s language and linked from the summary to their inputs', () => {
    const t = (key: string, options?: Record<string, unknown>) => (options?.number ? `${key}#${String(options.number)}` : key);
    const error = new ApiError('badInput', 'Bad', [
      { path: 'input.tasks.0.title', message: 'title must be longer than or equal to 2 characters' },
      { path: 'input.hoursMax', message: 'must not be below hoursMin' },
    ]);
    const localized = localizeError(error, t);
    expect(localized.fields.map((f) => f.message)).toEqual(['problems.taskTitle', 'problems.hoursOrder']);
    const onRole = errorOnStep(localized, 5);
    expect(onRole?.fields.map((f) => f.path)).toEqual(['input.tasks.0.title']);
    expect(errorBindings(onRole, t)).toEqual([{ path: 'tasks.0.title', inputId: 'need-task-0-title', label: 'role.taskHeading#1: role.taskTitleLabel#1' }]);
    expect(errorOnStep(localized, 2)).toBeNull();
    expect(problemKey('input.municipalityCode', 'give the municipality of the work, or mark the need remote')).toBe('municipalityOrRemote');
  });
});
