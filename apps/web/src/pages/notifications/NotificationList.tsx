import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, InlineAlert, Pagination, Paragraph, RouterLink, StaticChip, Text } from 'suomifi-ui-components';
import type { MyNotificationsQuery, Role } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { formatDateTime } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { notificationTarget, typeKey, type NotificationTarget } from './notification-links';
import { MarkAllNotificationsReadMutation, MarkNotificationsReadMutation, MyNotificationsQuery as NotificationsDocument } from './notifications.documents';

export const PAGE_SIZE = 10;
/** What a notification's link says it opens. */
const TARGET_LABELS: Record<NotificationTarget['kind'], string> = { need: 'list.openNeed', service: 'list.openService', contacts: 'list.openContacts' };
/** What marking changes: this list and the header's bell. */
const AFTER_MARKING = ['MyNotifications', 'UnreadNotificationCount'];

type NotificationNode = MyNotificationsQuery['notifications']['edges'][number]['node'];

function NotificationItem({
  notification,
  roles,
  language,
  marking,
  onMarkRead,
}: {
  notification: NotificationNode;
  roles: readonly Role[];
  language: Language;
  marking: boolean;
  onMarkRead: (id: string) => void;
}) {
  const { t } = useTranslation('notifications');
  const headingId = `notification-${notification.id}`;
  const target = notificationTarget(notification, roles);
  return (
    <li className={`card notifications-item${notification.read ? '' : ' notifications-item--unread'}`} data-testid="notification">
      <div className="notifications-meta">
        {notification.read ? (
          <Text className="muted notifications-state">{t('list.read')}</Text>
        ) : (
          <StaticChip className="notifications-state">{t('list.unread')}</StaticChip>
        )}
        <Text className="notifications-type">{t(`types.${typeKey(notification.type)}.label`)}</Text>
        <Text className="muted">
          <time dateTime={notification.createdAt}>{t('list.receivedAt', { time: formatDateTime(notification.createdAt, language) })}</time>
        </Text>
      </div>
      <Heading variant="h3" id={headingId} tabIndex={-1} lang="fi" className="notifications-title">
        {notification.title}
      </Heading>
      <div className="notifications-body" lang="fi">
        {notification.body.split(/\n{2,}/).map((paragraph, index) => (
          <Paragraph key={index} mb="xs">
            {paragraph}
          </Paragraph>
        ))}
      </div>
      <div className="notifications-actions">
        {target ? (
          <RouterLink
            asComponent={Link}
            to={target.to}
            aria-describedby={headingId}
            onClick={() => {
              if (!notification.read) onMarkRead(notification.id);
            }}
          >
            {t(TARGET_LABELS[target.kind])}
          </RouterLink>
        ) : null}
        {notification.read ? null : (
          <Button variant="secondary" aria-describedby={headingId} disabled={marking} onClick={() => onMarkRead(notification.id)}>
            {t('list.markRead')}
          </Button>
        )}
      </div>
    </li>
  );
}

