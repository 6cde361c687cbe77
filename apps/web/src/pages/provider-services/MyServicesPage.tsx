import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, RouterLink, Table } from 'suomifi-ui-components';
import type { ServiceStatus } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { localize } from '../../shared/i18n/localized';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { useLanguage } from '../services/labels';
import { MyServicesQuery } from './provider-services.documents';
import { countByStatus, STATUSES } from './service-status';
import './provider-services.css';

export function NewServiceLink() {
  const { t } = useTranslation('providerServices');
  return (
    <RouterLink asComponent={Link} to="/provider/services/new" className="provider-button-link" data-testid="new-service">
      {t('list.newService')}
    </RouterLink>
  );
}

/** The organisation's services; a status filter in the address (`?status=REJECTED`) with the count of each. */
export default function MyServicesPage() {
  const { t } = useTranslation('providerServices');
  const language = useLanguage();
  const { organization } = useAuth();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const filter = STATUSES.find((status) => status === statusParam) ?? null;
  // Always fresh on arrival: the form or a moderator may just have changed a service.
  const query = useApiQuery(MyServicesQuery, undefined, { staleTime: 0 });
  const choose = (status: ServiceStatus | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (status) next.set('status', status);
        else next.delete('status');
        return next;
      },
      { replace: true },
    );

  const services = query.data?.myServices ?? [];
  const counts = countByStatus(services);
  const shown = filter ? services.filter((service) => service.status === filter) : services;

  return (
    <Page title={t('list.title')} lead={organization ? t('list.lead', { organization: organization.name }) : undefined} actions={<NewServiceLink />}>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <div role="group" aria-label={t('list.filterLabel')} className="provider-status-filter" data-testid="status-filter">
            <Button variant={filter === null ? 'default' : 'secondary'} aria-pressed={filter === null} onClick={() => choose(null)} data-testid="filter-ALL">
              {t('list.all', { count: services.length })}
            </Button>
            {STATUSES.map((status) => (
              <Button
                key={status}
                variant={filter === status ? 'default' : 'secondary'}
                aria-pressed={filter === status}
                onClick={() => choose(status)}
                data-testid={`filter-${status}`}
              >
                {t('list.statusCount', { status: t(`status.${status}`), count: counts[status] })}
              </Button>
            ))}
          </div>
          {services.length === 0 ? (
            <Paragraph mb="m">{t('list.empty')}</Paragraph>
          ) : shown.length === 0 ? (
            <InlineAlert status="neutral">{t('list.emptyStatus', { status: t(`status.${filter ?? 'DRAFT'}`) })}</InlineAlert>
          ) : (
            <Table
              caption={filter ? t('list.captionStatus', { status: t(`status.${filter}`) }) : t('list.caption')}
              data-testid="services-table"
              columns={[
                { key: 'name', labelText: t('list.columns.name') },
                { key: 'status', labelText: t('list.columns.status') },
                { key: 'updated', labelText: t('list.columns.updated') },
              ]}
              data={shown.map((service) => {
                const name = localize(service.name, language);
                return {
                  id: service.id,
                  name: (
                    <RouterLink asComponent={Link} to={`/provider/services/${service.id}`}>
                      <span lang={name.fallback ? name.language : undefined}>{name.text}</span>
                    </RouterLink>
                  ),
                  status: (
                    <div>
                      <span className={`provider-status provider-status-${service.status}`}>{t(`status.${service.status}`)}</span>
                      {service.status === 'REJECTED' && service.rejectionReason ? (
                        <div className="provider-reason">{t('list.reason', { reason: service.rejectionReason })}</div>
                      ) : null}
                      {service.revision?.status === 'PENDING' ? <div className="muted">{t('list.revisionPending')}</div> : null}
                      {service.revision?.status === 'REJECTED' ? <div className="muted">{t('list.revisionRejected')}</div> : null}
                    </div>
                  ),
                  updated: formatDate(service.updatedAt, language),
                };
              })}
            />
          )}
        </>
      )}
    </Page>
  );
}
