import { Adjustment, LanguageLevel, Measure, NeedKind, TaskKind } from '../src/need.enums';
import {
  AssistantDraft,
  AssistantFlagCode,
  AssistantSeverity,
  assessNeedDraft,
  AssistantTask,
  CapabilityProfile,
  fittingProfiles,
  languageLevelTasksNeed,
} from '../src/assistant/need-assistant.rules';

const PICKING = 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f';
const PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';
const WAREHOUSE_WORKER = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';

const task = (title: string, kind: TaskKind, levels: Partial<AssistantTask> = {}): AssistantTask => ({
  title,
  kind,
  physicalStrain: 1,
  standingWalking: 1,
  lifting: 1,
  cognitiveLoad: 1,
  customerInteraction: 0,
  timePressure: 1,
  ...levels,
});

const draft = (over: Partial<AssistantDraft> = {}): AssistantDraft => ({
  kinds: [NeedKind.RECRUITMENT],
  title: 'Varastotyöntekijä keräilyyn',
  description: 'Työtehtäviin kuuluu tilausten keräily ja pakkaaminen. Palkka TES:n mukaan, noin 2 300 euroa kuukaudessa.',
  occupationUri: WAREHOUSE_WORKER,
  skills: [{ uri: PICKING, required: true }],
  languages: [{ language: 'fi', level: LanguageLevel.B1 }],
  tasks: [task('Tilausten keräily', TaskKind.CORE)],
  hoursMin: 30,
  hoursMax: 37,
  adjustmentsOffered: [],
  measuresOpenTo: [],
  openToPrecisionCapable: false,
  ...over,
});

const context = { essentialSkillUris: new Set([PICKING]) };
const codes = (d: AssistantDraft) => assessNeedDraft(d, context).map((flag) => flag.code);

