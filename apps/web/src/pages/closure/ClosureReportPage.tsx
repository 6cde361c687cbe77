import { keepPreviousData } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLinkBase, useSearchParams } from 'react-router-dom';
import { Button, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { CandidatesAwaitingClosureQuery as ReportResult } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { pseudonymCode } from '../candidates/candidate-explanation';
import { CandidatesAwaitingClosureQuery } from './closure.documents';
import '../companies/companies.css';

export const PAGE_SIZE = 25;
/** The report's threshold: candidacies left without a closure for longer than this. */
export const OLDER_THAN_DAYS = 14;

/** The threshold from the address (`?days=7`, 0–365, as the API takes), else two weeks. */
export function thresholdDays(value: string | null): number {
  if (value === null || !/^\d{1,3}$/.test(value)) return OLDER_THAN_DAYS;
  const days = Number(value);
  return days <= 365 ? days : OLDER_THAN_DAYS;
}

type Connection = ReportResult['candidatesAwaitingClosure'];
type Entry = Connection['edges'][number]['node'];

function StateText({ entry }: { entry: Entry }) {
  const { t } = useTranslation(['closure', 'needs']);
  const state = t(`states.${entry.state}`);
  if (entry.state !== 'PRESENTED' || !entry.employerStatus) return <>{state}</>;
  return <>{t('stateWithEmployer', { state, status: t(`needs:employerStatus.${entry.employerStatus}`) })}</>;
}

/** The candidates as a table: need (to its candidate list), company, who, where it waits, for how long. */
export function ClosureTable({
  connection,
  language,
  days,
  pageNumber,
  onPrevious,
  onNext,
}: {
  connection: Connection;
  language: Language;
  days: number;
  pageNumber: number;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  const { t } = useTranslation('closure');
  if (connection.totalCount === 0) return <Paragraph data-testid="closure-empty">{t('empty', { days })}</Paragraph>;
  return (
    <>
      <p data-testid="closure-count">{t('count', { count: connection.totalCount })}</p>
      <div className="companies-table-wrap">
        <table className="companies-table" data-testid="closure-table">
          <caption className="visually-hidden">{t('caption', { days })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.need')}</th>
              <th scope="col">{t('columns.company')}</th>
              <th scope="col">{t('columns.candidate')}</th>
              <th scope="col">{t('columns.state')}</th>
              <th scope="col">{t('columns.days')}</th>
              <th scope="col">{t('columns.since')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.candidateId} data-testid="closure-row">
                <td>
                  <RouterLink asComponent={RouterLinkBase} to={`/coordinator/needs/${encodeURIComponent(node.needId)}/candidates`}>
                    {node.needTitle}
                  </RouterLink>
                </td>
                <td>{node.companyName}</td>
                <td>{t('candidate', { pseudonym: pseudonymCode(node.pseudonym) })}</td>
                <td data-testid="closure-state">
                  <StateText entry={node} />
                </td>
                <td data-testid="closure-days">{t('days', { count: node.daysWaiting })}</td>
                <td>
                  <time dateTime={node.since}>{formatDate(node.since, language)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {connection.totalCount > PAGE_SIZE ? (
        <nav className="companies-pager" aria-label={t('pages')}>
          <Button variant="secondary" disabled={!onPrevious} onClick={onPrevious}>
            {t('previous')}
          </Button>
          <p>{t('page', { page: pageNumber, pages: Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) })}</p>
          <Button variant="secondary" disabled={!onNext} onClick={onNext}>
            {t('next')}
          </Button>
        </nav>
      ) : null}
    </>
  );
}

/**
 * Coordinators' report of candidates of their areas' needs whose candidacy has waited for a
 * closure longer than two weeks: every contact should end in a state the jobseeker sees.
 */
export default function ClosureReportPage() {
  const { t, i18n } = useTranslation('closure');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  // Cursors of the pages before this one: "previous" pops, "next" pushes.
  const [params] = useSearchParams();
  const days = thresholdDays(params.get('days'));
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const tableRef = useRef<HTMLDivElement>(null);
  const query = useApiQuery(CandidatesAwaitingClosureQuery, { first: PAGE_SIZE, after, olderThanDays: days }, { placeholderData: keepPreviousData });
  const move = (next: (string | null)[]) => {
    setCursors(next);
    tableRef.current?.focus();
  };
  const connection = query.data?.candidatesAwaitingClosure;
  return (
    <Page title={t('title')} lead={<Paragraph>{t('lead', { days })}</Paragraph>}>
      <div ref={tableRef} tabIndex={-1} aria-label={t('caption', { days })} role="region">
        {query.isPending ? (
          <Loading />
        ) : query.error && !connection ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : connection ? (
          <ClosureTable
            connection={connection}
            language={language}
            days={days}
            pageNumber={cursors.length}
            onPrevious={cursors.length > 1 ? () => move(cursors.slice(0, -1)) : undefined}
            onNext={connection.pageInfo.hasNextPage ? () => move([...cursors, connection.pageInfo.endCursor ?? null]) : undefined}
          />
        ) : null}
      </div>
    </Page>
  );
}
