import { describe, expect, it } from 'vitest';
import { emptyForm, newLanguage, newTask, type WizardForm } from '../wizard-state';
import { adviceHref, applyFix, fixOf, serviceHref, toAssistantDraft, type AssistantFlag } from './need-assistant';

const form: WizardForm = {
  ...emptyForm(),
  kinds: ['RECRUITMENT'],
  title: '  Keräilijä ',
  description: 'x'.repeat(6000),
  skills: [
    { uri: 'skill-a', label: 'A', required: true },
    { uri: 'skill-b', label: 'B', required: true },
  ],
  languages: [newLanguage('fi', 'NATIVE'), newLanguage('sv', 'B1')],
  tasks: [{ ...newTask('CORE'), title: ' Keräily ' }],
  hoursMin: '20',
  hoursMax: '99',
};

const flag = (code: AssistantFlag['code'], subject: string, params: Record<string, string> = {}): AssistantFlag => ({
  code,
  severity: 'WARNING',
  field: '',
  subject,
  params: Object.entries(params).map(([name, value]) => ({ name, value })),
  adviceTopics: [],
  serviceCategories: [],
  dismissal: null,
});

describe('the assistant helpers', () => {
  it('sends the draft as the server accepts it while the person writes', () => {
    const draft = toAssistantDraft(form);
    expect(draft.title).toBe('Keräilijä');
    expect(draft.description).toHaveLength(5000);
    // An hour count the server would refuse is left out; the wizard's save names it.
    expect([draft.hoursMin, draft.hoursMax]).toEqual([20, null]);
    expect([draft.payMin, draft.payMax, draft.payUnit]).toEqual([null, null, null]);
    // A stated pay range goes along (the server takes it as the answer to missing pay); a refused amount is left out.
    const paid = toAssistantDraft({ ...form, payMin: '2300', payMax: '2000000', payUnit: 'MONTH' });
    expect([paid.payMin, paid.payMax, paid.payUnit]).toEqual([2300, null, 'MONTH']);
    expect(draft.tasks).toEqual([expect.objectContaining({ title: 'Keräily', kind: 'CORE', lifting: 0 })]);
    expect(draft.languages).toEqual([{ language: 'fi', level: 'NATIVE' }, { language: 'sv', level: 'B1' }]);
  });

  it('applies the fix of a flag to the form: a skill wished, a language level, openness to precision-capable people', () => {
    const wished = applyFix(form, fixOf(flag('REQUIRED_SKILL_NOT_ESSENTIAL', 'skill-b'))!);
    expect(wished.skills.map((s) => s.required)).toEqual([true, false]);
    const level = applyFix(form, fixOf(flag('LANGUAGE_NATIVE', 'fi', { suggestedLevel: 'B2' }))!);
    expect(level.languages.map((l) => l.level)).toEqual(['B2', 'B1']);
    expect(applyFix(form, fixOf(flag('OPEN_TO_PRECISION_CAPABLE', ''))!).openToPrecisionCapable).toBe(true);
    expect(fixOf(flag('MISSING_PAY', ''))).toBeNull();
  });

  it('links advice by topic and services by category', () => {
    expect(adviceHref('PAY_SUBSIDY')).toBe('/advice?topic=PAY_SUBSIDY');
    expect(serviceHref('WORK_TRIAL')).toBe('/services?category=WORK_TRIAL');
  });
});
