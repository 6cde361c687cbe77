import { useState, type ReactNode } from 'react';
import { Heading, InlineAlert, Paragraph, StaticChip } from 'suomifi-ui-components';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { Coverage } from './Coverage';
import { Decision } from './Decision';
import { FieldValue } from './FieldValue';
import { ModerationApproveServiceMutation, ModerationRejectServiceMutation, ModerationServiceQuery } from './moderation.documents';
import { termLabel, useModerationText } from './moderation-text';
import { BackToQueue } from './BackToQueue';

const INVALIDATES = ['ModerationQueue', 'ModerationService'];

function Empty() {
  const { t } = useModerationText();
  return <span className="moderation-empty">{t('diff.empty')}</span>;
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="moderation-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A submitted service as the coordinator checks it: what it is, who provides it, where; then the decision. */
export function ServiceItem({ id }: { id: string }) {
  const { t, language, name } = useModerationText();
  const query = useApiQuery(ModerationServiceQuery, { id });
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const approve = useApiMutation(ModerationApproveServiceMutation, {
    invalidates: INVALIDATES,
    onSuccess: (data) => setDone(t(data.approveService.status === 'PUBLISHED' ? 'decision.servicePublished' : 'decision.serviceApprovedForArea')),
  });
  const reject = useApiMutation(ModerationRejectServiceMutation, {
    invalidates: INVALIDATES,
    onSuccess: () => setDone(t('decision.serviceRejected')),
  });

  if (query.isPending) return <Page title={t('item.serviceTitle')}><Loading /></Page>;
  if (query.isError) return <Page title={t('item.serviceTitle')}><ErrorState error={query.error} onRetry={() => void query.refetch()} /></Page>;
  const service = query.data.service;
  const title = name(service.name);
  const texts = (field: 'summary' | 'description') =>
    (['fi', 'sv', 'en'] as const)
      .filter((lang) => service[field][lang])
      .map((lang) => (
        <div key={lang} lang={lang}>
          <strong lang={language}>{t(`languages.${lang}`)}:</strong> {service[field][lang]}
        </div>
      ));
  const missing = (['sv', 'en'] as const).filter((lang) => !service.name[lang]);

  return (
    <Page title={t('item.serviceHeading', { name: title.text })}>
      <BackToQueue />
      <div role="status" className="moderation-status" data-testid="moderation-done">
        {done}
      </div>
      <div className="chips">
        <StaticChip data-testid="moderation-item-status">{t(`values.status.${service.status}`)}</StaticChip>
      </div>
      {service.status === 'REJECTED' && service.rejectionReason ? (
        <InlineAlert status="warning" labelText={t('item.rejectedWith')} mb="m">
          {service.rejectionReason}
        </InlineAlert>
      ) : null}
      <section aria-labelledby="moderation-what-heading" className="moderation-section">
        <Heading variant="h2" id="moderation-what-heading" mb="s">
          {t('item.what')}
        </Heading>
        <dl className="moderation-facts">
          <Row label={t('item.provider')} testId="moderation-provider">{service.provider.name}</Row>
          <Row label={t('item.name')}>
            {(['fi', 'sv', 'en'] as const)
              .filter((lang) => service.name[lang])
              .map((lang) => (
                <div key={lang} lang={lang}>
                  <strong lang={language}>{t(`languages.${lang}`)}:</strong> {service.name[lang]}
                </div>
              ))}
          </Row>
          {missing.length > 0 ? <Row label={t('item.missingLanguages')}>{missing.map((lang) => t(`languages.${lang}`)).join(', ')}</Row> : null}
          <Row label={t('item.summary')}>{texts('summary')}</Row>
          <Row label={t('item.description')}>{texts('description')}</Row>
          <Row label={t('fields.audience')}><FieldValue field="audience" value={service.audience} /></Row>
          <Row label={t('item.categories')}>{service.categories.map((term) => termLabel(term, language)).join(', ') || <Empty />}</Row>
          <Row label={t('item.targetGroups')}>{service.targetGroups.map((term) => termLabel(term, language)).join(', ') || <Empty />}</Row>
          <Row label={t('item.coverage')} testId="moderation-coverage"><Coverage coverage={service.coverage} /></Row>
          <Row label={t('fields.deliveryMode')}><FieldValue field="deliveryMode" value={service.deliveryMode} /></Row>
          <Row label={t('fields.languages')}><FieldValue field="languages" value={service.languages} /></Row>
          <Row label={t('fields.costOptions')}>{service.isFree ? t('diff.free') : <FieldValue field="costOptions" value={service.costOptions} />}</Row>
          <Row label={t('fields.eligibilityFi')}><FieldValue field="eligibilityFi" value={service.eligibilityFi} /></Row>
          <Row label={t('item.ages')}>
            {service.minimumAge !== null || service.maximumAge !== null
              ? t('item.agesRange', { min: service.minimumAge ?? '–', max: service.maximumAge ?? '–' })
              : <Empty />}
          </Row>
          <Row label={t('fields.howToTakePartFi')}><FieldValue field="howToTakePartFi" value={service.howToTakePartFi} /></Row>
          <Row label={t('fields.capacity')}><FieldValue field="capacity" value={service.capacity} /></Row>
          <Row label={t('fields.scheduleFi')}><FieldValue field="scheduleFi" value={service.scheduleFi} /></Row>
          <Row label={t('fields.locations')}><FieldValue field="locations" value={service.locations} /></Row>
          <Row label={t('item.contacts')}>{[service.email, service.phone, service.url].filter(Boolean).join(' · ') || <Empty />}</Row>
          <Row label={t('item.submitted')}>{formatDate(service.submittedAt, language) || <Empty />}</Row>
        </dl>
      </section>
      {service.status === 'SUBMITTED' && !done ? (
        <section aria-labelledby="moderation-decision-heading" className="moderation-section">
          <Heading variant="h2" id="moderation-decision-heading" mb="s">
            {t('decision.heading')}
          </Heading>
          <Paragraph>{t('decision.serviceLead')}</Paragraph>
          <Decision
            subject={title.text}
            approveText={t('decision.approveServiceText', { name: title.text })}
            reason={reason}
            onReason={setReason}
            approve={{ run: () => approve.mutate({ id }), pending: approve.isPending, error: approve.error, reset: approve.reset }}
            reject={{ run: () => reject.mutate({ id, input: { reason: reason.trim() } }), pending: reject.isPending, error: reject.error, reset: reject.reset }}
          />
        </section>
      ) : service.status !== 'SUBMITTED' && !done ? (
        <Paragraph>{t('decision.notWaiting')}</Paragraph>
      ) : null}
    </Page>
  );
}
