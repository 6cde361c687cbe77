import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import ClosureReportPage, { PAGE_SIZE, thresholdDays } from './ClosureReportPage';

let total = 0;

function entry(index: number) {
  return {
    candidateId: `cand-${index}`,
    needId: `need/${index}`,
    needTitle: `Keräilijä ${index}`,
    companyName: 'Lahden Konepaja Oy',
    pseudonym: `Hakija K7Q2M${index % 10}`,
    state: index === 0 ? 'PRESENTED' : 'SHARE_ACCEPTED',
    employerStatus: index === 0 ? 'INTERVIEW' : null,
    since: '2026-11-10T08:00:00.000Z',
    daysWaiting: 26,
  };
}

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  CandidatesAwaitingClosure: (variables) => {
    const start = variables.after ? Number(variables.after) : 0;
    const count = Math.max(0, Math.min(PAGE_SIZE, total - start));
    const edges = Array.from({ length: count }, (_, i) => ({ cursor: String(start + i + 1), node: entry(start + i) }));
    return {
      candidatesAwaitingClosure: {
        totalCount: total,
        pageInfo: { hasNextPage: start + count < total, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    };
  },
});

const openReport = (at = '/coordinator/closure') => renderPage(<ClosureReportPage />, { at });

describe('the report of candidates without a closure', { timeout: 30_000 }, () => {
  setUpPageTest();
  beforeEach(() => {
    total = 2;
  });

  it('lists who waits where and for how long, each need linking to its candidate list', async () => {
    openReport();
    const table = await screen.findByTestId('closure-table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Tarve', 'Yritys', 'Ehdokas', 'Tilanne', 'Odottanut', 'Alkaen']);
    const rows = within(table).getAllByTestId('closure-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'Keräilijä 0' })).toHaveAttribute('href', '/coordinator/needs/need%2F0/candidates');
    expect(rows[0].textContent).toContain('Ehdokas K7Q2M0');
    expect(within(rows[0]).getByTestId('closure-state').textContent).toBe('Esitelty työnantajalle (työnantajan tilanne: Haastatteluun)');
    expect(within(rows[1]).getByTestId('closure-state').textContent).toBe('Tiedot jaettu, ei esitelty');
    expect(within(rows[0]).getByTestId('closure-days').textContent).toBe('26 päivää');
    expect(rows[0].textContent).toContain('10.11.2026');
    expect(screen.getByTestId('closure-count').textContent).toBe('2 ehdokasta odottaa päätöstä.');
    expect(calls[0].variables).toEqual({ first: PAGE_SIZE, after: null, olderThanDays: 14 });
    expect(screen.queryByRole('navigation', { name: 'Raportin sivut' })).toBeNull();
  });

  it('says so when no one has waited longer than two weeks', async () => {
    total = 0;
    openReport();
    expect((await screen.findByTestId('closure-empty')).textContent).toBe('Ei ehdokkaita, jotka olisivat odottaneet päätöstä yli 14 päivää.');
    expect(screen.queryByTestId('closure-table')).toBeNull();
  });

  it('takes another threshold from the address, within what the API accepts', async () => {
    expect([thresholdDays(null), thresholdDays('7'), thresholdDays('0'), thresholdDays('366'), thresholdDays('-1'), thresholdDays('x')]).toEqual([14, 7, 0, 14, 14, 14]);
    total = 0;
    openReport('/coordinator/closure?days=30');
    expect((await screen.findByTestId('closure-empty')).textContent).toBe('Ei ehdokkaita, jotka olisivat odottaneet päätöstä yli 30 päivää.');
    expect(calls[0].variables).toEqual({ first: PAGE_SIZE, after: null, olderThanDays: 30 });
  });

  it('pages onwards with the last cursor and back again', async () => {
    total = PAGE_SIZE + 3;
    const user = userEvent.setup();
    openReport();
    await screen.findByTestId('closure-table');
    const pager = screen.getByRole('navigation', { name: 'Raportin sivut' });
    expect(within(pager).getByText('Sivu 1 / 2')).toBeInTheDocument();
    await user.click(within(pager).getByRole('button', { name: 'Seuraava sivu' }));
    await waitFor(() => expect(screen.getAllByTestId('closure-row')).toHaveLength(3));
    expect(calls.at(-1)?.variables).toEqual({ first: PAGE_SIZE, after: String(PAGE_SIZE), olderThanDays: 14 });
    await user.click(within(screen.getByRole('navigation', { name: 'Raportin sivut' })).getByRole('button', { name: 'Edellinen sivu' }));
    await waitFor(() => expect(screen.getAllByTestId('closure-row')).toHaveLength(PAGE_SIZE));
  });
});
