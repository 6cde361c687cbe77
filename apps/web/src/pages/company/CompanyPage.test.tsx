import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import i18next from 'i18next';
import { localizeCompanyError, safeWebsite } from './company-errors';
import CompanyPage from './CompanyPage';

let myRole: 'ADMIN' | 'MEMBER' = 'ADMIN';
let users: { userId: string; displayName: string; email: string; role: 'ADMIN' | 'MEMBER' }[] = [];
let invitations: { id: string; email: string; role: 'ADMIN' | 'MEMBER'; expiresAt: string; expired: boolean }[] = [];
let verificationStatus: 'PENDING' | 'VERIFIED' = 'VERIFIED';

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  EmployerCompany: () => ({
    company: {
      id: 'org-1',
      name: 'Lahden Konepaja Oy',
      businessId: '9101001-5',
      type: 'COMPANY',
      sizeClass: 'MEDIUM_50_249',
      industry: { code: '28.41', section: 'C', sectionNameFi: 'Teollisuus' },
      homeMunicipalityCode: '398',
      operatingMunicipalityCodes: ['098'],
      email: null,
      phone: '03 123 4567',
      website: 'https://konepaja.example',
      verificationStatus,
      users: users.map((u) => (u.userId === 'me' ? { ...u, role: myRole } : u)),
      invitations: myRole === 'ADMIN' ? invitations : null,
    },
  }),
  MunicipalityName: (variables) => ({ municipality: { code: variables.code, nameFi: variables.code === '398' ? 'Lahti' : 'Hollola', nameSv: variables.code === '398' ? 'Lahtis' : 'Hollola' } }),
  InviteCompanyUser: (variables) => {
    const input = variables.input as { email: string; role: 'ADMIN' | 'MEMBER' };
    if (!input.email.includes('@')) {
      throw new ApiError('badInput', 'Invalid input', [{ path: 'input.email', message: 'email must be an email' }], 'INVALID_INPUT');
    }
    invitations = [...invitations, { id: 'inv-1', email: input.email, role: input.role, expiresAt: '2026-12-20T10:00:00.000Z', expired: false }];
    return { inviteCompanyUser: { acceptPath: '/invitations/salainen-kutsutunniste-1234', invitation: { id: 'inv-1', email: input.email, role: input.role } } };
  },
  RevokeCompanyInvitation: () => {
    invitations = [];
    return { revokeCompanyInvitation: { id: 'inv-1' } };
  },
  UpdateCompanyWebsite: () => {
    throw new ApiError('badInput', 'Invalid input', [{ path: 'input.website', message: 'website must be a URL address' }], 'INVALID_INPUT');
  },
  RemoveCompanyUser: () => {
    throw new ApiError('conflict', 'email: a company account needs at least one ADMIN', [{ path: 'email', message: 'a company account needs at least one ADMIN' }], 'LAST_COMPANY_ADMIN');
  },
});

vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({ roles: ['EMPLOYER_USER'], organization: { id: 'org-1', name: 'Lahden Konepaja Oy' }, me: { id: 'me' } }),
}));

const openPage = () => renderPage(<CompanyPage />);

