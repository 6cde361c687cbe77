import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import CompaniesPage from './CompaniesPage';
import CompanyCrmPage from './CompanyCrmPage';
import RegisterCompanyPage from './RegisterCompanyPage';

let verificationStatus: 'PENDING' | 'VERIFIED' = 'PENDING';
let responsible = [{ userId: 'me', displayName: 'Kaisa Koordinaattori' }];
let interactions: { id: string; kind: string; occurredAt: string; summary: string; outcome: string | null; nextStep: string | null; visibility: string; authorEmploymentAreaId: string }[] = [];

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  CompanyCrm: () => ({
    company: {
      id: 'c-1',
      name: 'Lahden Puutyö Oy',
      businessId: '1234567-1',
      type: 'COMPANY',
      sizeClass: 'SMALL_10_49',
      industry: { code: null, section: 'C', sectionNameFi: 'Teollisuus' },
      homeMunicipalityCode: '398',
      homeEmploymentAreaId: 'area-lahti',
      operatingMunicipalityCodes: [],
      email: null,
      phone: null,
      website: null,
      verificationStatus,
      verifiedAt: null,
      crm: { tags: ['metalli'], sharedWithEmploymentAreaIds: [], responsibleCoordinators: responsible },
      transfers: [],
    },
  }),
  MyArea: () => ({
    organization: { id: 'org-lahti', employmentAreaId: 'area-lahti' },
    employmentAreas: [
      { id: 'area-lahti', nameFi: 'Lahden seudun työllisyysalue', nameSv: 'Lahtis' },
      { id: 'area-helsinki', nameFi: 'Helsingin työllisyysalue', nameSv: 'Helsingfors' },
    ],
  }),
  MunicipalityName: (variables) => ({ municipality: { code: variables.code, nameFi: 'Lahti', nameSv: 'Lahtis' } }),
  CompanyContacts: () => ({ companyContacts: [{ id: 'p-1', name: 'Pirjo Puutyö', title: 'HR', email: null, phone: null, updatedAt: '2026-01-01T00:00:00Z' }] }),
  CompanyInteractions: () => ({ companyInteractions: interactions }),
  CompanyNeedsForCoordinator: () => ({ companyNeeds: [{ id: 'n-1', title: 'Puuseppä', stage: 'IDENTIFIED', updatedAt: '2026-01-01T00:00:00Z' }] }),
  MyCompanies: () => ({
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
            verificationStatus: 'PENDING',
            sizeClass: 'SMALL_10_49',
            industry: { code: null, section: 'C', sectionNameFi: 'Teollisuus' },
            crm: { tags: ['metalli'], responsibleCoordinators: [{ userId: 'me', displayName: 'Kaisa Koordinaattori' }] },
          },
        },
      ],
    },
  }),
  MyTasks: () => ({ myTasksDue: [] }),
  LogInteraction: (variables) => {
    const input = variables.input as { summary: string; kind: string; occurredAt: string; visibility: string };
    if (input.summary === '') throw new ApiError('badInput', 'Invalid input', [{ path: 'input.summary', message: 'Kerro, mistä puhuttiin.' }]);
    interactions = [{ id: 'i-1', outcome: null, nextStep: null, authorEmploymentAreaId: 'area-lahti', ...input }];
    return { logInteraction: { id: 'i-1' } };
  },
  MyAreaCoordinators: () => ({ myAreaCoordinators: [{ userId: 'me', displayName: 'Kaisa Koordinaattori' }] }),
  UnassignResponsibleCoordinator: (variables) => {
    responsible = responsible.filter((c) => c.userId !== variables.coordinatorUserId);
    return { unassignResponsibleCoordinator: { id: 'c-1' } };
  },
  VerifyCompany: () => {
    verificationStatus = 'VERIFIED';
    return { verifyCompany: { id: 'c-1', verificationStatus } };
  },
  CreateCompanyForCustomer: () => {
    throw new ApiError('badInput', 'Invalid input', [{ path: 'input.businessId', message: 'Y-tunnuksen tarkiste ei täsmää.' }]);
  },
});

vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({
    roles: ['COORDINATOR'],
    hasRole: (...roles: string[]) => roles.includes('COORDINATOR'),
    organization: { id: 'org-lahti', name: 'Lahden työllisyyspalvelut' },
    me: { id: 'me', email: 'koordinaattori.lahti@ytmt.example' },
  }),
}));

const renderAt = (at: string) =>
  renderPage(
    <Routes>
      <Route path="/coordinator/companies" element={<CompaniesPage />} />
      <Route path="/coordinator/companies/new" element={<RegisterCompanyPage />} />
      <Route path="/coordinator/companies/:id" element={<CompanyCrmPage />} />
    </Routes>,
    { at },
  );

