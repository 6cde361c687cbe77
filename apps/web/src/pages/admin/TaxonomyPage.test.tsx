import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import TaxonomyPage from './TaxonomyPage';

let labelSv: string | null = null;

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  AdminTaxonomy: () => ({ taxonomyTerms: [{ id: 't1', taxonomy: 'SERVICE_CATEGORY', code: 'COACHING', labelFi: 'Valmennus', labelSv, labelEn: 'Coaching' }] }),
  UpdateAdminTaxonomyTerm: (variables) => {
    labelSv = (variables.input as { labelSv: string }).labelSv;
    return { updateTaxonomyTerm: { id: 't1', labelFi: 'Valmennus', labelSv, labelEn: 'Coaching' } };
  },
  CreateAdminTaxonomyTerm: () => {
    throw new ApiError('badInput', 'Invalid input', [{ path: 'input.code', message: 'code must be UPPER_SNAKE_CASE such as PAY_SUBSIDY' }], 'INVALID_INPUT');
  },
});

describe('the taxonomy admin page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  beforeEach(() => {
    labelSv = null;
  });

  it('marks a missing translation, saves a Swedish label and says so', async () => {
    renderPage(<TaxonomyPage />);
    const row = await screen.findByTestId('term-COACHING');
    expect(within(row).getByText('Käännös puuttuu')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Muokkaa termiä COACHING' }));
    const form = screen.getByRole('form', { name: 'Muokkaa termiä COACHING' });
    await userEvent.type(within(form).getByLabelText(/^Nimi ruotsiksi/), 'Coachning');
    await userEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Termin COACHING nimet tallennettiin.')).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'UpdateAdminTaxonomyTerm')?.variables).toEqual({ id: 't1', input: { labelFi: 'Valmennus', labelSv: 'Coachning', labelEn: 'Coaching' } });
    await waitFor(() => expect(within(screen.getByTestId('term-COACHING')).getByText('Coachning')).toBeInTheDocument());
  });

  it('shows a bad code as a field error', async () => {
    renderPage(<TaxonomyPage />);
    await screen.findByTestId('term-COACHING');
    const form = screen.getByRole('form', { name: 'Uusi termi' });
    await userEvent.type(within(form).getByLabelText(/^Koodi/), 'huono');
    await userEvent.type(within(form).getByLabelText(/^Nimi suomeksi/), 'Uusi');
    await userEvent.click(within(form).getByRole('button', { name: 'Lisää termi' }));
    expect(await screen.findByText(/Lomakkeessa on 1 virhe/)).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'CreateAdminTaxonomyTerm')?.variables).toMatchObject({ input: { taxonomy: 'SERVICE_CATEGORY', code: 'huono', labelFi: 'Uusi' } });
  });
});
