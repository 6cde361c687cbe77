import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import { calls, renderPage, stubApi } from '../../test-kit/render-page';
import MyDataPage from './MyDataPage';
import ProfileErasedPage from './ProfileErasedPage';

const signOut = vi.fn();
const saved: { name: string; text: string }[] = [];

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyPersonalDataExport: () => ({ myPersonalDataExport: JSON.stringify({ profile: { id: 'p1' }, shareRequests: [{ id: 'r1' }], candidacies: [{}, {}], accessLog: [{}] }) }),
  EraseMyJobseekerProfile: () => ({ eraseMyJobseekerProfile: { erased: true, candidaciesKept: 2, accountDeleted: true } }),
});

vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({ roles: ['JOBSEEKER'], organization: null, me: { id: 'me' }, signOut, session: { token: 't' } }),
}));

const openMyData = () =>
  renderPage(
    <Routes>
      <Route path="/jobseeker/data" element={<MyDataPage />} />
      <Route path="/jobseeker/data/erased" element={<ProfileErasedPage />} />
    </Routes>,
    { at: '/jobseeker/data' },
  );

describe('the my data page', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
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
    openMyData();
    await userEvent.click(screen.getByRole('button', { name: 'Lataa tiedot (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toMatch(/^ytmt-omat-tiedot-\d{4}-\d{2}-\d{2}\.json$/);
    expect(screen.getByTestId('my-data-download-status')).toHaveTextContent(`Tiedosto ${saved[0].name} ladattiin. Siinä on 1 jakopyyntöä, 2 ehdokkuutta ja 1 merkintää`);
  });

  it('erases only after the person confirms they understand, then says what was removed and kept', async () => {
    openMyData();
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
