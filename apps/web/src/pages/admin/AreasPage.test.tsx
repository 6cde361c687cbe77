import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import AreasPage from './AreasPage';
import AdminHomePage from './AdminHomePage';

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  AdminAreas: () => ({
    employmentAreas: [
      {
        id: 'a1',
        code: 'lahti',
        nameFi: 'Lahti',
        nameSv: 'Lahtis',
        model: 'SINGLE_MUNICIPALITY',
        municipalities: [
          { code: '398', nameFi: 'Lahti', nameSv: 'Lahtis' },
          { code: '098', nameFi: 'Hollola', nameSv: null },
        ],
      },
    ],
  }),
  UpdateAdminArea: () => ({ updateEmploymentArea: { id: 'a1', nameFi: 'Lahti', nameSv: 'Lahtis stad' } }),
});

describe('the areas admin page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });

  it('lists areas with their member count, renames one in Swedish and removes a member chip', async () => {
    renderPage(<AreasPage />);
    const row = await screen.findByTestId('area-lahti');
    expect(row).toHaveTextContent('Kunta järjestää yksin');
    expect(row).toHaveTextContent('2');
    await userEvent.click(within(row).getByRole('button', { name: 'Muokkaa aluetta Lahti' }));
    const form = screen.getByRole('form', { name: 'Muokkaa aluetta Lahti' });
    const nameSv = within(form).getByLabelText(/^Nimi ruotsiksi/);
    await userEvent.clear(nameSv);
    await userEvent.type(nameSv, 'Lahtis stad');
    await userEvent.click(within(form).getByRole('button', { name: 'Poista Hollola alueelta' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.getByText('Alueen Lahti tiedot tallennettiin.')).toBeInTheDocument());
    expect(calls.find((c) => c.operation === 'UpdateAdminArea')?.variables).toEqual({ id: 'a1', input: { nameFi: 'Lahti', nameSv: 'Lahtis stad', municipalityCodes: ['398'] } });
  });

  it('links the admin landing to the four pages', () => {
    renderPage(<AdminHomePage />);
    for (const [name, href] of [['Työllisyysalueet', '/admin/areas'], ['Luokitukset', '/admin/taxonomy'], ['Palveluntuottajat', '/admin/providers'], ['Käyttäjät', '/admin/users']]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });
});
