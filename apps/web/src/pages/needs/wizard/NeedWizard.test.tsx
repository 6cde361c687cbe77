import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { initTestI18n } from '../../../shared/i18n/test-i18n';
import { NeedWizard } from './NeedWizard';
import { emptyForm, newTask, type WizardForm } from './wizard-state';

vi.mock('../../../shared/auth/auth-context', () => ({
  useAuth: () => ({ organization: { id: 'company-1', name: 'Kotikallio Oy' } }),
}));

function formWithUntitledTask(): WizardForm {
  return {
    ...emptyForm({ municipalityCode: '091' }),
    kinds: ['RECRUITMENT'],
    title: 'Varastotyöntekijä, keräily',
    description: 'Keräämme tilauksia varastossa.',
    tasks: [newTask('CORE')],
  };
}

function renderWizard(form: WizardForm, step: number) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/needs/need-1/edit?step=${step}`]}>
        <Routes>
          <Route path="/needs/:id/edit" element={<NeedWizard initial={form} needId="need-1" initialReached={7} />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** The API refuses the update with a field problem on the first task's title. */
function refuseTaskTitle() {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string };
    if (body.query.includes('mutation NeedWizardUpdateNeed')) {
      return new Response(
        JSON.stringify({
          data: null,
          errors: [
            {
              message: 'Invalid input',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.tasks.0.title', message: 'title must be longer than or equal to 2 characters' }] },
            },
          ],
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    }
    return new Response(JSON.stringify({ data: {} }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the carved-role step of the need wizard', () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the server’s problem with a task title next to the field and in the summary, and stays on the step', async () => {
    const fetchMock = refuseTaskTitle();
    renderWizard(formWithUntitledTask(), 5);
    expect(screen.getByRole('heading', { level: 2, name: 'Tehtävät ja kuormitus' })).toBeInTheDocument();
    // The demand levels are words, not numbers.
    expect(screen.getByRole('group', { name: /Nostaminen/ })).toHaveTextContent(/Ei lainkaan.*Vähän.*Kohtalaisesti.*Paljon/);

    await userEvent.click(screen.getByRole('button', { name: 'Seuraava' }));

    const summary = await screen.findByRole('heading', { name: 'Lomakkeessa on 1 virhe' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Tehtävä 1: Tehtävän nimi: Anna tehtävälle nimi, 2–200 merkkiä.' })).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: /Tehtävän nimi/ });
    expect(title).toHaveAttribute('id', 'need-task-0-title');
    expect(title).toHaveAccessibleDescription(/Anna tehtävälle nimi, 2–200 merkkiä\./);
    // Still on the carved-role step: nothing moved on.
    expect(screen.getByRole('heading', { level: 2, name: 'Tehtävät ja kuormitus' })).toBeInTheDocument();
    // The save; the inclusive-need assistant beside the step asks the API too.
    const update = fetchMock.mock.calls.find((call) => String(call[1].body).includes('mutation NeedWizardUpdateNeed'));
    const sent = JSON.parse(String(update?.[1].body)) as { variables: { id: string; input: { tasks: { title: string; kind: string }[] } } };
    expect(sent.variables.id).toBe('need-1');
    expect(sent.variables.input.tasks).toEqual([expect.objectContaining({ title: '', kind: 'CORE', lifting: 0 })]);
  }, 30_000);

  it('lists the steps with their status and marks the current one', () => {
    renderWizard(formWithUntitledTask(), 5);
    const navigation = screen.getByRole('navigation', { name: 'Tarpeen vaiheet' });
    expect(navigation).toHaveTextContent('1. Tarpeen laji');
    expect(screen.getByRole('link', { name: '5. Tehtävät ja kuormitus' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('link', { name: '1. Tarpeen laji, valmis' })).toBeInTheDocument();
  });
});
