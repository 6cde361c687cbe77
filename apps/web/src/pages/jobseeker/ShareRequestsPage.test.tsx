import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import ShareRequestsPage from './ShareRequestsPage';

const calls: { operation: string; variables: unknown }[] = [];
let requests: Record<string, unknown>[] = [];
let failAnswerWith: ApiError | null = null;

function request(id: string, status: string, needTitle: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    companyName: 'Lahden Konepaja Oy',
    needTitle,
    needMunicipalityCode: '398',
    message: null,
    wouldShare: ['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin'],
    requestedAt: '2026-12-01T08:00:00.000Z',
    deadline: '2026-12-20T10:00:00.000Z',
    answeredAt: null,
    status,
    ...extra,
  };
}

vi.mock('../../shared/api/client', () => ({
  request: vi.fn(async (document: { toString(): string }, variables: unknown) => {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? '';
    calls.push({ operation, variables });
    switch (operation) {
      case 'MyShareRequests':
        return { myShareRequests: requests };
      case 'MunicipalityName':
        return { municipality: { code: '398', nameFi: 'Lahti', nameSv: 'Lahtis' } };
      case 'AnswerShareRequest': {
        if (failAnswerWith) throw failAnswerWith;
        const { input } = variables as { input: { id: string; accept: boolean } };
        requests = requests.map((r) => (r.id === input.id ? { ...r, status: input.accept ? 'ACCEPTED' : 'DECLINED', answeredAt: '2026-12-06T09:00:00.000Z' } : r));
        return { answerShareRequest: { id: input.id, status: input.accept ? 'ACCEPTED' : 'DECLINED', answeredAt: '2026-12-06T09:00:00.000Z' } };
      }
      case 'RevokeShareRequest': {
        const { id } = variables as { id: string };
        requests = requests.map((r) => (r.id === id ? { ...r, status: 'REVOKED' } : r));
        return { revokeShareRequest: { id, status: 'REVOKED' } };
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
      <MemoryRouter>
          <ShareRequestsPage />
      </MemoryRouter>
    </QueryClientProvider>,
    { container: document.getElementById('root') ?? undefined },
  );
}

// The design system renders slowly in jsdom on a busy machine.
describe('the share requests page', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
    window.requestAnimationFrame = (callback) => {
      callback(0);
      return 0;
    };
  });
  afterEach(cleanup);
  beforeEach(() => {
    // The app element, which the modal hides from assistive technology while open; the page renders in it.
    const root = document.createElement('div');
    root.id = 'root';
    document.body.appendChild(root);
    calls.length = 0;
    failAnswerWith = null;
    requests = [
      request('r1', 'REQUESTED', 'Keräilijä iltavuoroon', { message: 'Iltavuoro, 20–30 h viikossa.' }),
      request('r2', 'EXPIRED', 'Varastotyöntekijä', { deadline: '2026-11-20T10:00:00.000Z' }),
      request('r3', 'CANCELLED', 'Pakkaaja'),
    ];
  });

  it('shows who asks, for which need, what would be shared, the deadline and every state in words', async () => {
    renderPage();
    const open = await screen.findByTestId('share-requests-open');
    const waiting = within(open).getByTestId('share-request');
    expect(within(waiting).getByRole('heading', { name: 'Keräilijä iltavuoroon' })).toBeInTheDocument();
    expect(within(waiting).getByTestId('share-request-company')).toHaveTextContent('Lahden Konepaja Oy');
    expect(within(waiting).getByTestId('share-request-would-share')).toHaveTextContent('etunimi, sukunimi, sähköpostiosoite ja puhelinnumero');
    expect(within(waiting).getByText('Iltavuoro, 20–30 h viikossa.')).toBeInTheDocument();
    await within(waiting).findByText('Lahti');
    expect(within(waiting).getByTestId('share-request-status')).toHaveTextContent(/Odottaa vastausta.*Vastaa viimeistään 20\.12\.2026/);
    const closed = within(screen.getByTestId('share-requests-closed')).getAllByTestId('share-request');
    expect(closed.map((card) => card.getAttribute('data-status'))).toEqual(['EXPIRED', 'CANCELLED']);
    expect(within(closed[0]).getByTestId('share-request-status')).toHaveTextContent('Vastausaika päättyi 20.11.2026. Tietojasi ei jaettu.');
    expect(within(closed[1]).getByTestId('share-request-status')).toHaveTextContent('Pyytäjä perui pyynnön.');
    expect(within(closed[0]).queryByRole('button')).toBeNull();
  });

  it('accepts after a confirmation that says what is shared with whom, then revokes with one that says what revoking does not undo', async () => {
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Hyväksy' }));
    const accept = await screen.findByTestId('accept-dialog');
    expect(within(accept).getByTestId('accept-explained')).toHaveTextContent(
      'Lahden Konepaja Oy näkee tarpeen ”Keräilijä iltavuoroon” kohdalla nämä tietosi: etunimi, sukunimi, sähköpostiosoite ja puhelinnumero.',
    );
    await userEvent.click(screen.getByTestId('accept-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('share-requests-status')).toHaveTextContent('Hyväksyit jakopyynnön.'));
    // The closed dialog leaves the page readable to assistive technology.
    await waitFor(() => expect(document.getElementById('root')).not.toHaveAttribute('aria-hidden', 'true'));
    expect(calls.find((c) => c.operation === 'AnswerShareRequest')?.variables).toEqual({ input: { id: 'r1', accept: true } });
    expect(await screen.findByTestId('share-requests-none-open')).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Peru jakaminen' }));
    const revoke = await screen.findByTestId('revoke-dialog');
    expect(within(revoke).getByTestId('revoke-explained')).toHaveTextContent('ei enää näe tarpeen ”Keräilijä iltavuoroon” kohdalla nimeäsi');
    expect(within(revoke).getByTestId('revoke-explained')).toHaveTextContent('lokiin jää merkintä katseluista');
    await userEvent.click(screen.getByTestId('revoke-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('share-requests-status')).toHaveTextContent('Peruit jakamisen.'));
    expect(calls.find((c) => c.operation === 'RevokeShareRequest')?.variables).toEqual({ id: 'r1' });
    await waitFor(() => expect(screen.getAllByTestId('share-request').find((c) => c.getAttribute('data-status') === 'REVOKED')).toBeTruthy());
  });

  it('says in words when the deadline passed before the answer, and the dialog stays open', async () => {
    failAnswerWith = new ApiError('conflict', 'the deadline has passed', [], 'SHARE_REQUEST_EXPIRED');
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Kieltäydy' }));
    await userEvent.click(await screen.findByTestId('decline-dialog-confirm'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vastausaika on jo päättynyt, joten pyyntöön ei voi enää vastata.');
    expect(screen.getByTestId('decline-dialog')).toBeInTheDocument();
  });
});
