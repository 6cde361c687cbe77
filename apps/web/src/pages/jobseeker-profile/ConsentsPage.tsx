import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Heading, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, StaticChip, Text } from 'suomifi-ui-components';
import type { ConsentScope } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { asApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { Page } from '../../shared/layout/Page';
import { Loading } from '../../shared/layout/LoadingPage';
import { ConfirmDialog } from '../needs/ConfirmDialog';
import { consentState, expiryOf, newestFirst, SCOPES, type Consent, type ConsentEvent, type ExpiryChoice } from './consent-state';
import { GrantConsentMutation, MyConsentsQuery, WithdrawConsentMutation } from './jobseeker-profile.documents';
// The jobseeker pages' shared look (status rows, bullets, action rows).
import '../jobseeker/jobseeker.css';
import './jobseeker-profile.css';

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

function useErrorText() {
  const { t } = useTranslation('jobseekerProfile');
  return (error: unknown): string => {
    const apiError = asApiError(error);
    if (apiError.kind === 'badInput') return t('consents.errors.badInput');
    if (apiError.kind === 'notFound') return t('consents.errors.noProfile');
    if (apiError.kind === 'network') return t('consents.errors.network');
    return t('consents.errors.server');
  };
}

function StateLine({ consent, scope }: { consent: Consent | undefined; scope: ConsentScope }) {
  const { t } = useTranslation('jobseekerProfile');
  const language = useLanguage();
  const state = consentState(consent);
  const text =
    state.kind === 'active'
      ? state.expiresAt
        ? t('consents.state.activeUntil', { date: formatDate(state.expiresAt, language) })
        : t('consents.state.activeOpen')
      : state.kind === 'withdrawn'
        ? t('consents.state.withdrawnOn', { date: formatDate(state.at, language) })
        : state.kind === 'expired'
          ? t('consents.state.expiredOn', { date: formatDate(state.at, language) })
          : t('consents.state.neverText');
  return (
    <div className="jobseeker-status" data-testid={`consent-state-${scope}`} data-state={state.kind}>
      <StaticChip>{t(`consents.stateLabel.${state.kind}`)}</StaticChip>
      <Text>{text}</Text>
    </div>
  );
}

function ConsentCard({
  scope,
  consent,
  onWithdraw,
  onGrant,
  granting,
}: {
  scope: ConsentScope;
  consent: Consent | undefined;
  onWithdraw: () => void;
  onGrant: (expiry: ExpiryChoice) => void;
  granting: boolean;
}) {
  const { t } = useTranslation('jobseekerProfile');
  const [expiry, setExpiry] = useState<ExpiryChoice>('none');
  const active = consentState(consent).kind === 'active';
  const headingId = `consent-${scope}`;
  const allows = t(`consents.scopes.${scope}.allows`, { returnObjects: true }) as string[];
  const never = t(`consents.scopes.${scope}.never`, { returnObjects: true }) as string[];
  return (
    <section className="card consent-card" aria-labelledby={headingId} data-testid={`consent-${scope}`}>
      <Heading variant="h2" id={headingId} tabIndex={-1} mb="xs">
        {t(`consents.scopes.${scope}.name`)}
      </Heading>
      <StateLine consent={consent} scope={scope} />
      <Paragraph mb="s">{t(`consents.scopes.${scope}.summary`)}</Paragraph>
      <Heading variant="h3" mb="xs">
        {t('consents.allowsHeading')}
      </Heading>
      <ul className="jobseeker-bullets">
        {allows.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Heading variant="h3" mb="xs">
        {t('consents.neverHeading')}
      </Heading>
      <ul className="jobseeker-bullets">
        {never.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {active ? (
        <div className="jobseeker-actions">
          <Button variant="secondary" onClick={onWithdraw} aria-describedby={headingId} data-testid={`consent-withdraw-${scope}`}>
            {t('consents.withdraw')}
          </Button>
        </div>
      ) : (
        <>
          <RadioButtonGroup
            name={`consent-expiry-${scope}`}
            labelText={t('consents.expiryLabel', { name: t(`consents.scopes.${scope}.name`) })}
            value={expiry}
            onChange={(value) => setExpiry(value as ExpiryChoice)}
            className="profile-radios"
          >
            <RadioButton value="none" id={`consent-expiry-${scope}-none`}>
              {t('consents.expiry.none')}
            </RadioButton>
            <RadioButton value="6" id={`consent-expiry-${scope}-6`}>
              {t('consents.expiry.6')}
            </RadioButton>
            <RadioButton value="12" id={`consent-expiry-${scope}-12`}>
              {t('consents.expiry.12')}
            </RadioButton>
          </RadioButtonGroup>
          <div className="jobseeker-actions">
            <Button onClick={() => onGrant(expiry)} disabled={granting} aria-describedby={headingId} data-testid={`consent-grant-${scope}`}>
              {t('consents.grant')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function HistoryTable({ events }: { events: readonly ConsentEvent[] }) {
  const { t } = useTranslation('jobseekerProfile');
  const language = useLanguage();
  if (events.length === 0) return <Paragraph>{t('consents.history.none')}</Paragraph>;
  return (
    <table className="consent-history" data-testid="consent-history">
      <caption className="visually-hidden">{t('consents.history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('consents.history.when')}</th>
          <th scope="col">{t('consents.history.what')}</th>
          <th scope="col">{t('consents.history.action')}</th>
          <th scope="col">{t('consents.history.by')}</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst(events).map((event, index) => (
          <tr key={`${event.at}-${event.scope}-${index}`} data-testid="consent-history-row" data-scope={event.scope} data-action={event.action}>
            <td>{formatDateTime(event.at, language)}</td>
            <td>{t(`consents.scopes.${event.scope}.name`)}</td>
            <td>
              {event.action === 'GRANTED' && event.expiresAt
                ? t('consents.history.grantedUntil', { date: formatDate(event.expiresAt, language) })
                : t(`consents.history.actions.${event.action}`)}
            </td>
            <td>{event.byJobseeker ? t('consents.history.byYou') : t('consents.history.byPlatform')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The jobseeker's three consents: what each allows and never allows, its state, grant (until
 * withdrawn or for a time) and withdraw (confirmed), and every change in a history table.
 */
export default function ConsentsPage() {
  const { t } = useTranslation('jobseekerProfile');
  const query = useApiQuery(MyConsentsQuery, undefined);
  const grant = useApiMutation(GrantConsentMutation, { invalidates: ['MyConsents', 'MyJobseekerProfile'] });
  const withdraw = useApiMutation(WithdrawConsentMutation, { invalidates: ['MyConsents', 'MyJobseekerProfile'] });
  const errorText = useErrorText();
  // The dialog stays mounted and only toggles `visible` (see ConfirmDialog).
  const [withdrawing, setWithdrawing] = useState<ConsentScope | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);

  const done = (text: string, scope: ConsentScope) => {
    setStatus(text);
    // Back to the consent the change was about; its buttons have changed.
    requestAnimationFrame(() => (document.getElementById(`consent-${scope}`) ?? statusRef.current)?.focus());
  };
  const confirmWithdraw = () => {
    if (!withdrawing) return;
    const scope = withdrawing;
    withdraw.mutate(
      { scope },
      {
        onSuccess: () => {
          setDialogOpen(false);
          done(t('consents.done.withdrawn', { name: t(`consents.scopes.${scope}.name`) }), scope);
        },
      },
    );
  };
  const onGrant = (scope: ConsentScope, expiry: ExpiryChoice) => {
    setStatus('');
    grant.mutate({ input: { scope, expiresAt: expiryOf(expiry) } }, { onSuccess: () => done(t('consents.done.granted', { name: t(`consents.scopes.${scope}.name`) }), scope) });
  };

  const profile = query.data?.myJobseekerProfile;
  return (
    <Page title={t('consents.title')} lead={<Paragraph>{t('consents.lead')}</Paragraph>}>
      <div role="status" className="jobseeker-status-message consent-status-message" data-testid="consents-status" ref={statusRef} tabIndex={-1}>
        {status}
      </div>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && !profile ? (
        <InlineAlert status="neutral" data-testid="consents-no-profile" labelText={t('consents.noProfile.title')}>
          <Paragraph mb="s">{t('consents.noProfile.text')}</Paragraph>
          <RouterLink to="/jobseeker/profile">{t('consents.noProfile.link')}</RouterLink>
        </InlineAlert>
      ) : null}
      {grant.error ? (
        <InlineAlert status="error" role="alert" mb="m">
          {errorText(grant.error)}
        </InlineAlert>
      ) : null}
      {profile ? (
        <>
          {SCOPES.map((scope) => (
            <ConsentCard
              key={scope}
              scope={scope}
              consent={profile.consents.find((consent) => consent.scope === scope)}
              granting={grant.isPending}
              onGrant={(expiry) => onGrant(scope, expiry)}
              onWithdraw={() => {
                withdraw.reset();
                setWithdrawing(scope);
                setDialogOpen(true);
              }}
            />
          ))}
          <section aria-labelledby="consent-history-heading" className="jobseeker-section">
            <Heading variant="h2" id="consent-history-heading" mb="s">
              {t('consents.history.heading')}
            </Heading>
            <HistoryTable events={profile.consentHistory} />
          </section>
        </>
      ) : null}
      <ConfirmDialog
        visible={dialogOpen}
        testId="withdraw-dialog"
        title={withdrawing ? t('consents.withdrawDialog.title', { name: t(`consents.scopes.${withdrawing}.name`) }) : ''}
        confirmLabel={t('consents.withdrawDialog.confirm')}
        onConfirm={confirmWithdraw}
        onCancel={() => {
          setDialogOpen(false);
          withdraw.reset();
          if (withdrawing) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="consent-withdraw-${withdrawing}"]`)?.focus());
        }}
        busy={withdraw.isPending}
        error={withdraw.error}
        errorText={errorText}
      >
        {withdrawing ? (
          <div data-testid="withdraw-explained">
            <Paragraph mb="s">{t(`consents.scopes.${withdrawing}.withdrawEffect`)}</Paragraph>
            <Paragraph>{t('consents.withdrawDialog.regrant')}</Paragraph>
          </div>
        ) : null}
      </ConfirmDialog>
    </Page>
  );
}
