import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { initTestI18n } from '../../../../shared/i18n/test-i18n';
import { emptyForm, newLanguage, type WizardForm } from '../wizard-state';
import { NeedAssistantPanel } from './NeedAssistantPanel';

const PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';

type Sent = { query: string; variables: { input: Record<string, unknown> & { draft?: { languages: { level: string }[] } } } };

const nativeFlag = {
  code: 'LANGUAGE_NATIVE',
  severity: 'WARNING',
  field: 'languages.0',
  subject: 'fi',
  params: [
    { name: 'language', value: 'fi' },
    { name: 'level', value: 'NATIVE' },
    { name: 'suggestedLevel', value: 'B1' },
  ],
  adviceTopics: ['INCLUSIVE_JOB_AD'],
  serviceCategories: ['INTEGRATION_SERVICES'],
  dismissal: null,
};
const skillFlag = {
  code: 'REQUIRED_SKILL_NOT_ESSENTIAL',
  severity: 'WARNING',
  field: 'skills.0',
  subject: PROGRAMMING,
  params: [{ name: 'skillUri', value: PROGRAMMING }],
  adviceTopics: ['INCLUSIVE_JOB_AD'],
  serviceCategories: [],
  dismissal: null,
};

/** The API: flags for what the draft asks, a dismissal stored and shown on the next check. */
function answerAssistant() {
  const sent: Sent[] = [];
  const dismissed = new Map<string, string>();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Sent;
      sent.push(body);
      let data: unknown;
      if (body.query.includes('mutation DismissNeedAssistantFlag')) {
        const input = body.variables.input as { code: string; subject: string; reason: string };
        dismissed.set(input.code, input.reason);
        data = { dismissNeedAssistantFlag: { ...input, dismissedAt: '2026-12-06T12:00:00Z' } };
      } else if (body.query.includes('mutation UndoNeedAssistantFlagDismissal')) {
        dismissed.delete((body.variables.input as { code: string }).code);
        data = { undoNeedAssistantFlagDismissal: true };
      } else {
        const native = body.variables.input.draft?.languages.some((l) => l.level === 'NATIVE');
        const flags = [skillFlag, ...(native ? [nativeFlag] : [])].map((flag) => ({
          ...flag,
          dismissal: dismissed.has(flag.code) ? { reason: dismissed.get(flag.code), dismissedAt: '2026-12-06T12:00:00Z' } : null,
        }));
        data = { needAssistant: { flags } };
      }
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

function renderPanel(needId: string | null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const latest: { form: WizardForm | null } = { form: null };
  const initial: WizardForm = {
    ...emptyForm({ municipalityCode: '091' }),
    kinds: ['RECRUITMENT'],
    title: 'Varastotyöntekijä',
    description: 'Keräämme tilauksia.',
    skills: [{ uri: PROGRAMMING, label: 'tietokoneohjelmointi', required: true }],
    languages: [newLanguage('fi', 'NATIVE')],
  };
  function Panel() {
    const [form, setForm] = useState(initial);
    latest.form = form;
    return <NeedAssistantPanel form={form} needId={needId} companyId="company-1" change={setForm} />;
  }
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <Panel />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return latest;
}

describe('the inclusive-need assistant panel', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists each remark with its reason and fix, fixes native Finnish in one press and dismisses the skill with a reason', async () => {
    initTestI18n('fi');
    const sent = answerAssistant();
    const latest = renderPanel('need-1');
    const list = await screen.findByRole('list', { name: 'Avustajan huomiot' });
    expect(screen.getByRole('status')).toHaveTextContent('2 huomiota.');
    expect(within(list).getByText('Vaadittu osaaminen ei kuulu ammatin keskeisiin: tietokoneohjelmointi')).toBeInTheDocument();
    expect(within(list).getByText(/Vaaditaan äidinkielistä kielitaitoa \(suomi\)/)).toBeInTheDocument();
    expect(within(list).getByText(/sulkee pois kaikki, jotka ovat oppineet kielen myöhemmin/)).toBeInTheDocument();
    const help = within(list).getByRole('list', { name: 'Apua: Vaaditaan äidinkielistä kielitaitoa (suomi)' });
    expect(within(help).getByRole('link', { name: 'Neuvoja: Osallistava työpaikkailmoitus' })).toHaveAttribute('href', '/advice?topic=INCLUSIVE_JOB_AD');
    expect(within(help).getByRole('link', { name: 'Palvelut: kotoutumispalvelut' })).toHaveAttribute('href', '/services?category=INTEGRATION_SERVICES');
    expect(sent[0].variables.input).toMatchObject({ needId: 'need-1' });

    // Fix: ask for the level the tasks need; the next check (debounced) no longer finds it.
    await userEvent.click(screen.getByRole('button', { name: /Vaadi taso B1/ }));
    expect(latest.form?.languages[0].level).toBe('B1');
    await waitFor(() => expect(screen.queryByText(/Vaaditaan äidinkielistä kielitaitoa/)).not.toBeInTheDocument());
    expect(sent.at(-1)?.variables.input.draft?.languages).toEqual([{ language: 'fi', level: 'B1' }]);
    expect(screen.getByRole('status')).toHaveTextContent('1 huomio.');

    // Dismiss: a reason is required, then the remark moves to the dismissed ones.
    await userEvent.click(screen.getByRole('button', { name: 'Hylkää huomio: Vaadittu osaaminen ei kuulu ammatin keskeisiin: tietokoneohjelmointi' }));
    const reason = screen.getByLabelText(/Miksi huomio ei koske tätä tarvetta\?/);
    expect(reason).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna hylkäys' }));
    expect(reason).toHaveAccessibleDescription(/Kirjoita perustelu/);
    await userEvent.type(reason, 'Ohjelmoimme keräilyrobotteja');
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna hylkäys' }));
    const dismissedList = await screen.findByRole('list', { name: 'Hylätyt huomiot' });
    expect(dismissedList).toHaveTextContent('Hylätty perustellen: Ohjelmoimme keräilyrobotteja');
    const mutation = sent.find((body) => body.query.includes('mutation DismissNeedAssistantFlag'));
    expect(mutation?.variables.input).toEqual({ needId: 'need-1', code: 'REQUIRED_SKILL_NOT_ESSENTIAL', subject: PROGRAMMING, reason: 'Ohjelmoimme keräilyrobotteja' });
    expect(screen.getByRole('status')).toHaveTextContent('Ei huomautettavaa. 1 huomio hylätty.');

    // Undo: the remark comes back to the list, the heading keeps the focus, and the change is announced.
    await userEvent.click(within(dismissedList).getByRole('button', { name: 'Peru hylkäys: Vaadittu osaaminen ei kuulu ammatin keskeisiin: tietokoneohjelmointi' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Hylätyt huomiot' })).not.toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'Avustajan huomiot' })).getByText('Vaadittu osaaminen ei kuulu ammatin keskeisiin: tietokoneohjelmointi')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 huomio. Huomio palautettu.'));
    expect(screen.getByRole('heading', { name: 'Ilmoituksen tarkistus' })).toHaveFocus();
    const undo = sent.find((body) => body.query.includes('mutation UndoNeedAssistantFlagDismissal'));
    expect(undo?.variables.input).toEqual({ needId: 'need-1', code: 'REQUIRED_SKILL_NOT_ESSENTIAL', subject: PROGRAMMING });
  }, 30_000);

  it('checks a new need against its company and offers dismissal only once the draft is saved, in Swedish', async () => {
    initTestI18n('sv');
    const sent = answerAssistant();
    renderPanel(null);
    const list = await screen.findByRole('list', { name: 'Assistentens anmärkningar' });
    expect(within(list).getByText(/Modersmålsnivå krävs \(finska\)/)).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: /Kräv nivå B1/ })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /Avvisa/ })).not.toBeInTheDocument();
    expect(within(list).getAllByText('Du kan avvisa anmärkningen när utkastet till behovet har sparats.')).toHaveLength(2);
    expect(sent[0].variables.input).toMatchObject({ companyId: 'company-1' });
    expect(sent[0].variables.input).not.toHaveProperty('needId');
  });
});
