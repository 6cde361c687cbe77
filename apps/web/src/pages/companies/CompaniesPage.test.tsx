import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import CompaniesPage from './CompaniesPage';


vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyAreaCoordinators: () => ({
    myAreaCoordinators: [
      { userId: 'u-kaisa', displayName: 'Kaisa Koordinaattori' },
      { userId: 'u-kalle', displayName: 'Kalle Kumppanuus' },
    ],
  }),
  MunicipalityName: (variables) => ({ municipality: { code: variables.code, nameFi: 'Lahti', nameSv: 'Lahtis' } }),
  MyCompanies: (variables) => {
    const filter = (variables.filter ?? {}) as { industryCode?: string };
    if (filter.industryCode === '9x') {
      throw new ApiError('badInput', 'Invalid input', [{ path: 'filter.industryCode', message: 'Anna toimialakoodin alku, esimerkiksi 25.' }]);
    }
    return {
      myCompanies: {
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              id: 'c-1',
              name: 'Lahden Puutyö Oy',
              businessId: '1234567-1',
              homeMunicipalityCode: '398',
              homeEmploymentAreaId: 'area-lahti',
              verificationStatus: 'VERIFIED',
              sizeClass: 'SMALL_10_49',
              industry: { code: '16.23', section: 'C', sectionNameFi: 'Teollisuus' },
              crm: { tags: [], responsibleCoordinators: [{ userId: 'u-kaisa', displayName: 'Kaisa Koordinaattori' }] },
            },
          },
        ],
      },
    };
  },
});

vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({
    roles: ['COORDINATOR'],
    hasRole: (...roles: string[]) => roles.includes('COORDINATOR'),
    organization: { id: 'org-lahti', name: 'Lahden työllisyyspalvelut' },
    me: { id: 'u-kaisa', email: 'koordinaattori.lahti@ytmt.example' },
  }),
}));

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

const renderAt = (at: string) =>
  renderPage(
    <>
      <CompaniesPage />
      <Address />
    </>,
    { at, path: '/coordinator/companies' },
  );

const lastFilter = () => calls.filter((call) => call.operation === 'MyCompanies').at(-1)?.variables.filter;

describe('the company list filters', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });

  it('reads industry, code, sizes and coordinator from the address and sends them', async () => {
    renderAt('/coordinator/companies?industry=C&code=16&sizes=MICRO_1_9,SMALL_10_49&coordinator=u-kaisa');
    expect(await screen.findByRole('link', { name: 'Lahden Puutyö Oy' })).toBeInTheDocument();
    expect(lastFilter()).toEqual({ industrySection: 'C', industryCode: '16', sizes: ['MICRO_1_9', 'SMALL_10_49'], responsibleCoordinatorId: 'u-kaisa' });
    expect(screen.getByLabelText('Toimiala (TOL 2008 -pääluokka)')).toHaveValue('C');
    expect(await screen.findByRole('option', { name: 'Kaisa Koordinaattori' })).toBeInTheDocument();
    expect(screen.getByLabelText('Vastuukoordinaattori')).toHaveValue('u-kaisa');
    expect(screen.getByRole('checkbox', { name: 'Mikroyritys, 1–9 henkilöä' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Keskisuuri yritys, 50–249 henkilöä' })).not.toBeChecked();
  });

  it('applies the chosen filters and keeps them in the address; clearing empties them', async () => {
    renderAt('/coordinator/companies');
    expect(await screen.findByRole('option', { name: 'Kalle Kumppanuus' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Toimiala (TOL 2008 -pääluokka)'), 'J');
    await userEvent.selectOptions(screen.getByLabelText('Vastuukoordinaattori'), 'u-kalle');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Suuri yritys, vähintään 250 henkilöä' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hae' }));
    await waitFor(() => expect(lastFilter()).toEqual({ industrySection: 'J', sizes: ['LARGE_250_PLUS'], responsibleCoordinatorId: 'u-kalle' }));
    const address = new URLSearchParams(screen.getByTestId('address').textContent ?? '');
    expect(Object.fromEntries(address)).toEqual({ industry: 'J', sizes: 'LARGE_250_PLUS', coordinator: 'u-kalle' });

    await userEvent.click(screen.getByRole('button', { name: 'Tyhjennä rajaukset' }));
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent(/^$/));
    await waitFor(() => expect(lastFilter()).toEqual({}));
  });

  it('tells a refused filter next to its field instead of failing the page', async () => {
    renderAt('/coordinator/companies?code=9x');
    // The API's English message is told in the person's language.
    expect(
      await screen.findByRole('link', { name: 'Toimialakoodi alkaa: Kirjoita toimialakoodin alku, esimerkiksi 25 tai 25.62, valitun toimialan sisältä.' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('companies-table')).toBeNull();
    expect(screen.getByLabelText(/Toimialakoodi alkaa/)).toHaveValue('9x');
  });
});
