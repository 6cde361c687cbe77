import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { Coverage } from './Coverage';
import { ModerationQueueQuery, ModerationRevisionQueueQuery } from './moderation.documents';
import { useModerationText } from './moderation-text';
import './moderation.css';

/** New services submitted for the caller's areas. */
function SubmittedServices() {
  const { t, language, name } = useModerationText();
  const query = useApiQuery(ModerationQueueQuery, undefined);
  const services = query.data?.moderationQueue ?? [];
  return (
    <section className="moderation-section" aria-labelledby="moderation-services-heading">
      <Heading variant="h2" id="moderation-services-heading" mb="s">
        {query.data ? t('queue.servicesHeading', { count: services.length }) : t('queue.servicesHeadingPlain')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : services.length === 0 ? (
        <Paragraph>{t('queue.noServices')}</Paragraph>
      ) : (
        <div className="moderation-table-wrap">
          <table className="moderation-table" data-testid="moderation-services">
            <caption className="visually-hidden">{t('queue.servicesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.service')}</th>
                <th scope="col">{t('queue.provider')}</th>
                <th scope="col">{t('queue.coverage')}</th>
                <th scope="col">{t('queue.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((service) => {
                const label = name(service.name);
                return (
                  <tr key={service.id} data-testid="moderation-service-row">
                    <td>
                      <RouterLink asComponent={Link} to={`/coordinator/moderation/service/${service.id}`} lang={label.fallback ? label.language : undefined}>
                        {label.text}
                      </RouterLink>
                    </td>
                    <td>{service.provider.name}</td>
                    <td>
                      <Coverage coverage={service.coverage} />
                    </td>
                    <td>{formatDate(service.submittedAt, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Edits of published services waiting for the caller's areas. */
function PendingRevisions() {
  const { t, language, name } = useModerationText();
  const query = useApiQuery(ModerationRevisionQueueQuery, undefined);
  const revisions = query.data?.serviceRevisionQueue ?? [];
  return (
    <section className="moderation-section" aria-labelledby="moderation-revisions-heading">
      <Heading variant="h2" id="moderation-revisions-heading" mb="s">
        {query.data ? t('queue.revisionsHeading', { count: revisions.length }) : t('queue.revisionsHeadingPlain')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : revisions.length === 0 ? (
        <Paragraph>{t('queue.noRevisions')}</Paragraph>
      ) : (
        <div className="moderation-table-wrap">
          <table className="moderation-table" data-testid="moderation-revisions">
            <caption className="visually-hidden">{t('queue.revisionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.service')}</th>
                <th scope="col">{t('queue.provider')}</th>
                <th scope="col">{t('queue.changed')}</th>
                <th scope="col">{t('queue.edited')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => {
                const label = name(revision.service.name);
                return (
                  <tr key={revision.id} data-testid="moderation-revision-row">
                    <td>
                      <RouterLink asComponent={Link} to={`/coordinator/moderation/revision/${revision.id}`} lang={label.fallback ? label.language : undefined}>
                        {label.text}
                      </RouterLink>
                      {revision.canDecide ? null : <span className="muted moderation-note"> {t('queue.waitingOthers')}</span>}
                    </td>
                    <td>{revision.service.provider.name}</td>
                    <td>{t('queue.fields', { count: revision.changes.length })}</td>
                    <td>{formatDate(revision.createdAt, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The moderation queue: new services and edits of published ones, each opened to approve or reject. */
export default function ModerationQueuePage() {
  const { t } = useModerationText();
  return (
    <Page title={t('queue.title')} lead={<Paragraph>{t('queue.lead')}</Paragraph>}>
      <SubmittedServices />
      <PendingRevisions />
    </Page>
  );
}
