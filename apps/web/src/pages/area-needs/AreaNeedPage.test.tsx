import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import AreaNeedPage from './AreaNeedPage';

const calls: { operation: string; variables: Record<string, unknown> }[] = [];
let forwards: { id: string; providerId: string; providerName: string; message: string | null; createdAt: string }[] = [];

vi.mock('../../shared/api/client', () => ({
  request: vi.fn(async (document: { toString(): string }, variables: Record<string, unknown>) => {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? '';
    calls.push({ operation, variables });
    switch (operation) {
      case 'AreaNeed':
        return {
          need: {
            id: 'need-1', companyId: 'org-1', title: 'Keräilijä iltavuoroon', description: 'Tilausten keräily.', kinds: ['RECRUITMENT'], stage: 'IDENTIFIED',
            updatedAt: '2027-01-01T08:00:00.000Z', positions: 1, startDate: null, municipalityCode: '398', remote: false, hoursMin: 20, hoursMax: 30,
            occupationLabel: 'tilausten keräilijä', openToPrecisionCapable: true, visibility: 'COORDINATORS_AND_PROVIDERS', measuresOpenTo: ['WORK_TRIAL'], adjustmentsOffered: [],
          },
        };
      case 'AreaNeedCompany':
        return { company: { id: 'org-1', name: 'Lahden Konepaja Oy' } };
      case 'MunicipalityName':
        return { municipality: { code: '398', nameFi: 'Lahti', nameSv: 'Lahtis' } };
      case 'AreaNeedForwards':
        return { needForwards: forwards };
      case 'AreaNeedProviders':
        return { searchServices: { edges: [{ node: { service: { id: 's1', provider: { id: 'p-1', name: 'Lahden työllisyyspalvelut' } } } }, { node: { service: { id: 's2', provider: { id: 'p-1', name: 'Lahden työllisyyspalvelut' } } } }] } };
      case 'AreaForwardNeed': {
        const input = variables.input as { providerId: string; message: string | null };
        const forward = { id: 'f-1', providerId: input.providerId, providerName: 'Lahden työllisyyspalvelut', message: input.message, createdAt: '2027-01-02T08:00:00.000Z' };
        forwards = [forward];
        return { forwardNeed: forward };
      }
      default:
        throw new Error(`unexpected ${operation}`);
    }
  }),
}));

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/coordinator/needs/need-1']}>
        <div id="root">
          <Routes>
            <Route path="/coordinator/needs/:id" element={<AreaNeedPage />} />
          </Routes>
        </div>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the area need page', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  afterEach(cleanup);

  it('shows the need with its company and forwards it to a provider once chosen', async () => {
    const user = userEvent.setup();
    renderPage();
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
