import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import UsersPage from './UsersPage';

let memberships: { id: string; role: string; organization: { id: string; name: string } | null }[] = [];

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  AdminUsers: () => ({
    users: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [{ node: { id: 'u1', displayName: 'Mikko Mäkelä', email: 'tyonhakija.mikko@ytmt.example', memberships } }],
    },
  }),
  AdminOrganizations: () => ({
    organizations: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [{ node: { id: 'o1', name: 'Osaamo Koulutus Oy', type: 'COMPANY', sector: 'PRIVATE', businessId: null, website: null, email: null, phone: null, homeMunicipalityCode: '091', employmentAreaId: null } }],
    },
  }),
  AddAdminMembership: () => {
    memberships = [...memberships, { id: 'm2', role: 'PROVIDER_USER', organization: { id: 'o1', name: 'Osaamo Koulutus Oy' } }];
    return { addMembership: { id: 'u1' } };
  },
  RemoveAdminMembership: (variables) => {
    memberships = memberships.filter((m) => m.id !== variables.membershipId);
    return { removeMembership: { id: 'u1' } };
  },
});

describe('the users admin page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  beforeEach(() => {
    memberships = [{ id: 'm1', role: 'JOBSEEKER', organization: null }];
  });

  it('adds a provider role through the organisation search and removes it after confirming', async () => {
    renderPage(<UsersPage />);
    const row = await screen.findByTestId('user-tyonhakija.mikko@ytmt.example');
    await userEvent.click(within(row).getByRole('button', { name: 'Lisää rooli käyttäjälle Mikko Mäkelä' }));
    await userEvent.selectOptions(screen.getByLabelText('Rooli'), 'PROVIDER_USER');
    await userEvent.type(screen.getByLabelText(/^Hae organisaatiota/), 'Osaamo');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Osaamo Koulutus Oy' })).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText('Organisaatio'), 'o1');
    await userEvent.click(within(screen.getByRole('form')).getByRole('button', { name: 'Lisää rooli' }));
    expect(await screen.findByText(/lisättiin rooli/)).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'AddAdminMembership')?.variables).toEqual({ input: { userId: 'u1', role: 'PROVIDER_USER', organizationId: 'o1' } });

    const remove = await screen.findByRole('button', { name: /^Poista rooli .*Osaamo Koulutus Oy/ });
    await userEvent.click(remove);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Poista rooli' }));
    expect(await screen.findByText(/poistettiin rooli/)).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'RemoveAdminMembership')?.variables).toEqual({ membershipId: 'm2' });
  });

  it('searches by the typed text', async () => {
    renderPage(<UsersPage />);
    await screen.findByTestId('user-tyonhakija.mikko@ytmt.example');
    await userEvent.type(screen.getByLabelText(/^Hae nimellä tai sähköpostilla/), 'mikko');
    await waitFor(() => expect(calls.some((c) => c.operation === 'AdminUsers' && c.variables.search === 'mikko')).toBe(true));
  });
});