describe('the inclusive-need assistant rules', () => {
  it('leaves a complete, inclusive need without flags', () => {
    expect(assessNeedDraft(draft(), context)).toEqual([]);
  });

  it('flags a required skill that is not essential to the occupation, naming the skill; a wished one passes', () => {
    const flags = assessNeedDraft(draft({ skills: [{ uri: PICKING, required: true }, { uri: PROGRAMMING, required: true }] }), context);
    expect(flags).toEqual([expect.objectContaining({ code: AssistantFlagCode.REQUIRED_SKILL_NOT_ESSENTIAL, field: 'skills.1', subject: PROGRAMMING, severity: AssistantSeverity.WARNING })]);
    expect(codes(draft({ skills: [{ uri: PROGRAMMING, required: false }] }))).toEqual([]);
    // Without an occupation there is nothing to compare with.
    expect(assessNeedDraft(draft({ occupationUri: null, skills: [{ uri: PROGRAMMING, required: true }] }), { essentialSkillUris: null })).toEqual([]);
  });

  it('flags native level anywhere, and a level above what the tasks need, with the level to ask instead', () => {
    const native = assessNeedDraft(draft({ languages: [{ language: 'sv', level: LanguageLevel.B1 }, { language: 'fi', level: LanguageLevel.NATIVE }] }), context);
    expect(native).toEqual([expect.objectContaining({ code: AssistantFlagCode.LANGUAGE_NATIVE, field: 'languages.1', subject: 'fi', params: { language: 'fi', level: 'NATIVE', suggestedLevel: 'B1' } })]);
    const c1 = assessNeedDraft(draft({ languages: [{ language: 'fi', level: LanguageLevel.C1 }] }), context);
    expect(c1).toEqual([expect.objectContaining({ code: AssistantFlagCode.LANGUAGE_ABOVE_TASKS, params: { language: 'fi', level: 'C1', suggestedLevel: 'B1' } })]);
    // A customer-service role may ask for C1.
    expect(codes(draft({ languages: [{ language: 'fi', level: LanguageLevel.C1 }], tasks: [task('Asiakaspalvelu', TaskKind.CORE, { customerInteraction: 3 })] }))).toEqual([]);
    expect(languageLevelTasksNeed([task('Raportointi', TaskKind.CORE, { cognitiveLoad: 3 })])).toBe(LanguageLevel.B2);
  });

  it('flags missing pay, hours and tasks for a recruitment, not for advice', () => {
    const bare = draft({ description: 'Haemme varastoon uutta ihmistä pian.', hoursMin: null, hoursMax: null, tasks: [] });
    expect(codes(bare)).toEqual([AssistantFlagCode.MISSING_PAY, AssistantFlagCode.MISSING_HOURS, AssistantFlagCode.MISSING_TASKS]);
    expect(codes({ ...bare, kinds: [NeedKind.SUPPORT_AND_ADVICE] })).toEqual([]);
    expect(codes(draft({ description: 'Tasks: picking orders. Salary 14 € per hour.' }))).toEqual([]);
  });

  it('takes a stated pay range as the answer to missing pay, the texts still being a fallback', () => {
    const bare = draft({ description: 'Haemme varastoon uutta ihmistä pian.', hoursMin: null, hoursMax: null, tasks: [] });
    expect(codes({ ...bare, payMin: 2300, payMax: 2600, payUnit: 'MONTH' })).toEqual([AssistantFlagCode.MISSING_HOURS, AssistantFlagCode.MISSING_TASKS]);
    expect(codes({ ...bare, payMin: 14, payUnit: 'HOUR' })).not.toContain(AssistantFlagCode.MISSING_PAY);
    expect(codes({ ...bare, description: 'Palkkaus kaupan työehtosopimuksen mukaan.' })).not.toContain(AssistantFlagCode.MISSING_PAY);
  });

  it('flags exclusionary wording with its group and replacement, unless a task demands the fitness', () => {
    const flags = assessNeedDraft(draft({ description: 'Etsimme nuorta ja energistä keräilijää, jolla on hyvä fyysinen kunto. Palkka 2300 €.' }), context);
    expect(flags.map((flag) => [flag.subject, flag.params.group, flag.field])).toEqual([
      ['fi-nuori-energinen', 'AGE', 'description'],
      ['fi-fyysinen-kunto', 'FITNESS', 'description'],
    ]);
    expect(flags[0].params.matched).toBe('nuorta ja energistä');
    expect(flags[0].params.replacement).toBe('innostunut ja oma-aloitteinen');
    const heavy = draft({ description: 'Työ vaatii hyvää fyysistä kuntoa. Palkka 2300 €.', tasks: [task('Lavojen purku', TaskKind.CORE, { lifting: 3 })] });
    expect(codes(heavy)).toEqual([]);
  });

  it('suggests opening a carved role to precision-capable people, with the adjustments and measures not yet chosen', () => {
    const carved = draft({
      tasks: [task('Tilausten keräily', TaskKind.CORE), task('Lavojen siirto', TaskKind.SEPARABLE, { lifting: 3, physicalStrain: 3 })],
      adjustmentsOffered: [Adjustment.WORK_TASKS],
      measuresOpenTo: [Measure.PAY_SUBSIDY],
    });
    const [flag] = assessNeedDraft(carved, context);
    expect(flag).toMatchObject({ code: AssistantFlagCode.OPEN_TO_PRECISION_CAPABLE, severity: AssistantSeverity.SUGGESTION, field: 'openToPrecisionCapable' });
    expect(flag.params.profiles.split(',')).toEqual([CapabilityProfile.LIGHT_PHYSICAL, CapabilityProfile.CALM_PACE, CapabilityProfile.ROUTINE]);
    expect(flag.params.measures).toBe('WORK_TRIAL,JOB_COACHING');
    expect(flag.params.adjustments.split(',')).not.toContain('WORK_TASKS');
    expect(flag.serviceCategories).toEqual(expect.arrayContaining(['PAY_SUBSIDY', 'WORK_TRIAL', 'JOB_COACHING']));
    expect(codes({ ...carved, openToPrecisionCapable: true })).toEqual([]);
    // Only core tasks count; a heavy core fits no profile.
    expect(fittingProfiles([task('Raskas', TaskKind.CORE, { lifting: 3, timePressure: 3, physicalStrain: 3 })])).toEqual([]);
    expect(codes(draft({ tasks: [task('Keräily', TaskKind.CORE)] }))).toEqual([]);
  });
});
