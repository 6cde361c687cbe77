import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, RouterLink, Table } from 'suomifi-ui-components';
import type { ProviderServiceFieldsFragment } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate, formatDateTime, formatMoney } from '../../shared/format/format';
import { localize } from '../../shared/i18n/localized';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { ConfirmDialog, useMutationErrorText } from '../needs/ConfirmDialog';
import { ServiceCard, type SearchHit } from '../services/ServiceCard';
import { useServiceLabels } from '../services/labels';
import {
  ArchiveServiceMutation,
  ProviderServiceHistoryQuery,
  ProviderServiceQuery,
  SubmitServiceMutation,
  WithdrawServiceRevisionMutation,
} from './provider-services.documents';
import { actionsOf } from './service-status';
import { historyValue } from './service-history';
import '../services/services.css';
import './provider-services.css';

type Service = ProviderServiceFieldsFragment;

function Fact({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function StatusSection({ service }: { service: Service }) {
  const { t } = useTranslation('providerServices');
  const { language } = useServiceLabels();
  const revision = service.revision;
  return (
    <section className="card" aria-labelledby="service-status-heading">
      <Heading variant="h2" id="service-status-heading" mb="s">
        {t('page.statusHeading')}
      </Heading>
      <dl className="provider-facts">
        <Fact term={t('page.status')} testId="service-status">
          {t(`status.${service.status}`)}
        </Fact>
        {service.submittedAt ? <Fact term={t('page.submittedAt')}>{formatDateTime(service.submittedAt, language)}</Fact> : null}
        {service.publishedAt ? <Fact term={t('page.publishedAt')}>{formatDateTime(service.publishedAt, language)}</Fact> : null}
        {service.archivedAt ? <Fact term={t('page.archivedAt')}>{formatDateTime(service.archivedAt, language)}</Fact> : null}
      </dl>
      <Paragraph mt="s">{t(`page.statusHelp.${service.status}`)}</Paragraph>
      {service.status === 'REJECTED' ? (
        <InlineAlert status="warning" labelText={t('status.rejectedReason')} mt="s" data-testid="rejection-reason">
          {service.rejectionReason ?? t('page.noReason')}
        </InlineAlert>
      ) : null}
      {revision ? (
        <div className="provider-revision" data-testid="revision-state">
          <Heading variant="h3" mt="m" mb="xs">
            {t('page.revisionHeading')}
          </Heading>
          <Paragraph>
            {t(`page.revision.${revision.status}`, {
              created: formatDateTime(revision.createdAt, language),
              decided: formatDateTime(revision.decidedAt, language),
            })}
          </Paragraph>
          {revision.changes.length > 0 ? (
            <Paragraph mt="xs">
              {t('page.revisionFields', { fields: revision.changes.map((change) => t(`fieldNames.${change.fieldName}`, { defaultValue: change.fieldName })).join(', ') })}
            </Paragraph>
          ) : null}
          {revision.status === 'REJECTED' && revision.rejectionReason ? (
            <InlineAlert status="warning" labelText={t('status.rejectedReason')} mt="s">
              {revision.rejectionReason}
            </InlineAlert>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Actions({ service }: { service: Service }) {
  const { t } = useTranslation('providerServices');
  const errorText = useMutationErrorText();
  const [confirm, setConfirm] = useState<'archive' | 'withdraw' | null>(null);
  const [done, setDone] = useState('');
  const invalidates = ['ProviderService', 'MyServices', 'ProviderServiceHistory'];
  const submit = useApiMutation(SubmitServiceMutation, { invalidates, onSuccess: () => setDone(t('page.outcome.submitted')) });
  const archive = useApiMutation(ArchiveServiceMutation, {
    invalidates,
    onSuccess: () => {
      setConfirm(null);
      setDone(t('page.outcome.archived'));
    },
  });
  const withdraw = useApiMutation(WithdrawServiceRevisionMutation, {
    invalidates,
    onSuccess: () => {
      setConfirm(null);
      setDone(t('page.outcome.withdrawn'));
    },
  });
  const allowed = actionsOf(service.status);
  const pending = service.revision?.status === 'PENDING';
  return (
    <section className="card" aria-labelledby="service-actions-heading">
      <Heading variant="h2" id="service-actions-heading" mb="s">
        {t('page.actionsHeading')}
      </Heading>
      <div className="provider-buttons">
        {allowed.edit ? (
          <RouterLink asComponent={Link} to={`/provider/services/${service.id}/edit`} className="provider-button-link" data-testid="edit-service">
            {service.status === 'PUBLISHED' ? t('page.editPublished') : t('page.edit')}
          </RouterLink>
        ) : null}
        {allowed.submit ? (
          <Button onClick={() => submit.mutate({ id: service.id })} disabled={submit.isPending} data-testid="submit-service">
            {t('page.submit')}
          </Button>
        ) : null}
        {pending ? (
          <Button variant="secondary" onClick={() => setConfirm('withdraw')} data-testid="withdraw-revision">
            {t('page.withdrawRevision')}
          </Button>
        ) : null}
        {allowed.archive ? (
          <Button variant="secondary" onClick={() => setConfirm('archive')} data-testid="archive-service">
            {t('page.archive')}
          </Button>
        ) : null}
      </div>
      {submit.error ? (
        <InlineAlert status="error" role="alert" mt="s">
          {errorText(submit.error)}
        </InlineAlert>
      ) : null}
      <div role="status" className="provider-status-message" data-testid="action-status">
        {done}
      </div>
      <ConfirmDialog
        visible={confirm === 'archive'}
        title={t('page.archiveTitle')}
        text={t('page.archiveText')}
        confirmLabel={t('page.archive')}
        onConfirm={() => archive.mutate({ id: service.id })}
        onCancel={() => setConfirm(null)}
        busy={archive.isPending}
        error={archive.error}
        testId="archive-dialog"
      />
      <ConfirmDialog
        visible={confirm === 'withdraw'}
        title={t('page.withdrawTitle')}
        text={t('page.withdrawText')}
        confirmLabel={t('page.withdrawRevision')}
        onConfirm={() => service.revision && withdraw.mutate({ id: service.revision.id })}
        onCancel={() => setConfirm(null)}
        busy={withdraw.isPending}
        error={withdraw.error}
        testId="withdraw-dialog"
      />
    </section>
  );
}

function Details({ service }: { service: Service }) {
  const { t } = useTranslation('providerServices');
  const labels = useServiceLabels();
  const { language } = labels;
  const none = t('page.notGiven');
  const cost = service.isFree
    ? t('form.cost.free')
    : service.costOptions
        .map((option) =>
          [option.amount !== null && option.amount !== undefined ? formatMoney(option.amount, language, option.currency ?? 'EUR') : null, option.unit, option.descriptionFi]
            .filter(Boolean)
            .join(' '),
        )
        .join('; ') || t('form.cost.paid');
  const ages =
    service.minimumAge !== null && service.minimumAge !== undefined
      ? service.maximumAge !== null && service.maximumAge !== undefined
        ? t('page.ageRange', { min: service.minimumAge, max: service.maximumAge })
        : t('page.ageMin', { min: service.minimumAge })
      : service.maximumAge !== null && service.maximumAge !== undefined
        ? t('page.ageMax', { max: service.maximumAge })
        : none;
  const translations = (['sv', 'en'] as const).filter((l) => !service.name[l]);
  return (
    <section className="card" aria-labelledby="service-details-heading">
      <Heading variant="h2" id="service-details-heading" mb="s">
        {t('page.detailsHeading')}
      </Heading>
      {translations.length > 0 ? (
        <InlineAlert status="neutral" mb="s" data-testid="missing-translations">
          {t('page.missingTranslations', { languages: translations.map((l) => t(`languages.${l}`)).join(', ') })}
        </InlineAlert>
      ) : null}
      <dl className="provider-facts">
        <Fact term={t('form.terms.audience')}>{t(`audience.${service.audience}`)}</Fact>
        <Fact term={t('form.terms.categoryCodes')}>{service.categories.map((c) => labels.term(c.code, c.labelFi)).join(', ') || none}</Fact>
        <Fact term={t('form.terms.targetGroupCodes')}>{service.targetGroups.map((c) => labels.term(c.code)).join(', ') || none}</Fact>
        <Fact term={t('form.coverage.heading')}>
          {service.coverage.national
            ? t('form.coverage.national')
            : [...service.coverage.employmentAreaIds.map((id) => labels.area(id, id)), ...service.coverage.municipalityCodes.map((code) => labels.municipality(code))].join(', ')}
        </Fact>
        <Fact term={t('form.delivery.mode')}>{t(`deliveryMode.${service.deliveryMode}`)}</Fact>
        <Fact term={t('form.delivery.languages')}>{service.languages.map((code) => labels.spokenLanguage(code)).join(', ')}</Fact>
        <Fact term={t('form.cost.heading')}>{cost}</Fact>
        <Fact term={t('page.ages')}>{ages}</Fact>
        <Fact term={t('form.fields.capacity')}>{service.capacity ?? none}</Fact>
        <Fact term={t('form.fields.eligibilityFi')}>{service.eligibilityFi ?? none}</Fact>
        <Fact term={t('form.fields.howToTakePartFi')}>{service.howToTakePartFi ?? none}</Fact>
        <Fact term={t('form.fields.scheduleFi')}>{service.scheduleFi ?? none}</Fact>
        <Fact term={t('form.locations.heading')}>
          {service.locations.length === 0 ? (
            none
          ) : (
            <ul className="provider-chosen">
              {service.locations.map((location) => (
                <li key={location.id}>
                  {[location.name, location.streetAddress, `${location.postalCode} ${labels.municipality(location.municipalityCode)}`].filter(Boolean).join(', ')}
                  {location.accessibilityFi ? ` — ${location.accessibilityFi}` : ''}
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={t('form.fields.email')}>{service.email ?? none}</Fact>
        <Fact term={t('form.fields.phone')}>{service.phone ?? none}</Fact>
        <Fact term={t('form.fields.url')}>{service.url ?? none}</Fact>
        <Fact term={t('page.updatedAt')}>{formatDate(service.updatedAt, language)}</Fact>
      </dl>
    </section>
  );
}

function History({ id }: { id: string }) {
  const { t } = useTranslation('providerServices');
  const { language } = useServiceLabels();
  const query = useApiQuery(ProviderServiceHistoryQuery, { id }, { staleTime: 0 });
  // Codes in words: a status, a yes/no; other values as they were written.
  const show = (field: string, value: unknown) =>
    field === 'status' && typeof value === 'string'
      ? t(`status.${value}`, { defaultValue: value })
      : typeof value === 'boolean'
        ? t(value ? 'page.yes' : 'page.no')
        : historyValue(value, t('page.empty'));
  return (
    <section className="card" aria-labelledby="service-history-heading" data-testid="service-history">
      <Heading variant="h2" id="service-history-heading" mb="s">
        {t('page.historyHeading')}
      </Heading>
      <Paragraph mb="s">{t('page.historyIntro')}</Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.serviceHistory.length === 0 ? (
        <Paragraph>{t('page.historyEmpty')}</Paragraph>
      ) : (
        <Table
          caption={t('page.historyCaption')}
          className="provider-history"
          columns={[
            { key: 'when', labelText: t('page.historyColumns.when') },
            { key: 'field', labelText: t('page.historyColumns.field') },
            { key: 'before', labelText: t('page.historyColumns.before') },
            { key: 'after', labelText: t('page.historyColumns.after') },
          ]}
          data={query.data.serviceHistory.map((change) => ({
            id: change.id,
            when: formatDateTime(change.changedAt, language),
            field: t(`fieldNames.${change.fieldName}`, { defaultValue: change.fieldName }),
            before: <span className="provider-value">{show(change.fieldName, change.previousValue)}</span>,
            after: <span className="provider-value">{show(change.fieldName, change.newValue)}</span>,
          }))}
        />
      )}
    </section>
  );
}

function Preview({ service }: { service: Service }) {
  const { t } = useTranslation('providerServices');
  const labels = useServiceLabels();
  const hit: SearchHit = { distanceKm: null, highlights: [], service };
  return (
    <section className="card" aria-labelledby="service-preview-heading">
      <Heading variant="h2" id="service-preview-heading" mb="s">
        {t('page.previewHeading')}
      </Heading>
      <Paragraph mb="s">{t(service.status === 'PUBLISHED' ? 'page.previewLive' : 'page.previewNotLive')}</Paragraph>
      <ul className="provider-preview" data-testid="service-preview">
        <ServiceCard hit={hit} labels={labels} />
      </ul>
    </section>
  );
}

export default function ProviderServicePage() {
  const { t } = useTranslation('providerServices');
  const { language } = useServiceLabels();
  const { id = '' } = useParams<{ id: string }>();
  const location = useLocation();
  const navigate = useNavigate();
  // What the form just did, shown once: the history entry forgets it, so a reload or a later
  // visit does not repeat a notice that no longer describes the service.
  const [outcome] = useState(() => (location.state as { outcome?: string } | null)?.outcome);
  useEffect(() => {
    if (location.state) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);
  const query = useApiQuery(ProviderServiceQuery, { id }, { staleTime: 0 });
  const service = query.data?.service;
  const title = service ? localize(service.name, language).text : t('page.loadingTitle');
  return (
    <Page
      title={title}
      lead={
        <RouterLink asComponent={Link} to="/provider/services">
          {t('page.back')}
        </RouterLink>
      }
    >
      {outcome ? (
        <InlineAlert status="neutral" mb="m" data-testid="save-outcome">
          {t(`page.outcome.${outcome}`)}
        </InlineAlert>
      ) : null}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : service ? (
        <>
          <StatusSection service={service} />
          <Actions service={service} />
          <Preview service={service} />
          <Details service={service} />
          {service.publishedAt || service.status === 'PUBLISHED' || service.status === 'ARCHIVED' ? <History id={service.id} /> : null}
        </>
      ) : null}
    </Page>
  );
}
