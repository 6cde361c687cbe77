import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import MyServicesPage from './MyServicesPage';
import ServiceFormPage from './ServiceFormPage';


const service = (id: string, name: string, status: string, rejectionReason: string | null = null) => ({
  id,
  status,
  rejectionReason,
  updatedAt: '2026-11-02T10:00:00.000Z',
  name: { fi: name, sv: null, en: null },
  revision: null,
});

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyServices: () => ({
    myServices: [
      service('s-1', 'Työkokeilu verstaalla', 'DRAFT'),
      service('s-2', 'Työhönvalmennus', 'REJECTED', 'Kerro kesto.'),
      service('s-3', 'Palkkatuen neuvonta', 'PUBLISHED'),
    ],
  }),
  ServiceTaxonomy: () => ({
    taxonomyTerms: [
      { code: 'WORK_TRIAL', taxonomy: 'SERVICE_CATEGORY', labelFi: 'Työkokeilu', labelSv: 'Arbetsprövning', labelEn: 'Work trial' },
      { code: 'YOUNG', taxonomy: 'TARGET_GROUP', labelFi: 'Nuoret', labelSv: 'Unga', labelEn: 'Young people' },
    ],
  }),
  ServiceAreas: () => ({ employmentAreas: [] }),
  CreateProviderService: () => {
    throw new ApiError('badInput', 'Invalid input', [
      { path: 'input.nameFi', message: 'nameFi must be longer than or equal to 3 characters' },
      { path: 'input.categoryCodes', message: 'categoryCodes must contain at least 1 elements' },
    ]);
  },
});

vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({ roles: ['PROVIDER_USER'], organization: { id: 'org-1', name: 'Työvalmennussäätiö', sector: 'THIRD_SECTOR' }, me: { id: 'me' } }),
}));

const renderAt = (at: string) =>
  renderPage(
    <Routes>
      <Route path="/provider/services" element={<MyServicesPage />} />
      <Route path="/provider/services/new" element={<ServiceFormPage />} />
    </Routes>,
    { at },
  );

describe('the provider services pages', () => {
  setUpPageTest({ shims: true });

  it('lists the services with a count per status and filters by status, the rejected with its reason', async () => {
    renderAt('/provider/services');
    const table = await screen.findByTestId('services-table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Palautettu (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Arkistoitu (0)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Palautettu (1)' }));
    const filtered = await screen.findByTestId('services-table');
    expect(within(filtered).getAllByRole('row')).toHaveLength(2);
    expect(filtered.textContent).toContain('Syy: Kerro kesto.');
    expect(screen.getByRole('button', { name: 'Palautettu (1)' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('marks missing translations and shows the server problems next to the fields in Finnish', async () => {
    renderAt('/provider/services/new');
    await screen.findByRole('heading', { level: 1, name: 'Uusi palvelu' });
    expect(screen.getByTestId('missing-sv').textContent).toBe('Puuttuu');
    await screen.findByText('Työkokeilu');
    await userEvent.click(screen.getByTestId('save-draft'));
    await screen.findByRole('heading', { name: 'Lomakkeessa on 2 virhettä' });
    expect(screen.getByRole('link', { name: 'Nimi (suomi): Anna nimi suomeksi, 3–200 merkkiä.' })).toBeTruthy();
    expect(screen.getAllByText('Valitse 1–10 palveluluokkaa.').length).toBeGreaterThan(0);
    const created = calls.find((call) => call.operation === 'CreateProviderService');
    expect(created?.variables).toMatchObject({ input: { nameFi: '', languages: ['fi'], isFree: true } });
    // The whole form renders: slow on a busy machine.
  }, 20_000);
});