describe('the coordinator company pages', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  beforeEach(() => {
    verificationStatus = 'PENDING';
    interactions = [];
    responsible = [{ userId: 'me', displayName: 'Kaisa Koordinaattori' }];
  });

  it('shows the CRM with the audit note, the needs as links, and only an area admin may share', async () => {
    renderAt('/coordinator/companies/c-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lahden Puutyö Oy' })).toBeInTheDocument();
    expect(screen.getByTestId('crm-contacts-audited')).toHaveTextContent('jokainen katselu tallentuu lokiin');
    expect(await screen.findByText('Pirjo Puutyö')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Puuseppä' })).toHaveAttribute('href', '/coordinator/needs/n-1');
    expect(within(screen.getByTestId('crm-sharing')).queryByRole('button', { name: 'Jaa yritys' })).toBeNull();
    expect(within(screen.getByTestId('crm-sharing')).getByText(/aluevastaava voi jakaa/)).toBeInTheDocument();
  });

  it('logs an interaction: an empty summary is told next to the field, a filled one joins the timeline', async () => {
    renderAt('/coordinator/companies/c-1');
    const log = await screen.findByRole('button', { name: 'Kirjaa yhteydenotto' });
    await userEvent.click(log);
    expect(await screen.findByRole('link', { name: 'Mistä puhuttiin: Kerro, mistä puhuttiin.' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Tapa'), 'VISIT');
    await userEvent.type(screen.getByLabelText(/Mistä puhuttiin/), 'Työkokeilu kahdelle');
    await userEvent.selectOptions(screen.getByLabelText('Kuka näkee'), 'SHARED');
    await userEvent.click(log);
    const timeline = await screen.findByTestId('crm-timeline');
    expect(timeline).toHaveTextContent('Työkokeilu kahdelle');
    expect(timeline).toHaveTextContent('Käynti · Kaikki alueet, joilla yritys näkyy');
    const sent = calls.filter((call) => call.operation === 'LogInteraction').at(-1)?.variables as { input: { occurredAt: string; kind: string } };
    expect(sent.input.kind).toBe('VISIT');
    expect(Number.isNaN(Date.parse(sent.input.occurredAt))).toBe(false);
  });

  it('verifies a pending company', async () => {
    renderAt('/coordinator/companies/c-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Vahvista yrityksen tili' }));
    await waitFor(() => expect(screen.getByTestId('crm-verification')).toHaveTextContent('Vahvistettu'));
    expect(screen.queryByTestId('crm-pending')).toBeNull();
  });

  it('removes a responsible coordinator and says so', async () => {
    renderAt('/coordinator/companies/c-1');
    const section = await screen.findByTestId('crm-coordinators');
    await userEvent.click(await within(section).findByRole('button', { name: 'Poista vastuusta: Kaisa Koordinaattori' }));
    await waitFor(() => expect(within(section).getByRole('status')).toHaveTextContent('Kaisa Koordinaattori ei enää ole vastuukoordinaattori.'));
    expect(calls.find((call) => call.operation === 'UnassignResponsibleCoordinator')?.variables).toEqual({ companyId: 'c-1', coordinatorUserId: 'me' });
    await waitFor(() => expect(section).toHaveTextContent('Yritykselle ei ole nimetty vastuukoordinaattoria.'));
    expect(within(section).getByRole('button', { name: 'Nimeä minut vastuukoordinaattoriksi' })).toBeInTheDocument();
  });

  it('registering a company tells the server’s problem next to the Y-tunnus', async () => {
    renderAt('/coordinator/companies/new');
    await userEvent.type(await screen.findByLabelText(/^Y-tunnus/), '1234567-2');
    await userEvent.click(screen.getByRole('button', { name: 'Rekisteröi yritys' }));
    expect(await screen.findByRole('link', { name: 'Y-tunnus: Y-tunnuksen tarkiste ei täsmää.' })).toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'CreateCompanyForCustomer')?.variables).toMatchObject({
      input: { businessId: '1234567-2', type: 'COMPANY', sizeClass: 'MICRO_1_9', email: null },
    });
  });

  it('lists the companies found, sending only the filters in use', async () => {
    renderAt('/coordinator/companies?q=Puu');
    expect(await screen.findByRole('link', { name: 'Lahden Puutyö Oy' })).toHaveAttribute('href', '/coordinator/companies/c-1');
    expect(screen.getByTestId('companies-count')).toHaveTextContent('1 yritys');
    expect(screen.getByTestId('companies-table')).toHaveTextContent('Odottaa vahvistusta');
    expect(calls.find((call) => call.operation === 'MyCompanies')?.variables).toEqual({ first: 25, after: null, filter: { search: 'Puu' } });
  });
});
