import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import { useApiQuery } from '../../shared/api/hooks';
import { UnreadCountQuery } from '../../shared/layout/layout.documents';
import NotificationsPage from './NotificationsPage';

/** Stands in for the header's bell: the same query the layout runs. */
function Bell() {
  const { data } = useApiQuery(UnreadCountQuery, undefined);
  return <span data-testid="bell">{data?.unreadNotificationCount ?? ''}</span>;
}

let unread = true;
let total = 2;

function notificationsAnswer() {
  return {
    notifications: {
      totalCount: total,
      unreadCount: unread ? 1 : 0,
      pageInfo: { endCursor: 'c2', hasNextPage: total > 2 },
      edges: [
        {
          node: {
            id: 'n1',
            type: 'PROPOSAL_RECEIVED',
            title: 'Uusi palvelutarjous tarpeeseen Hitsaaja konepajalle',
            body: 'Säätiö tarjoaa palvelua.\n\nVoit hyväksyä tai hylätä tarjouksen tarpeen sivulla.',
            createdAt: '2026-03-05T12:05:00.000Z',
            read: !unread,
            subject: { needId: 'need-1', proposalId: 'p1', serviceId: 's1', shareRequestId: null, forwardId: null },
          },
        },
        {
          node: {
            id: 'n2',
            type: 'SHARE_REQUEST',
            title: 'Jakopyyntö',
            body: 'Vastaa pian.',
            createdAt: '2026-03-01T08:00:00.000Z',
            read: true,
            subject: { needId: 'need-2', proposalId: null, serviceId: null, shareRequestId: 'r1', forwardId: null },
          },
        },
      ],
    },
  };
}

const preferences = [
  { type: 'PROPOSAL_RECEIVED', channel: 'EMAIL', defaultChannel: 'EMAIL', isDefault: true },
  { type: 'SHARE_REQUEST', channel: 'EMAIL', defaultChannel: 'EMAIL', isDefault: true },
];

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyNotifications: () => notificationsAnswer(),
  UnreadNotificationCount: () => ({ unreadNotificationCount: unread ? 1 : 0 }),
  MarkNotificationsRead: () => {
    unread = false;
    return { markNotificationsRead: [{ id: 'n1', read: true }] };
  },
  MyNotificationPreferences: () => ({ notificationPreferences: preferences }),
  SetNotificationPreference: (variables) => {
    const { type, channel } = variables as { type: string; channel: string };
    return { setNotificationPreference: { type, channel, defaultChannel: 'EMAIL', isDefault: false } };
  },
});

vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({ roles: ['EMPLOYER_USER'], organization: { id: 'org' }, me: { id: 'me' } }),
}));

const openPage = () =>
  renderPage(
    <>
      <Bell />
      <NotificationsPage />
    </>,
  );

// The design system renders slowly in jsdom on a busy machine.
describe('the notifications page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  beforeEach(() => {
    unread = true;
    total = 2;
  });

  it('marks the unread one in words, names each type and links to what it is about', async () => {
    openPage();
    const items = await screen.findAllByTestId('notification');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Uusi')).toBeInTheDocument();
    expect(within(items[0]).getByText('Uusi palvelutarjous')).toBeInTheDocument();
    expect(within(items[0]).getByRole('link', { name: 'Avaa tarve' })).toHaveAttribute('href', '/needs/need-1');
    expect(within(items[1]).getByText('Luettu')).toBeInTheDocument();
    expect(within(items[1]).getByText('Jakopyyntö', { selector: 'span' })).toBeInTheDocument();
    expect(within(items[1]).queryByRole('link')).toBeNull();
    expect(within(items[1]).queryByRole('button', { name: 'Merkitse luetuksi' })).toBeNull();
    expect(screen.getByTestId('notifications-unread-count')).toHaveTextContent('1 lukematon ilmoitus');
  });

  it('marks one read, refreshes the bell and says so', async () => {
    openPage();
    const items = await screen.findAllByTestId('notification');
    await waitFor(() => expect(screen.getByTestId('bell')).toHaveTextContent('1'));
    await userEvent.click(within(items[0]).getByRole('button', { name: 'Merkitse luetuksi' }));
    await waitFor(() => expect(screen.getByTestId('notifications-status')).toHaveTextContent('Ilmoitus merkittiin luetuksi.'));
    expect(calls.find((call) => call.operation === 'MarkNotificationsRead')?.variables).toEqual({ ids: ['n1'] });
    await waitFor(() => expect(screen.getByTestId('notifications-unread-count')).toHaveTextContent('0 lukematonta ilmoitusta'));
    expect(screen.getByTestId('bell')).toHaveTextContent('0');
  });

  it('saves a changed preference and announces it', async () => {
    openPage();
    const group = await screen.findByTestId('preference-PROPOSAL_RECEIVED');
    await userEvent.click(within(group).getByLabelText('Vain palvelussa'));
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna ilmoitusasetukset' }));
    await waitFor(() => expect(screen.getByTestId('preferences-status')).toHaveTextContent('Ilmoitusasetukset tallennettiin.'));
    expect(calls.filter((call) => call.operation === 'SetNotificationPreference').map((call) => call.variables)).toEqual([
      { type: 'PROPOSAL_RECEIVED', channel: 'IN_APP' },
    ]);
    expect(screen.getByRole('heading', { name: 'Sinulle tulevat ilmoitukset' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Muut ilmoitustyypit' })).toBeInTheDocument();
  });

  it('pages onwards with the cursor of the page shown and back again', async () => {
    total = 12;
    openPage();
    await screen.findAllByTestId('notification');
    expect(screen.getByText('Sivu 1 / 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Seuraava sivu' }));
    await waitFor(() =>
      expect(calls.filter((call) => call.operation === 'MyNotifications').map((call) => call.variables)).toContainEqual({ first: 10, after: 'c2', unreadOnly: false }),
    );
    expect(await screen.findByText('Sivu 2 / 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edellinen sivu' }));
    expect(await screen.findByText('Sivu 1 / 2')).toBeInTheDocument();
  });
});
