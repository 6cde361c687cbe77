import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import MyDataPage from './MyDataPage';
import ProfileErasedPage from './ProfileErasedPage';

const calls: { operation: string; variables: unknown }[] = [];
const signOut = vi.fn();
const saved: { name: string; text: string }[] = [];

vi.mock('../../shared/api/client', () => ({
  request: vi.fn(async (document: { toString(): string }, variables: unknown) => {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? '';
    calls.push({ operation, variables });
    switch (operation) {
      case 'MyPersonalDataExport':
        return { myPersonalDataExport: JSON.stringify({ profile: { id: 'p1' }, shareRequests: [{ id: 'r1' }], candidacies: [{}, {}], accessLog: [{}] }) };
      case 'EraseMyJobseekerProfile':
        return { eraseMyJobseekerProfile: { erased: true, candidaciesKept: 2, accountDeleted: true } };
      default:
        throw new Error(`unexpected ${operation}`);
    }
  }),
}));

vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({ roles: ['JOBSEEKER'], organization: null, me: { id: 'me' }, signOut, session: { token: 't' } }),
}));

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/jobseeker/data']}>
          <Routes>
            <Route path="/jobseeker/data" element={<MyDataPage />} />
            <Route path="/jobseeker/data/erased" element={<ProfileErasedPage />} />
          </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the my data page', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
    // The modal hides the app element from assistive technology while open: it must exist first.
    const root = document.createElement('div');
    root.id = 'root';
    document.body.appendChild(root);
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      saved.push({ name: this.download, text: this.href });
    };
  });
  afterEach(cleanup);
  beforeEach(() => {
    calls.length = 0;
    saved.length = 0;
    signOut.mockClear();
  });

  it('downloads everything as a JSON file named by the day and says what it holds', async () => {
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Lataa tiedot (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toMatch(/^ytmt-omat-tiedot-\d{4}-\d{2}-\d{2}\.json$/);
    expect(screen.getByTestId('my-data-download-status')).toHaveTextContent(`Tiedosto ${saved[0].name} ladattiin. Siinä on 1 jakopyyntöä, 2 ehdokkuutta ja 1 merkintää`);
  });

  it('erases only after the person confirms they understand, then says what was removed and kept', async () => {
    renderPage();
    expect(screen.getByTestId('erase-removes')).toHaveTextContent('työkykyprofiilisi');
    expect(screen.getByTestId('erase-keeps')).toHaveTextContent('Ehdokaslistojen historia jää');
    await userEvent.click(screen.getByRole('button', { name: 'Poista profiili…' }));
    const dialog = await screen.findByTestId('erase-dialog');
    await userEvent.click(screen.getByTestId('erase-dialog-confirm'));
    expect(await within(dialog).findByText('Vahvista ensin, että ymmärrät poiston olevan pysyvä.')).toBeInTheDocument();
    expect(calls.some((c) => c.operation === 'EraseMyJobseekerProfile')).toBe(false);

    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Ymmärrän, että poistoa ei voi perua' }));
    await userEvent.click(screen.getByTestId('erase-dialog-confirm'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profiili poistettu' })).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'EraseMyJobseekerProfile')?.variables).toEqual({ confirm: true });
    expect(screen.getByTestId('erasure-details')).toHaveTextContent('2 ehdokaslistamerkintää jäi historiaksi ilman yhteyttä sinuun.');
    expect(screen.getByTestId('erasure-details')).toHaveTextContent('Käyttäjätilisi poistettiin');
    expect(signOut).toHaveBeenCalledTimes(1);
  });
});
