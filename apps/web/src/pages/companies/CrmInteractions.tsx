import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, TextInput, Textarea } from 'suomifi-ui-components';
import type { InteractionKind, InteractionVisibility } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { Loading } from '../../shared/layout/LoadingPage';
import { CompanyInteractionsQuery, LogInteractionMutation } from './companies.documents';
import { DateField, dateInputToIso, dateInputValue, Select, useLanguage, useMyArea } from './companies-shared';

const KINDS: InteractionKind[] = ['CALL', 'EMAIL', 'VISIT', 'EVENT'];

/** The area's dealings with the company as a timeline, newest first, and the form that logs one. */
export function CrmInteractions({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const { areaName } = useMyArea();
  const query = useApiQuery(CompanyInteractionsQuery, { companyId });
  const [kind, setKind] = useState<InteractionKind>('CALL');
  const [date, setDate] = useState(dateInputValue());
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [visibility, setVisibility] = useState<InteractionVisibility>('AREA_ONLY');
  const [status, setStatus] = useState('');
  const log = useApiMutation(LogInteractionMutation, {
    invalidates: ['CompanyInteractions'],
    onSuccess: () => {
      setSummary('');
      setOutcome('');
      setNextStep('');
      setStatus(t('interactions.logged'));
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
    log.mutate({
      companyId,
      input: {
        kind,
        occurredAt: dateInputToIso(date, 12) ?? '',
        summary: summary.trim(),
        outcome: orNull(outcome),
        nextStep: orNull(nextStep),
        visibility,
      },
    });
  };
  const error = (path: string) => fieldError(log.error, path);
  return (
    <section aria-labelledby="crm-interactions-heading" className="card companies-section" data-testid="crm-interactions">
      <Heading variant="h2" id="crm-interactions-heading" mb="s">
        {t('interactions.heading')}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="companies-form">
        <Heading variant="h3">{t('interactions.logHeading')}</Heading>
        <FormErrors
          error={log.error}
          fields={[
            { path: 'occurredAt', inputId: 'crm-interaction-date', label: t('interactions.date') },
            { path: 'summary', inputId: 'crm-interaction-summary', label: t('interactions.summary') },
            { path: 'outcome', inputId: 'crm-interaction-outcome', label: t('interactions.outcome') },
            { path: 'nextStep', inputId: 'crm-interaction-next', label: t('interactions.nextStep') },
          ]}
        />
        <div className="companies-form-row">
          <Select id="crm-interaction-kind" label={t('interactions.kind')} value={kind} onChange={(v) => setKind(v as InteractionKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`interactions.kinds.${k}`)}
              </option>
            ))}
          </Select>
          <DateField id="crm-interaction-date" label={t('interactions.date')} value={date} onChange={setDate} error={error('occurredAt')} />
        </div>
        <Textarea
          id="crm-interaction-summary"
          labelText={t('interactions.summary')}
          hintText={t('interactions.summaryHint')}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          status={error('summary') ? 'error' : 'default'}
          statusText={error('summary')}
          fullWidth
        />
        <TextInput id="crm-interaction-outcome" labelText={t('interactions.outcome')} optionalText={t('optional')} value={outcome} onChange={(v) => setOutcome(String(v ?? ''))} fullWidth />
        <TextInput id="crm-interaction-next" labelText={t('interactions.nextStep')} optionalText={t('optional')} value={nextStep} onChange={(v) => setNextStep(String(v ?? ''))} fullWidth />
        <Select
          id="crm-interaction-visibility"
          label={t('interactions.visibility')}
          value={visibility}
          onChange={(v) => setVisibility(v as InteractionVisibility)}
        >
          <option value="AREA_ONLY">{t('interactions.visibilities.AREA_ONLY')}</option>
          <option value="SHARED">{t('interactions.visibilities.SHARED')}</option>
        </Select>
        <div className="companies-buttons">
          <Button type="submit" disabled={log.isPending}>
            {t('interactions.log')}
          </Button>
        </div>
      </form>
      <div role="status" className="companies-status">
        {status}
      </div>
      <Heading variant="h3" mt="m" mb="s">
        {t('interactions.timeline')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.companyInteractions.length === 0 ? (
        <Paragraph>{t('interactions.none')}</Paragraph>
      ) : (
        <ol className="companies-timeline" data-testid="crm-timeline">
          {query.data.companyInteractions.map((item) => (
            <li key={item.id}>
              <div className="companies-timeline-meta">
                {formatDate(item.occurredAt, language)} · {t(`interactions.kinds.${item.kind}`)} · {t(`interactions.visibilities.${item.visibility}`)}
                {areaName(item.authorEmploymentAreaId) ? ` · ${areaName(item.authorEmploymentAreaId)}` : ''}
              </div>
              <p>{item.summary}</p>
              {item.outcome ? (
                <p>
                  <strong>{t('interactions.outcome')}:</strong> {item.outcome}
                </p>
              ) : null}
              {item.nextStep ? (
                <p>
                  <strong>{t('interactions.nextStep')}:</strong> {item.nextStep}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
