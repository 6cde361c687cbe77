import { keepPreviousData } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import type { AuditEventFilter, AuditEventsQuery as AuditEventsResult } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { request } from '../../shared/api/client';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDateTime } from '../../shared/format/format';
import { isLanguage } from '../../shared/i18n/i18n';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { AuditEventsQuery } from './audit.documents';
import { toCsv, type AuditRow } from './audit-csv';
import { DateField } from '../companies/companies-shared';
import '../companies/companies.css';

const PAGE_SIZE = 50;
/** The export's cap: a bigger log is narrowed with the filters first. */
export const EXPORT_CAP = 5000;

interface Filters {
  action: string;
  actorUserId: string;
  resourceId: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { action: '', actorUserId: '', resourceId: '', from: '', to: '' };

/** A date input's day as the start of that local day; `to` is exclusive, so it is the next day's start. */
function dayStart(value: string, plusDays = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function toFilter(filters: Filters): AuditEventFilter {
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  const filter: AuditEventFilter = {
    action: text(filters.action)?.toUpperCase() ?? null,
    actorUserId: text(filters.actorUserId),
    resourceId: text(filters.resourceId),
    from: dayStart(filters.from),
    to: dayStart(filters.to, 1),
  };
  // Only the filters in use are sent.
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null)) as AuditEventFilter;
}

/** Area admins: who did what and when in their area; filters, pages, and the filtered log as CSV. */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation('audit');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState<'idle' | 'running' | 'failed'>('idle');
  const [exportStatus, setExportStatus] = useState('');
  const filter = toFilter(filters);
  const query = useApiQuery(
    AuditEventsQuery,
    { first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null, filter },
    { placeholderData: keepPreviousData },
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCursors([null]);
    setFilters(draft);
  };
  const set = (key: keyof Filters) => (value: unknown) => setDraft((d) => ({ ...d, [key]: String(value ?? '') }));

  const exportCsv = async () => {
    setExporting('running');
    setExportStatus('');
    try {
      const rows: AuditRow[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: AuditEventsResult = await request(AuditEventsQuery, { first: 100, after, filter });
        total = page.auditEvents.totalCount;
        rows.push(...page.auditEvents.edges.map((edge) => edge.node));
        after = page.auditEvents.pageInfo.hasNextPage ? (page.auditEvents.pageInfo.endCursor ?? null) : null;
      } while (after && rows.length < EXPORT_CAP);
      const exported = rows.slice(0, EXPORT_CAP);
      const url = URL.createObjectURL(new Blob([toCsv(exported)], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setExportStatus(total > exported.length ? t('export.capped', { count: exported.length, total }) : t('export.done', { count: exported.length }));
      setExporting('idle');
    } catch {
      setExporting('failed');
    }
  };

  return (
    <Page title={t('pageTitle')} lead={t('lead')}>
      <form className="card" role="search" aria-label={t('filters.label')} onSubmit={onSubmit} noValidate>
        <div className="companies-filters">
          <TextInput id="audit-action" labelText={t('filters.action')} hintText={t('filters.actionHint')} value={draft.action} onChange={set('action')} />
          <TextInput id="audit-actor" labelText={t('filters.actor')} hintText={t('filters.idHint')} value={draft.actorUserId} onChange={set('actorUserId')} />
          <TextInput id="audit-resource" labelText={t('filters.resource')} hintText={t('filters.idHint')} value={draft.resourceId} onChange={set('resourceId')} />
          <DateField id="audit-from" label={t('filters.from')} value={draft.from} onChange={set('from')} />
          <DateField id="audit-to" label={t('filters.to')} value={draft.to} onChange={set('to')} />
        </div>
        <div className="companies-filter-actions">
          <Button type="submit">{t('filters.apply')}</Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setDraft(NO_FILTERS);
              setCursors([null]);
              setFilters(NO_FILTERS);
            }}
          >
            {t('filters.clear')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => void exportCsv()} disabled={exporting === 'running' || !query.data}>
            {exporting === 'running' ? t('export.running') : t('export.button')}
          </Button>
        </div>
        <Paragraph mt="s">{t('export.hint', { cap: EXPORT_CAP })}</Paragraph>
      </form>
      {exporting === 'failed' ? (
        <InlineAlert status="error" labelText={t('export.failedTitle')} role="alert">
          {t('export.failed')}
        </InlineAlert>
      ) : null}
      <div role="status" className="companies-status" data-testid="audit-export-status">
        {exportStatus}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.auditEvents.totalCount === 0 ? (
        <Paragraph>{t('empty')}</Paragraph>
      ) : (
        <>
          <p role="status" data-testid="audit-count">
            {t('count', { count: query.data.auditEvents.totalCount })}
          </p>
          <div className="companies-table-wrap">
            <table className="companies-table" data-testid="audit-table">
              <caption className="visually-hidden">{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.at')}</th>
                  <th scope="col">{t('columns.action')}</th>
                  <th scope="col">{t('columns.actor')}</th>
                  <th scope="col">{t('columns.resource')}</th>
                  <th scope="col">{t('columns.details')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.auditEvents.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>{formatDateTime(node.at, language)}</td>
                    <td>
                      <code>{node.action}</code>
                    </td>
                    <td>
                      {node.actorUserId ? (
                        <Button variant="secondaryNoBorder" onClick={() => setDraft((d) => ({ ...d, actorUserId: node.actorUserId ?? '' }))} aria-label={t('useActor', { id: node.actorUserId })}>
                          <code>{node.actorUserId.slice(0, 8)}</code>
                        </Button>
                      ) : (
                        t('system')
                      )}
                    </td>
                    <td>
                      {node.resourceType}
                      {node.resourceId ? (
                        <>
                          {' '}
                          <code>{node.resourceId}</code>
                        </>
                      ) : null}
                    </td>
                    <td>{node.details.map((d) => `${d.key}: ${d.value ?? ''}`).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="companies-pager" aria-label={t('pages')}>
            <Button variant="secondary" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t('previous')}
            </Button>
            <p>{t('page', { page: cursors.length, pages: Math.max(1, Math.ceil(query.data.auditEvents.totalCount / PAGE_SIZE)) })}</p>
            <Button
              variant="secondary"
              disabled={!query.data.auditEvents.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, query.data.auditEvents.pageInfo.endCursor ?? null])}
            >
              {t('next')}
            </Button>
          </nav>
        </>
      )}
    </Page>
  );
}
