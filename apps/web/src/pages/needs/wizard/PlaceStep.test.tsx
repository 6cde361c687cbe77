import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../../shared/i18n/test-i18n';
import { PlaceStep } from './PlaceStep';
import { emptyForm, ids, type WizardForm } from './wizard-state';

const MUNICIPALITIES = [
  { code: '091', nameFi: 'Helsinki', nameSv: 'Helsingfors' },
  { code: '092', nameFi: 'Vantaa', nameSv: 'Vanda' },
  { code: '049', nameFi: 'Espoo', nameSv: 'Esbo' },
];

/** The API's municipality list (filtered by name) and single municipality. */
function answerMunicipalities() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: { search?: string | null; code?: string } };
      const search = body.variables.search?.toLowerCase() ?? '';
      const data = body.query.includes('query MunicipalityOptions')
        ? { municipalities: { edges: MUNICIPALITIES.filter((m) => m.nameFi.toLowerCase().includes(search)).map((node) => ({ node })) } }
        : { municipality: MUNICIPALITIES.find((m) => m.code === body.variables.code) ?? null };
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
}

function renderStep() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const latest: { form: WizardForm | null } = { form: null };
  function Step() {
    const [form, setForm] = useState(emptyForm());
    latest.form = form;
    return <PlaceStep form={form} change={setForm} problem={() => undefined} language="fi" />;
  }
  render(
    <QueryClientProvider client={client}>
      <Step />
    </QueryClientProvider>,
  );
  return latest;
}

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('the place step of the need wizard', () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  beforeEach(() => {
    answerMunicipalities();
    // As in Chromium: selecting an input's text also focuses the input.
    const nativeSelect = HTMLInputElement.prototype.select;
    vi.spyOn(HTMLInputElement.prototype, 'select').mockImplementation(function focusAndSelect(this: HTMLInputElement) {
      this.focus();
      nativeSelect.call(this);
    });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** Types part of a name, then chooses the first option by keyboard, as a person does. */
  async function chooseVantaa() {
    const picker = byId(ids.municipality);
    await userEvent.click(picker);
    await userEvent.keyboard('Vant');
    await screen.findByRole('option', { name: 'Vantaa' });
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    fireEvent.keyDown(picker, { key: 'Enter' });
    return picker;
  }

  it('keeps the focus where the person moved right after choosing a municipality', async () => {
    const latest = renderStep();
    await chooseVantaa();
    expect(latest.form?.municipalityCode).toBe('092');
    // The person moves on at once (Tab, Tab … to the hours) before the picker selects its text.
    act(() => byId(ids.hoursMin).focus());

    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));

    expect(byId(ids.hoursMin)).toHaveFocus();
    expect(byId(ids.municipality)).toHaveValue('Vantaa');
  }, 30_000);

  it('still selects the chosen name while the person stays in the picker', async () => {
    renderStep();
    const picker = await chooseVantaa();

    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));

    expect(picker).toHaveFocus();
    expect(picker).toHaveValue('Vantaa');
    expect([picker.selectionStart, picker.selectionEnd]).toEqual([0, 'Vantaa'.length]);
  }, 30_000);

  it('moves the focus to the new language row, and back to the add button when the last row goes', async () => {
    renderStep();
    await userEvent.click(byId(ids.addLanguage));
    // The Dropdown's own button takes the focus (its id sits on a wrapper that cannot).
    expect(document.activeElement?.id).toBe(`${ids.language(0)}_button`);
    await userEvent.click(screen.getByRole('button', { name: /Poista/ }));
    expect(document.activeElement?.id).toBe(ids.addLanguage);
  });
});
