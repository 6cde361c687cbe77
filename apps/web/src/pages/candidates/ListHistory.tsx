import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import type { CandidateListHistoryQuery as HistoryResult } from '../../gql/graphql';
import { request } from '../../shared/api/client';
import type { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { CandidateListHistoryQuery } from './candidates.documents';
import { useCandidatesText } from './candidates-text';
import { historyWords, type HistoryFormat } from './list-history';

const PAGE_SIZE = 15;

/** The history's pages; the key starts with the operation name, so mutations can refresh it by name. */
function useHistoryPages(needId: string) {
  return useInfiniteQuery<HistoryResult, ApiError, InfiniteData<HistoryResult>, unknown[], string | null>({
    queryKey: ['CandidateListHistory', { needId }],
    queryFn: ({ pageParam }) => request(CandidateListHistoryQuery, { needId, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null,
    getNextPageParam: (last) => (last.candidateListHistory.pageInfo.hasNextPage ? (last.candidateListHistory.pageInfo.endCursor ?? null) : null),
  });
}

/**
 * What has happened on the list, newest first: statuses, share requests and their answers,
 * presentations and the employer's statuses, each with the candidate's name on this list and the
 * role (and organisation) that acted; staff are never named.
 */
export function ListHistory({ needId }: { needId: string }) {
  const { t, language, labelOf } = useCandidatesText();
  const history = useHistoryPages(needId);
  const format: HistoryFormat = {
    coordinatorStatus: (status) => t(`status.${status}`),
    employerStatus: (status) => t(`needs:employerStatus.${status}`),
    date: (iso) => formatDate(iso, language),
    progress: (progress) => t(`needs:candidacyProgress.values.${progress}`),
  };
  const events = history.data?.pages.flatMap((page) => page.candidateListHistory.edges.map((edge) => edge.node)) ?? [];
  const total = history.data?.pages[0]?.candidateListHistory.totalCount ?? 0;
  return (
    <section aria-labelledby="list-history-heading" className="candidates-history" data-testid="list-history">
      <Heading variant="h2" id="list-history-heading" mt="xl" mb="xs">
        {t('history.heading')}
      </Heading>
      <Paragraph mb="s">{t('history.lead')}</Paragraph>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : events.length === 0 ? (
        <Paragraph data-testid="list-history-empty">{t('history.none')}</Paragraph>
      ) : (
        <>
          <ol className="needs-history candidates-history-list" data-testid="list-history-events">
            {events.map((event) => {
              const { what, by } = historyWords(event, format);
              return (
                <li key={event.id} data-testid="list-history-event" data-kind={event.kind}>
                  <time dateTime={event.at}>{formatDateTime(event.at, language)}</time> – <strong>{labelOf(event)}</strong>: {t(what.key, what.params)}.{' '}
                  <span className="muted">{t(by.key, by.params)}</span>
                </li>
              );
            })}
          </ol>
          <Paragraph mt="xs" className="muted" data-testid="list-history-count">
            {t('history.count', { count: total, shown: events.length })}
          </Paragraph>
          {history.hasNextPage ? (
            <Button variant="secondary" onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage} mt="s" data-testid="list-history-more">
              {t('history.more')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
