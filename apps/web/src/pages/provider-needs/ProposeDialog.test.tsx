import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import { calls, renderPage, stubApi } from '../../test-kit/render-page';
import MyProposalsPage, { countByStatus } from './MyProposalsPage';
import { parseAmount, ProposeDialog } from './ProposeDialog';

let refusePrice = false;
let proposals: { id: string; status: 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN'; answerReason: string | null }[] = [];

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  ProviderProposeServices: (variables) => {
    if (refusePrice) throw new ApiError('badInput', 'Invalid input', [{ path: 'input.price', message: 'a charged service needs a price' }]);
    return { proposeServices: (variables.input as { serviceIds: string[] }).serviceIds.map((id) => ({ id: `p-${id}`, serviceName: id, status: 'OPEN' })) };
  },
  ProviderMyProposals: () => ({
    myProposals: proposals.map((p) => ({
      ...p,
      needId: 'need-1',
      needTitle: 'Perehdytys konepajaan',
      serviceId: 'svc-1',
      serviceName: 'Työhönvalmennus',
      message: 'Tarjoamme työhönvalmentajan kolmeksi kuukaudeksi.',
      price: p.id === 'a' ? { amount: 480, currency: 'EUR', unit: 'kokonaishinta' } : null,
      answeredAt: p.answerReason ? '2026-11-02T10:00:00.000Z' : null,
      createdAt: '2026-11-01T10:00:00.000Z',
      withdrawnAt: null,
    })),
  }),
  ProviderWithdrawProposal: (variables) => {
    proposals = proposals.map((p) => (p.id === variables.proposalId ? { ...p, status: 'WITHDRAWN' } : p));
    return { withdrawProposal: { id: variables.proposalId, status: 'WITHDRAWN', withdrawnAt: '2026-11-03T10:00:00.000Z' } };
  },
});

const SERVICES = [
  { id: 'free-1', name: { fi: 'Työkokeilun tuki', sv: 'Stöd för arbetsprövning', en: null }, isFree: true, costOptions: [] },
  { id: 'paid-1', name: { fi: 'Työhönvalmennus', sv: null, en: null }, isFree: false, costOptions: [{ amount: 450, currency: 'EUR', unit: 'kuukausi' }] },
];

describe('proposing services to a need', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });
  beforeEach(() => {
    calls.length = 0;
    refusePrice = false;
  });

  it('reads amounts the way people write them', () => {
    expect(parseAmount('480')).toBe(480);
    expect(parseAmount('480,50')).toBe(480.5);
    expect(parseAmount('1 200')).toBe(1200);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('noin sata')).toBeNull();
  });

  it('says what is missing next to each field before sending anything', async () => {
    renderPage(<ProposeDialog need={{ id: 'need-1', title: 'Perehdytys konepajaan' }} services={SERVICES} onClose={() => undefined} onProposed={() => undefined} />);
    const dialog = await screen.findByTestId('propose-dialog');
    await userEvent.click(screen.getByTestId('propose-confirm'));
    expect(within(dialog).getByText('Valitse vähintään yksi palvelu.')).toBeInTheDocument();
    expect(within(dialog).getByText('Kirjoita viesti, vähintään 10 merkkiä.')).toBeInTheDocument();
    expect(calls.some((call) => call.operation === 'ProviderProposeServices')).toBe(false);
  });

  it('asks a price for a charged service and sends it with the message', async () => {
    const proposed = vi.fn();
    renderPage(<ProposeDialog need={{ id: 'need-1', title: 'Perehdytys konepajaan' }} services={SERVICES} onClose={() => undefined} onProposed={proposed} />);
    await screen.findByTestId('propose-dialog');
    expect(screen.queryByLabelText(/^Hinta \(€\)/)).toBeNull();
    await userEvent.click(screen.getByLabelText(/Työhönvalmennus/));
    await userEvent.click(screen.getByLabelText(/Työkokeilun tuki/));
    await userEvent.type(screen.getByLabelText(/^Viesti työnantajalle/), 'Valmentaja tukee perehdytyksessä kolme kuukautta.');
    await userEvent.click(screen.getByTestId('propose-confirm'));
    expect(screen.getByText('Anna hinta numerona, esim. 480 tai 480,50.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Hinta \(€\)/), '1 350,50');
    await userEvent.type(screen.getByLabelText(/^Hinnan peruste/), 'kokonaishinta');
    await userEvent.click(screen.getByTestId('propose-confirm'));
    await waitFor(() => expect(proposed).toHaveBeenCalledWith(2));
    expect(calls.find((call) => call.operation === 'ProviderProposeServices')?.variables).toEqual({
      input: {
        needId: 'need-1',
        serviceIds: ['paid-1', 'free-1'],
        message: 'Valmentaja tukee perehdytyksessä kolme kuukautta.',
        price: { amount: 1350.5, currency: 'EUR', unit: 'kokonaishinta' },
      },
    });
  });

  it("shows the API's field error next to the price", async () => {
    refusePrice = true;
    renderPage(<ProposeDialog need={{ id: 'need-1', title: 'Perehdytys konepajaan' }} services={SERVICES} onClose={() => undefined} onProposed={() => undefined} />);
    await screen.findByTestId('propose-dialog');
    await userEvent.click(screen.getByLabelText(/Työhönvalmennus/));
    await userEvent.type(screen.getByLabelText(/^Viesti työnantajalle/), 'Valmentaja tukee perehdytyksessä.');
    await userEvent.type(screen.getByLabelText(/^Hinta \(€\)/), '100');
    await userEvent.click(screen.getByTestId('propose-confirm'));
    expect(await screen.findByText('a charged service needs a price')).toBeInTheDocument();
  });
});

describe('my proposals', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('counts proposals by status', () => {
    expect(countByStatus([{ status: 'OPEN' }, { status: 'OPEN' }, { status: 'DECLINED' }])).toEqual({ OPEN: 2, ACCEPTED: 0, DECLINED: 1, WITHDRAWN: 0 });
  });

  it('lists them with counts, shows the answer, and withdraws an open one', async () => {
    proposals = [
      { id: 'a', status: 'OPEN', answerReason: null },
      { id: 'b', status: 'DECLINED', answerReason: 'Hoidamme perehdytyksen itse.' },
    ];
    renderPage(<MyProposalsPage />);
    expect(await screen.findByRole('button', { name: 'Odottaa vastausta (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hylätty (1)' })).toBeInTheDocument();
    expect(screen.getByTestId('my-proposal-reason')).toHaveTextContent('Hoidamme perehdytyksen itse.');
    expect(screen.getAllByTestId('my-proposal')[0]).toHaveTextContent(/480,00\s€ kokonaishinta/);
    await userEvent.click(screen.getByTestId('withdraw'));
    await userEvent.click(await screen.findByTestId('withdraw-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('withdraw-done')).toHaveTextContent('Ehdotus on peruttu.'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Peruttu (1)' })).toBeInTheDocument());
    expect(screen.queryByTestId('withdraw')).toBeNull();
  });
});
