import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import ProvidersPage from './ProvidersPage';

const node = (id: string, name: string) => ({ id, name, type: 'ASSOCIATION', sector: 'THIRD_SECTOR', businessId: null, website: null, email: null, phone: null, homeMunicipalityCode: '091', employmentAreaId: null });

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  AdminOrganizations: (variables) =>
    variables.after
      ? { organizations: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: 'c2' }, edges: [{ node: node('o2', 'Silta ry') }] } }
      : { organizations: { totalCount: 2, pageInfo: { hasNextPage: true, endCursor: 'c1' }, edges: [{ node: node('o1', 'Esteetön Työelämä ry') }] } },
  CreateAdminProvider: (variables) => {
    if (!(variables.input as { homeMunicipalityCode: string }).homeMunicipalityCode) {
      throw new ApiError('badInput', 'Invalid input', [{ path: 'input.homeMunicipalityCode', message: 'homeMunicipalityCode must be three digits' }], 'INVALID_INPUT');
    }
    return { createProvider: { id: 'o3', name: 'Uusi ry' } };
  },
  UpdateAdminProvider: () => ({ updateProvider: { id: 'o1', name: 'Esteetön Työelämä ry' } }),
});

describe('the providers admin page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });

  it('pages forward and back', async () => {
    renderPage(<ProvidersPage />);
    expect(await screen.findByText('Esteetön Työelämä ry')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Seuraava sivu' }));
    expect(await screen.findByText('Silta ry')).toBeInTheDocument();
    expect(calls.at(-1)?.variables).toMatchObject({ after: 'c1' });
    await userEvent.click(screen.getByRole('button', { name: 'Edellinen sivu' }));
    expect(await screen.findByText('Esteetön Työelämä ry')).toBeInTheDocument();
  });

  it('creates a provider, showing a missing home municipality as a field error first', async () => {
    renderPage(<ProvidersPage />);
    await screen.findByText('Esteetön Työelämä ry');
    const form = screen.getByRole('form', { name: 'Uusi palveluntuottaja' });
    await userEvent.type(within(form).getByLabelText(/^Nimi/), 'Uusi ry');
    await userEvent.click(within(form).getByRole('button', { name: 'Luo palveluntuottaja' }));
    expect(await screen.findByText(/Lomakkeessa on 1 virhe/)).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText(/^Kotikunnan kuntanumero/), '398');
    await userEvent.click(within(form).getByRole('button', { name: 'Luo palveluntuottaja' }));
    expect(await screen.findByText('Palveluntuottaja Uusi ry luotiin.')).toBeInTheDocument();
    expect(calls.filter((c) => c.operation === 'CreateAdminProvider').at(-1)?.variables).toEqual({
      input: { name: 'Uusi ry', type: 'ASSOCIATION', sector: 'THIRD_SECTOR', homeMunicipalityCode: '398' },
    });
  });

  it('edits a provider in place', async () => {
    renderPage(<ProvidersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Muokkaa organisaatiota Esteetön Työelämä ry' }));
    const form = screen.getByRole('form', { name: 'Muokkaa: Esteetön Työelämä ry' });
    await userEvent.type(within(form).getByLabelText(/^Puhelin/), '09 123 4567');
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.getByText('Organisaation Esteetön Työelämä ry tiedot tallennettiin.')).toBeInTheDocument());
    expect(calls.find((c) => c.operation === 'UpdateAdminProvider')?.variables).toMatchObject({ id: 'o1', input: { phone: '09 123 4567', homeMunicipalityCode: '091' } });
  });
});
