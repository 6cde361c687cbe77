import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Paragraph } from 'suomifi-ui-components';
import type { MyDataViewsQuery as ViewsResult } from '../../gql/graphql';
import { request } from '../../shared/api/client';
import type { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDateTime } from '../../shared/format/format';
import { isLanguage } from '../../shared/i18n/i18n';
import { Page } from '../../shared/layout/Page';
import { Loading } from '../../shared/layout/LoadingPage';
import { MyDataViewsQuery } from './data-views.documents';
import './DataViewsPage.css';

export const DATA_VIEWS_PAGE_SIZE = 20;

type DataView = ViewsResult['myDataViews']['edges'][number]['node'];

/** The pages of the list; the key starts with the operation name like every other query's. */
function useDataViewPages() {
  return useInfiniteQuery<ViewsResult, ApiError, InfiniteData<ViewsResult>, unknown[], string | null>({
    queryKey: ['MyDataViews', { first: DATA_VIEWS_PAGE_SIZE }],
    queryFn: ({ pageParam }) => request(MyDataViewsQuery, { first: DATA_VIEWS_PAGE_SIZE, after: pageParam }),
    initialPageParam: null,
    getNextPageParam: (last) => (last.myDataViews.pageInfo.hasNextPage ? (last.myDataViews.pageInfo.endCursor ?? null) : null),
  });
}

/** "Lahden Konepaja Oy, työnantajan edustaja" — or "Sinä itse"; never a person. */
function Who({ view }: { view: DataView }) {
  const { t } = useTranslation('dataViews');
  if (view.byYou) return <strong data-testid="data-view-by-you">{t('byYou')}</strong>;
  const role = view.role ? t(`roles.${view.role}`) : null;
  if (!view.organizationName && !role) return <>{t('unknownActor')}</>;
  return (
    <>
      {view.organizationName ? <span data-testid="data-view-organization">{view.organizationName}</span> : null}
      {view.organizationName && role ? <br /> : null}
      {role ? (
        <span className="muted" data-testid="data-view-role">
          {role}
        </span>
      ) : null}
    </>
  );
}

/**
 * "Who has seen my data": the audit events about the jobseeker's profile, newest first — when,
 * which organisation and role, what, for which need. The staff member is never named (the API does
 * not even return them). "Show more" loads the next page and moves focus to its first row.
 */
export default function DataViewsPage() {
  const { t, i18n } = useTranslation('dataViews');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const views = useDataViewPages();
  const rows = views.data?.pages.flatMap((page) => page.myDataViews.edges.map((edge) => edge.node)) ?? [];
  const total = views.data?.pages[0]?.myDataViews.totalCount ?? 0;
  // After "show more", the first new row takes focus so keyboard and screen-reader users continue
  // there. It keeps its tabIndex afterwards: removing it would make the browser drop the focus.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const focusPending = useRef(false);
  const focusRow = useRef<HTMLTableRowElement | null>(null);
  useEffect(() => {
    if (focusPending.current && focusRow.current) {
      focusPending.current = false;
      focusRow.current.focus();
    }
  }, [focusTarget]);

  const lead = (
    <>
      <Paragraph mb="s">{t('lead.what')}</Paragraph>
      <Paragraph mb="s">{t('lead.never')}</Paragraph>
      <Paragraph mb="m">
        {t('lead.consents')} <RouterLink to="/jobseeker/consents">{t('lead.consentsLink')}</RouterLink>
      </Paragraph>
    </>
  );

  return (
    <Page title={t('title')} lead={lead}>
      {views.isPending ? (
        <Loading />
      ) : views.isError ? (
        <ErrorState error={views.error} onRetry={() => void views.refetch()} />
      ) : rows.length === 0 ? (
        <Paragraph data-testid="data-views-empty">{t('empty')}</Paragraph>
      ) : (
        <>
          <div className="jobseeker-table-wrap">
            <table className="jobseeker-table" data-testid="data-views">
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.when')}</th>
                  <th scope="col">{t('columns.who')}</th>
                  <th scope="col">{t('columns.what')}</th>
                  <th scope="col">{t('columns.need')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((view) => (
                  <tr
                    key={view.id}
                    data-testid="data-view"
                    data-kind={view.kind}
                    data-by-you={view.byYou}
                    ref={view.id === focusTarget ? focusRow : undefined}
                    tabIndex={view.id === focusTarget ? -1 : undefined}
                  >
                    <td>
                      <time dateTime={view.at}>{formatDateTime(view.at, language)}</time>
                    </td>
                    <td>
                      <Who view={view} />
                    </td>
                    <td data-testid="data-view-what">{t(`kinds.${view.kind}`)}</td>
                    <td data-testid="data-view-need">{view.needTitle ?? (view.needId ? t('needGone') : t('noNeed'))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paragraph mt="xs" className="muted" data-testid="data-views-count">
            {t('count', { shown: rows.length, count: total })}
          </Paragraph>
          {views.hasNextPage ? (
            <Button
              variant="secondary"
              mt="s"
              data-testid="data-views-more"
              disabled={views.isFetchingNextPage}
              onClick={() => {
                void views.fetchNextPage().then((result) => {
                  const firstNew = result.data?.pages.at(-1)?.myDataViews.edges[0]?.node.id;
                  if (!firstNew) return;
                  focusPending.current = true;
                  setFocusTarget(firstNew);
                });
              }}
            >
              {t('more')}
            </Button>
          ) : null}
        </>
      )}
    </Page>
  );
}
