import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import ShareRequestsPage from './ShareRequestsPage';

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
    presentedAt: null,
    closure: null,
    ...extra,
  };
}

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyShareRequests: () => ({ myShareRequests: requests }),
  MunicipalityName: () => ({ municipality: { code: '398', nameFi: 'Lahti', nameSv: 'Lahtis' } }),
  AnswerShareRequest: (variables) => {
    if (failAnswerWith) throw failAnswerWith;
    const { input } = variables as { input: { id: string; accept: boolean } };
    requests = requests.map((r) => (r.id === input.id ? { ...r, status: input.accept ? 'ACCEPTED' : 'DECLINED', answeredAt: '2026-12-06T09:00:00.000Z' } : r));
    return { answerShareRequest: { id: input.id, status: input.accept ? 'ACCEPTED' : 'DECLINED', answeredAt: '2026-12-06T09:00:00.000Z' } };
  },
  RevokeShareRequest: (variables) => {
    const { id } = variables as { id: string };
    requests = requests.map((r) => (r.id === id ? { ...r, status: 'REVOKED' } : r));
    return { revokeShareRequest: { id, status: 'REVOKED' } };
  },
});

// The design system renders slowly in jsdom on a busy machine.
describe('the share requests page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  beforeEach(() => {
    failAnswerWith = null;
    requests = [
      request('r1', 'REQUESTED', 'Keräilijä iltavuoroon', { message: 'Iltavuoro, 20–30 h viikossa.' }),
      request('r2', 'EXPIRED', 'Varastotyöntekijä', { deadline: '2026-11-20T10:00:00.000Z' }),
      request('r3', 'CANCELLED', 'Pakkaaja'),
    ];
  });

  it('shows who asks, for which need, what would be shared, the deadline and every state in words', async () => {
    renderPage(<ShareRequestsPage />);
    const open = await screen.findByTestId('share-requests-open');
    const waiting = within(open).getByTestId('share-request');
    expect(within(waiting).getByRole('heading', { name: 'Keräilijä iltavuoroon' })).toBeInTheDocument();
    expect(within(waiting).getByTestId('share-request-company')).toHaveTextContent('Lahden Konepaja Oy');
    expect(within(waiting).getByTestId('share-request-would-share')).toHaveTextContent('etunimi, sukunimi, sähköpostiosoite ja puhelinnumero');
    expect(within(waiting).getByText('Iltavuoro, 20–30 h viikossa.')).toBeInTheDocument();
    await within(waiting).findByText('Lahti');
    expect(within(waiting).getByTestId('share-request-status')).toHaveTextContent(/Odottaa vastausta.*Vastaa viimeistään 20\.12\.2026/);
    const closed = within(screen.getByTestId('share-requests-closed')).getAllByTestId('share-request');
    // Ended newest first: the cancelled one (undated, so by its request day 1.12.) before the expiry of 20.11.
    expect(closed.map((card) => card.getAttribute('data-status'))).toEqual(['CANCELLED', 'EXPIRED']);
    expect(within(closed[1]).getByTestId('share-request-status')).toHaveTextContent('Vastausaika päättyi 20.11.2026. Tietojasi ei jaettu.');
    expect(within(closed[0]).getByTestId('share-request-status')).toHaveTextContent('Pyytäjä perui pyynnön.');
    expect(within(closed[1]).queryByRole('button')).toBeNull();
  });

  it('accepts after a confirmation that says what is shared with whom, then revokes with one that says what revoking does not undo', async () => {
    renderPage(<ShareRequestsPage />);
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
    // An accepted request is still an open candidacy: now the coordinator's turn.
    await waitFor(() => expect(within(screen.getByTestId('share-requests-open')).getByTestId('share-request-status')).toHaveAttribute('data-stage', 'SHARED'));
    expect(within(screen.getByTestId('share-requests-open')).getByTestId('share-request-status')).toHaveTextContent(/Hyväksytty.*Hyväksyit pyynnön 6\.12\.2026/);

    await userEvent.click(await screen.findByRole('button', { name: 'Peru jakaminen' }));
    const revoke = await screen.findByTestId('revoke-dialog');
    expect(within(revoke).getByTestId('revoke-explained')).toHaveTextContent('ei enää näe tarpeen ”Keräilijä iltavuoroon” kohdalla nimeäsi');
    expect(within(revoke).getByTestId('revoke-explained')).toHaveTextContent('lokiin jää merkintä katseluista');
    await userEvent.click(screen.getByTestId('revoke-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('share-requests-status')).toHaveTextContent('Peruit jakamisen.'));
    expect(calls.find((c) => c.operation === 'RevokeShareRequest')?.variables).toEqual({ id: 'r1' });
    await waitFor(() => expect(screen.getAllByTestId('share-request').find((c) => c.getAttribute('data-status') === 'REVOKED')).toBeTruthy());
    expect(await screen.findByTestId('share-requests-none-open')).toBeInTheDocument();
  });

  it('shows how each ended candidacy ended, when, and the reason given; open ones whose turn it is', async () => {
    requests = [
      request('r4', 'ACCEPTED', 'Trukinkuljettaja', { answeredAt: '2026-12-02T09:00:00.000Z', presentedAt: '2026-12-03T09:00:00.000Z' }),
      request('r5', 'ACCEPTED', 'Kokoonpanija', {
        answeredAt: '2026-12-02T09:00:00.000Z',
        closure: { outcome: 'NEED_FILLED', at: '2026-12-05T12:00:00.000Z', reason: null },
      }),
      request('r6', 'ACCEPTED', 'Hitsaaja', {
        answeredAt: '2026-12-02T09:00:00.000Z',
        presentedAt: '2026-12-03T09:00:00.000Z',
        closure: { outcome: 'NOT_SELECTED', at: '2026-12-04T12:00:00.000Z', reason: 'Valitsimme hakijan, jolla on hitsauslupa.' },
      }),
    ];
    renderPage(<ShareRequestsPage />);
    const open = within(await screen.findByTestId('share-requests-open')).getAllByTestId('share-request');
    expect(open).toHaveLength(1);
    expect(within(open[0]).getByTestId('share-request-status')).toHaveTextContent('Esitelty työnantajalleSinut esiteltiin työnantajalle 3.12.2026.');
    expect(screen.getByRole('heading', { level: 2, name: 'Päättyneet (2)' })).toBeInTheDocument();
    const ended = within(screen.getByTestId('share-requests-closed')).getAllByTestId('share-request');
    expect(ended.map((card) => card.getAttribute('data-outcome'))).toEqual(['NEED_FILLED', 'NOT_SELECTED']);
    expect(within(ended[0]).getByTestId('share-request-status')).toHaveTextContent('Paikka täytettyTyönantaja täytti paikan 5.12.2026 toisella hakijalla.');
    expect(within(ended[0]).queryByTestId('share-request-reason')).toBeNull();
    expect(within(ended[1]).getByTestId('share-request-status')).toHaveTextContent('Ei valittuSinua ei valittu tähän tehtävään (4.12.2026).');
    expect(within(ended[1]).getByTestId('share-request-reason')).toHaveTextContent('Perustelu: Valitsimme hakijan, jolla on hitsauslupa.');
  });

  it('shows a presentation as an anonymised card, with nothing to revoke', async () => {
    requests = [
      request('c1', 'ACCEPTED', 'Ulkoiluavustaja', { wouldShare: [], presentedAt: '2026-12-03T09:00:00.000Z', answeredAt: '2026-12-03T09:00:00.000Z' }),
      request('r7', 'ACCEPTED', 'Trukinkuljettaja', { answeredAt: '2026-12-02T09:00:00.000Z' }),
    ];
    renderPage(<ShareRequestsPage />);
    const [anonymous, shared] = within(await screen.findByTestId('share-requests-open')).getAllByTestId('share-request');
    expect(within(anonymous).getByTestId('share-request-anonymous')).toHaveTextContent('nimettömänä ehdokaskorttina');
    expect(within(anonymous).queryByTestId('share-request-would-share')).toBeNull();
    expect(within(anonymous).queryByTestId('share-request-revoke')).toBeNull();
    expect(within(shared).getByTestId('share-request-revoke')).toBeInTheDocument();
  });

  it('says in words when the deadline passed before the answer, and the dialog stays open', async () => {
    failAnswerWith = new ApiError('conflict', 'the deadline has passed', [], 'SHARE_REQUEST_EXPIRED');
    renderPage(<ShareRequestsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Kieltäydy' }));
    await userEvent.click(await screen.findByTestId('decline-dialog-confirm'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vastausaika on jo päättynyt, joten pyyntöön ei voi enää vastata.');
    expect(screen.getByTestId('decline-dialog')).toBeInTheDocument();
  });
});