// The design system renders slowly in jsdom on a busy machine.
describe('the company page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  beforeEach(() => {
    myRole = 'ADMIN';
    invitations = [];
    verificationStatus = 'VERIFIED';
    users = [{ userId: 'me', displayName: 'Timo Työnantaja', email: 'tyonantaja.lahti@ytmt.example', role: 'ADMIN' }];
  });

  it('shows the details in words', async () => {
    openPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Lahden Konepaja Oy' })).toBeInTheDocument();
    expect(screen.getByTestId('company-industry')).toHaveTextContent('Teollisuus (TOL 28.41)');
    expect(screen.getByTestId('company-size')).toHaveTextContent('Keskisuuri yritys, 50–249 henkilöä');
    await waitFor(() => expect(screen.getByTestId('company-home-municipality')).toHaveTextContent('Lahti'));
    expect(screen.getByTestId('company-business-id')).toHaveTextContent('9101001-5');
  });

  it('lets an admin invite a person, showing the address and the link but no name, and tells a malformed address', async () => {
    openPage();
    const email = await screen.findByLabelText(/^Sähköpostiosoite/);
    await userEvent.type(email, 'ei-osoite');
    await userEvent.click(screen.getByRole('button', { name: 'Lähetä kutsu' }));
    const summary = await screen.findByText(/Lomakkeessa on 1 virhe/);
    expect(summary).toBeInTheDocument();
    expect(screen.getAllByText(/Anna sähköpostiosoite muodossa nimi@esimerkki.fi./).length).toBeGreaterThanOrEqual(2);

    await userEvent.clear(email);
    await userEvent.type(email, 'tyonhakija.sami@ytmt.example');
    await userEvent.click(screen.getByRole('button', { name: 'Lähetä kutsu' }));
    await waitFor(() => expect(screen.getByTestId('company-users-status')).toHaveTextContent('Kutsu tehtiin osoitteeseen tyonhakija.sami@ytmt.example.'));
    expect(screen.getByTestId('company-invitation-link')).toHaveTextContent('/invitations/salainen-kutsutunniste-1234');
    const table = await screen.findByTestId('company-invitations');
    expect(table).toHaveTextContent('tyonhakija.sami@ytmt.example');
    expect(screen.queryByText(/Sami Salonen/)).toBeNull();
    expect(calls.find((call) => call.operation === 'InviteCompanyUser')?.variables).toMatchObject({ input: { email: 'ei-osoite', role: 'MEMBER' } });

    await userEvent.click(screen.getByRole('button', { name: 'Peru kutsu osoitteeseen tyonhakija.sami@ytmt.example' }));
    await waitFor(() => expect(screen.getByTestId('company-users-status')).toHaveTextContent('Kutsu osoitteeseen tyonhakija.sami@ytmt.example peruttiin.'));
    expect(calls.find((call) => call.operation === 'RevokeCompanyInvitation')?.variables).toEqual({ invitationId: 'inv-1' });
  });

  it('tells the employer while the company account awaits verification', async () => {
    verificationStatus = 'PENDING';
    openPage();
    expect(await screen.findByTestId('company-pending')).toHaveTextContent('Yrityksen tili odottaa vahvistusta');
  });

  it('keeps the last admin calmly', async () => {
    openPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Poista käyttäjä Timo Työnantaja' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Poista käyttäjä' }));
    expect(await within(dialog).findByText(/Yrityksellä on oltava vähintään yksi pääkäyttäjä/)).toBeInTheDocument();
  });

  it('lets an admin edit the website and tells a malformed address in words', async () => {
    openPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Muokkaa verkkosivua' }));
    const website = screen.getByLabelText(/^Verkkosivun osoite/);
    expect(website).toHaveValue('https://konepaja.example');
    await userEvent.clear(website);
    await userEvent.type(website, 'konepaja');
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna verkkosivu' }));
    expect(await screen.findByText('Anna verkkosivun osoite kokonaisena, esimerkiksi https://www.yritys.fi.')).toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'UpdateCompanyWebsite')?.variables).toEqual({ id: 'org-1', input: { website: 'konepaja' } });
  });

  it('shows a member the users without the controls', async () => {
    myRole = 'MEMBER';
    openPage();
    expect(await screen.findByText('Vain yrityksen pääkäyttäjät voivat kutsua ja poistaa käyttäjiä.')).toBeInTheDocument();
    expect(screen.queryByTestId('company-pending')).toBeNull();
    expect(screen.queryByRole('button', { name: /Poista/ })).toBeNull();
    expect(screen.queryByLabelText(/^Sähköpostiosoite/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Muokkaa verkkosivua' })).toBeNull();
  });
});

describe('company errors', () => {
  beforeAll(() => {
    initTestI18n('sv');
  });

  it('tells the known problems in the person’s language and keeps the others', () => {
    const t = i18next.getFixedT('sv');
    const already = localizeCompanyError(new ApiError('conflict', 'x', [{ path: 'input.email', message: 'is already a user of this company' }], 'ALREADY_COMPANY_USER'), t) as ApiError;
    expect(already.fieldMessage('input.email')).toBe('Personen är redan användare för företaget.');
    const other = localizeCompanyError(new ApiError('badInput', 'x', [{ path: 'input.role', message: 'role must be…' }], 'INVALID_INPUT'), t) as ApiError;
    expect(other.fieldMessage('input.role')).toBe('role must be…');
  });

  it('links only web addresses', () => {
    expect(safeWebsite('https://konepaja.example')).toBe('https://konepaja.example');
    expect(safeWebsite('javascript:alert(1)')).toBeNull();
    expect(safeWebsite(null)).toBeNull();
  });
});
