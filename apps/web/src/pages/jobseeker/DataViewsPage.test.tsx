import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import DataViewsPage, { DATA_VIEWS_PAGE_SIZE } from './DataViewsPage';

let all: Record<string, unknown>[] = [];

function view(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    at: '2026-12-05T10:00:00.000Z',
    kind: 'CANDIDATE_CARD',
    organizationName: 'Lahden Konepaja Oy',
    role: 'EMPLOYER_USER',
    needId: 'n1',
    needTitle: 'Keräilijä iltavuoroon',
    byYou: false,
    ...extra,
  };
}

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyDataViews: (variables: { first?: number; after?: string | null }) => {
    const start = variables.after ? Number(variables.after) : 0;
    const first = variables.first ?? 50;
    const page = all.slice(start, start + first);
    return {
      myDataViews: {
        totalCount: all.length,
        pageInfo: { hasNextPage: start + first < all.length, endCursor: page.length ? String(start + page.length) : null },
        edges: page.map((node, index) => ({ cursor: String(start + index + 1), node })),
      },
    };
  },
});

describe('the "who has seen my data" page', { timeout: 30_000 }, () => {
  setUpPageTest();
  beforeEach(() => {
    all = [
      view('v1'),
      view('v2', { kind: 'CANDIDATE_LIST', organizationName: 'Lahden työllisyyspalvelut', role: 'COORDINATOR' }),
      view('v3', { kind: 'PROFILE', organizationName: null, role: null, needId: null, needTitle: null, byYou: true }),
      view('v4', { kind: 'IDENTITY', organizationName: 'Lahden työllisyyspalvelut', role: null, needId: null, needTitle: null }),
    ];
  });

  it('tells when, which organisation and role, what in plain words and for which need; your own actions as yours', async () => {
    renderPage(<DataViewsPage />);
    const rows = await screen.findAllByTestId('data-view');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('Lahden Konepaja Oy');
    expect(rows[0]).toHaveTextContent('työnantajan edustaja');
    expect(within(rows[0]).getByTestId('data-view-what')).toHaveTextContent('Nimetön ehdokaskorttisi');
    expect(within(rows[0]).getByTestId('data-view-need')).toHaveTextContent('Keräilijä iltavuoroon');
    expect(rows[0].querySelector('time')).toHaveAttribute('datetime', '2026-12-05T10:00:00.000Z');
    expect(rows[1]).toHaveTextContent('yrityskoordinaattori');
    expect(within(rows[1]).getByTestId('data-view-what')).toHaveTextContent('Ehdokaslista, jolla olit nimettömänä');
    expect(within(rows[2]).getByTestId('data-view-by-you')).toHaveTextContent('Sinä itse');
    expect(within(rows[2]).getByTestId('data-view-need')).toHaveTextContent('Ei liity työtarpeeseen');
    expect(within(rows[3]).queryByTestId('data-view-role')).toBeNull();
    // Why the page exists, and the way to the consents.
    expect(screen.getByRole('link', { name: 'Suostumukseni' })).toHaveAttribute('href', '/jobseeker/consents');
    expect(screen.getByRole('table', { name: 'Tietojesi katselut ja käsittelyt, uusin ensin' })).toBeInTheDocument();
    expect(screen.queryByTestId('data-views-more')).toBeNull();
  });

  it('loads more with the last cursor and moves focus to the first new row', async () => {
    all = Array.from({ length: DATA_VIEWS_PAGE_SIZE + 3 }, (_, index) => view(`v${index}`, { needTitle: `Tarve ${index}` }));
    renderPage(<DataViewsPage />);
    expect(await screen.findAllByTestId('data-view')).toHaveLength(DATA_VIEWS_PAGE_SIZE);
    expect(screen.getByTestId('data-views-count')).toHaveTextContent(`Näkyvissä ${DATA_VIEWS_PAGE_SIZE} / ${DATA_VIEWS_PAGE_SIZE + 3} kirjausta`);
    await userEvent.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    await waitFor(() => expect(screen.getAllByTestId('data-view')).toHaveLength(DATA_VIEWS_PAGE_SIZE + 3));
    expect(calls[1].variables).toEqual({ first: DATA_VIEWS_PAGE_SIZE, after: String(DATA_VIEWS_PAGE_SIZE) });
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByTestId('data-view')[DATA_VIEWS_PAGE_SIZE]));
    expect(screen.queryByTestId('data-views-more')).toBeNull();
  });

  it('says so when nobody has seen anything yet', async () => {
    all = [];
    renderPage(<DataViewsPage />);
    expect(await screen.findByTestId('data-views-empty')).toHaveTextContent('Tietojasi ei ole vielä katsottu eikä käsitelty.');
  });
});