/** The person's notifications, newest first, a page at a time (the API pages with cursors). */
export function NotificationList({ roles }: { roles: readonly Role[] }) {
  const { t, i18n } = useTranslation('notifications');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const [unreadOnly, setUnreadOnly] = useState(false);
  // cursors[i] is the `after` of page i + 1; the first page has none.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const page = cursors.length;
  const after = cursors[cursors.length - 1];
  const query = useApiQuery(NotificationsDocument, { first: PAGE_SIZE, after, unreadOnly }, { placeholderData: (previous) => previous });
  const markRead = useApiMutation(MarkNotificationsReadMutation, { invalidates: AFTER_MARKING });
  const markAll = useApiMutation(MarkAllNotificationsReadMutation, { invalidates: AFTER_MARKING });

  const connection = query.data?.notifications;
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  const lastPage = Math.max(1, Math.ceil((connection?.totalCount ?? 0) / PAGE_SIZE));

  // Marking read in the unread-only view can empty the last page: step back to one that has some.
  useEffect(() => {
    if (connection && connection.edges.length === 0 && cursors.length > 1) setCursors((current) => current.slice(0, -1));
  }, [connection, cursors.length]);

  const focusAfterMarking = (id: string) => {
    requestAnimationFrame(() => {
      const heading = document.getElementById(`notification-${id}`);
      (heading ?? headingRef.current)?.focus();
    });
  };

  const onMarkRead = (id: string) => {
    setStatus('');
    markRead.mutate(
      { ids: [id] },
      {
        onSuccess: () => {
          setStatus(t('list.markedRead'));
          focusAfterMarking(id);
        },
      },
    );
  };

  const onMarkAll = () => {
    setStatus('');
    markAll.mutate({}, {
      onSuccess: (data) => {
        const count = data.markAllNotificationsRead;
        setStatus(count > 0 ? t('list.markedAllRead', { count }) : t('list.nothingToMark'));
        setCursors([null]);
      },
    });
  };

  const unreadCount = connection?.unreadCount ?? 0;
  const from = (page - 1) * PAGE_SIZE + 1;

  return (
    <section aria-labelledby="notifications-list-heading" className="notifications-list-section">
      <Heading variant="h2" id="notifications-list-heading" ref={headingRef} tabIndex={-1} mb="s">
        {t('list.heading')}
      </Heading>
      <div className="notifications-toolbar">
        <Checkbox
          checked={unreadOnly}
          onClick={({ checkboxState }) => {
            setUnreadOnly(checkboxState);
            setCursors([null]);
            setStatus('');
          }}
        >
          {t('list.unreadOnly')}
        </Checkbox>
        <Button variant="secondary" onClick={onMarkAll} disabled={markAll.isPending || unreadCount === 0}>
          {t('list.markAllRead')}
        </Button>
      </div>
      <Paragraph mb="s" data-testid="notifications-unread-count">
        {connection ? t('list.unreadCount', { count: unreadCount }) : ''}
      </Paragraph>
      <div role="status" className="notifications-status" data-testid="notifications-status">
        {status}
      </div>
      {markRead.error || markAll.error ? (
        <InlineAlert status="error" mb="s" labelText={t('common:errors.server.title')}>
          {t('common:errors.server.text')}
        </InlineAlert>
      ) : null}
      {language !== 'fi' && items.length > 0 ? (
        <Paragraph mb="s" className="muted">
          {t('list.finnishOnly')}
        </Paragraph>
      ) : null}
      {query.isPending ? <Loading /> : null}
      {query.error && !query.data ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {connection && items.length === 0 ? <Paragraph mb="m">{t(unreadOnly ? 'list.emptyUnread' : 'list.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <>
          <Paragraph mb="s" className="muted">
            {t('list.shown', { from, to: from + items.length - 1, total: connection?.totalCount ?? 0 })}
          </Paragraph>
          <ul className="notifications-items" aria-labelledby="notifications-list-heading">
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                roles={roles}
                language={language}
                marking={markRead.isPending}
                onMarkRead={onMarkRead}
              />
            ))}
          </ul>
        </>
      ) : null}
      {lastPage > 1 ? (
        <Pagination
          aria-label={t('pagination.label')}
          pageInput={false}
          currentPage={page}
          lastPage={lastPage}
          pageIndicatorText={(current, last) => t('pagination.indicator', { page: current, last })}
          ariaPageIndicatorText={(current, last) => t('pagination.ariaIndicator', { page: current, last })}
          nextButtonAriaLabel={t('pagination.next')}
          previousButtonAriaLabel={t('pagination.previous')}
          onChange={(wanted) => {
            setStatus('');
            if (wanted > page && connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor) {
              setCursors((current) => [...current, connection.pageInfo.endCursor ?? null]);
            } else if (wanted < page) {
              setCursors((current) => current.slice(0, Math.max(1, wanted)));
            }
            headingRef.current?.focus();
          }}
          mt="m"
        />
      ) : null}
    </section>
  );
}
