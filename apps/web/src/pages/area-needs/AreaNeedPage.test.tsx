import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import { calls, renderPage, stubApi } from '../../test-kit/render-page';
import AreaNeedPage from './AreaNeedPage';

let forwards: { id: string; providerId: string; providerName: string; message: string | null; createdAt: string }[] = [];

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  AreaNeed: () => ({
    need: {
      id: 'need-1', companyId: 'org-1', title: 'Keräilijä iltavuoroon', description: 'Tilausten keräily.', kinds: ['RECRUITMENT'], stage: 'IDENTIFIED',
      updatedAt: '2027-01-01T08:00:00.000Z', positions: 1, startDate: null, municipalityCode: '398', remote: false, hoursMin: 20, hoursMax: 30,
      occupationLabel: 'tilausten keräilijä', openToPrecisionCapable: true, visibility: 'COORDINATORS_AND_PROVIDERS', measuresOpenTo: ['WORK_TRIAL'], adjustmentsOffered: [],
    },
  }),
  AreaNeedCompany: () => ({ company: { id: 'org-1', name: 'Lahden Konepaja Oy' } }),
  MunicipalityName: () => ({ municipality: { code: '398', nameFi: 'Lahti', nameSv: 'Lahtis' } }),
  AreaNeedForwards: () => ({ needForwards: forwards }),
  AreaNeedProviders: () => ({ searchServices: { edges: [{ node: { service: { id: 's1', provider: { id: 'p-1', name: 'Lahden työllisyyspalvelut' } } } }, { node: { service: { id: 's2', provider: { id: 'p-1', name: 'Lahden työllisyyspalvelut' } } } }] } }),
  AreaForwardNeed: (variables) => {
    const input = variables.input as { providerId: string; message: string | null };
    const forward = { id: 'f-1', providerId: input.providerId, providerName: 'Lahden työllisyyspalvelut', message: input.message, createdAt: '2027-01-02T08:00:00.000Z' };
    forwards = [forward];
    return { forwardNeed: forward };
  },
});

const openNeed = () => renderPage(<AreaNeedPage />, { at: '/coordinator/needs/need-1', path: '/coordinator/needs/:id' });

describe('the area need page', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  afterEach(cleanup);

  it('shows the need with its company and forwards it to a provider once chosen', async () => {
    const user = userEvent.setup();
    openNeed();
    await screen.findByRole('heading', { level: 1, name: 'Keräilijä iltavuoroon' });
    await waitFor(() => expect(screen.getByTestId('area-need-facts').textContent).toMatch(/Lahden Konepaja Oy.*Lahti.*20–30 h viikossa/));
    expect(screen.getByTestId('open-candidates').getAttribute('href')).toBe('/coordinator/needs/need-1/candidates');
    await screen.findByText('Tarvetta ei ole vielä välitetty kenellekään.');

    await user.click(screen.getByRole('button', { name: 'Välitä tarve' }));
    await screen.findByText('Valitse palveluntarjoaja.');
    expect(calls.some((c) => c.operation === 'AreaForwardNeed')).toBe(false);

    await user.click(screen.getByRole('button', { name: /Palveluntarjoaja/ }));
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(1);
    await user.click(options[0]!);
    expect(screen.queryByText('Valitse palveluntarjoaja.')).toBeNull();
    await user.type(screen.getByLabelText(/Viesti palveluntarjoajalle/), 'Voisiko työkokeilu sopia?');
    await user.click(screen.getByRole('button', { name: 'Välitä tarve' }));
    await waitFor(() => expect(screen.getByTestId('forward-saved').textContent).toBe('Tarve välitettiin: Lahden työllisyyspalvelut.'));
    expect(calls.find((c) => c.operation === 'AreaForwardNeed')?.variables).toEqual({ input: { needId: 'need-1', providerId: 'p-1', message: 'Voisiko työkokeilu sopia?' } });
    const list = await screen.findByTestId('area-need-forwards');
    expect(within(list).getByText('Voisiko työkokeilu sopia?')).toBeTruthy();
  });
});
