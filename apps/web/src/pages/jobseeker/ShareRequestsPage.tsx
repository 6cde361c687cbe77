import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, StaticChip, Text } from 'suomifi-ui-components';
import type { MyShareRequestsQuery as MyShareRequestsResult } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate, formatDateTime, listFormat } from '../../shared/format/format';
import { MunicipalityNameQuery } from '../../shared/forms/municipality.documents';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { Page } from '../../shared/layout/Page';
import { Loading } from '../../shared/layout/LoadingPage';
import { DecisionDialog } from './DecisionDialog';
import { AnswerShareRequestMutation, MyShareRequestsQuery, RevokeShareRequestMutation } from './jobseeker.documents';
import { candidacyStanding, sharedFieldKey, splitShareRequests } from './share-requests';
import './jobseeker.css';

type ShareRequest = MyShareRequestsResult['myShareRequests'][number];
type Decision = { kind: 'accept' | 'decline' | 'revoke'; request: ShareRequest };

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

/** The need's municipality in the chosen language (the names are cached per code). */
function MunicipalityName({ code }: { code: string }) {
  const language = useLanguage();
  const { data } = useApiQuery(MunicipalityNameQuery, { code }, { staleTime: Infinity });
  const municipality = data?.municipality;
  if (!municipality) return null;
  return <>{language === 'sv' ? municipality.nameSv || municipality.nameFi : municipality.nameFi}</>;
}

/** "first name, last name, e-mail and phone number" in the chosen language. */
function useSharedFields() {
  const { t } = useTranslation('jobseeker');
  const language = useLanguage();
  return (words: readonly string[]) =>
    listFormat(language).format(words.map((word) => {
      const key = sharedFieldKey(word);
      return key ? t(`shareRequests.fields.${key}`) : word;
    }));
}

/** Where the candidacy stands, in words: open (whose turn it is) or ended (how, when and why). */
export function StatusLine({ request }: { request: ShareRequest }) {
  const { t } = useTranslation('jobseeker');
  const language = useLanguage();
  const standing = candidacyStanding(request);
  const date = standing.date ? formatDate(standing.date, language) : '';
  if (standing.open) {
    const values = { date, deadline: formatDateTime(request.deadline, language) };
    return (
      <div className="jobseeker-status" data-testid="share-request-status" data-stage={standing.stage}>
        <StaticChip>{t(`shareRequests.stage.${standing.stage}.label`)}</StaticChip>
        <Text>{t(`shareRequests.stage.${standing.stage}.text`, values)}</Text>
      </div>
    );
  }
  return (
    <div className="jobseeker-status jobseeker-status--ended" data-testid="share-request-status" data-outcome={standing.outcome}>
      <StaticChip>{t(`shareRequests.outcome.${standing.outcome}.label`)}</StaticChip>
      <Text>{t(date ? `shareRequests.outcome.${standing.outcome}.text` : `shareRequests.outcome.${standing.outcome}.undated`, { date })}</Text>
      {standing.reason ? (
        <p className="jobseeker-reason" data-testid="share-request-reason">
          <span className="jobseeker-reason-label">{t('shareRequests.reason')}</span> <span>{standing.reason}</span>
        </p>
      ) : null}
    </div>
  );
}

function ShareRequestCard({ request, onDecide }: { request: ShareRequest; onDecide: (decision: Decision) => void }) {
  const { t } = useTranslation('jobseeker');
  const language = useLanguage();
  const shared = useSharedFields();
  const headingId = `share-request-${request.id}`;
  // Presented as an anonymised card without any share request: nothing of the identity to take back.
  const anonymous = request.wouldShare.length === 0;
  return (
    <li
      className="card jobseeker-card"
      data-testid="share-request"
      data-status={request.status}
      data-outcome={request.closure?.outcome}
      aria-labelledby={headingId}
    >
      <Heading variant="h3" id={headingId} tabIndex={-1} className="jobseeker-card-title">
        {request.needTitle}
      </Heading>
      <StatusLine request={request} />
      <dl className="jobseeker-facts">
        <dt>{t('shareRequests.asker')}</dt>
        <dd data-testid="share-request-company">{request.companyName}</dd>
        {request.needMunicipalityCode ? (
          <>
            <dt>{t('shareRequests.place')}</dt>
            <dd>
              <MunicipalityName code={request.needMunicipalityCode} />
            </dd>
          </>
        ) : null}
        <dt>{t('shareRequests.requestedAt')}</dt>
        <dd>{formatDate(request.requestedAt, language)}</dd>
        {request.status === 'REQUESTED' ? (
          <>
            <dt>{t('shareRequests.deadline')}</dt>
            <dd>{formatDateTime(request.deadline, language)}</dd>
          </>
        ) : null}
        {request.presentedAt ? (
          <>
            <dt>{t('shareRequests.presentedAt')}</dt>
            <dd>{formatDate(request.presentedAt, language)}</dd>
          </>
        ) : null}
        {anonymous ? (
          <>
            <dt>{t('shareRequests.shownAs')}</dt>
            <dd data-testid="share-request-anonymous">{t('shareRequests.anonymousCard')}</dd>
          </>
        ) : (
          <>
            <dt>{t('shareRequests.wouldShare')}</dt>
            <dd data-testid="share-request-would-share">{shared(request.wouldShare)}</dd>
          </>
        )}
      </dl>
      {request.message ? (
        <div className="jobseeker-message">
          <Text className="jobseeker-message-label">{t('shareRequests.message')}</Text>
          <Paragraph>{request.message}</Paragraph>
        </div>
      ) : null}
      {request.status === 'REQUESTED' && !request.closure ? (
        <div className="jobseeker-actions">
          <Button onClick={() => onDecide({ kind: 'accept', request })} aria-describedby={headingId} data-testid="share-request-accept">
            {t('shareRequests.accept')}
          </Button>
          <Button variant="secondary" onClick={() => onDecide({ kind: 'decline', request })} aria-describedby={headingId} data-testid="share-request-decline">
            {t('shareRequests.decline')}
          </Button>
        </div>
      ) : null}
      {request.status === 'ACCEPTED' && !anonymous ? (
        <div className="jobseeker-actions">
          <Button variant="secondary" onClick={() => onDecide({ kind: 'revoke', request })} aria-describedby={headingId} data-testid="share-request-revoke">
            {t('shareRequests.revoke')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** What the chosen decision means, in the dialog before the person confirms it. */
function DecisionText({ decision }: { decision: Decision }) {
  const { t } = useTranslation('jobseeker');
  const shared = useSharedFields();
  const values = { company: decision.request.companyName, need: decision.request.needTitle, fields: shared(decision.request.wouldShare) };
  if (decision.kind === 'revoke') {
    return (
      <div data-testid="revoke-explained">
        <Paragraph mb="s">{t('shareRequests.revokeDialog.does', values)}</Paragraph>
        <Paragraph mb="s">{t('shareRequests.revokeDialog.doesNot', values)}</Paragraph>
        <Paragraph>{t('shareRequests.revokeDialog.final')}</Paragraph>
      </div>
    );
  }
  if (decision.kind === 'accept') {
    return (
      <div data-testid="accept-explained">
        <Paragraph mb="s">{t('shareRequests.acceptDialog.text', values)}</Paragraph>
        <Paragraph>{t('shareRequests.acceptDialog.revocable')}</Paragraph>
      </div>
    );
  }
  return <Paragraph>{t('shareRequests.declineDialog.text', values)}</Paragraph>;
}

/**
 * The jobseeker's candidacies, each from the share request that started it: who asks (the company,
 * never a staff member), for which need, what would be shared and until when; accept or decline
 * the waiting ones, revoke an accepted one. Every candidacy says where it stands: open ones whose
 * turn it is, ended ones how and when they ended and the reason when one was given.
 */
export default function ShareRequestsPage() {
  const { t } = useTranslation('jobseeker');
  const query = useApiQuery(MyShareRequestsQuery, undefined);
  const answer = useApiMutation(AnswerShareRequestMutation, { invalidates: ['MyShareRequests'] });
  const revoke = useApiMutation(RevokeShareRequestMutation, { invalidates: ['MyShareRequests'] });
  // The dialog is mounted with the page and only shown and hidden: a modal mounted open, or
  // unmounted while open, can leave the page hidden from assistive technology (react-modal's
  // aria-hidden on the app). `decision` keeps the last one for the closing dialog.
  const [decision, setDecision] = useState<Decision | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const decide = (chosen: Decision) => {
    answer.reset();
    revoke.reset();
    setDecision(chosen);
    setDialogOpen(true);
  };
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);

  const mutation = decision?.kind === 'revoke' ? revoke : answer;
  const close = () => {
    setDialogOpen(false);
    answer.reset();
    revoke.reset();
  };
  const afterDecision = (text: string, id: string) => {
    setDialogOpen(false);
    setStatus(text);
    // Back to the request the decision was about; its card has moved to the other list.
    requestAnimationFrame(() => (document.getElementById(`share-request-${id}`) ?? statusRef.current)?.focus());
  };
  const confirm = () => {
    if (!decision) return;
    const { request, kind } = decision;
    const done = (text: string) => () => afterDecision(text, request.id);
    const values = { company: request.companyName, need: request.needTitle };
    if (kind === 'revoke') revoke.mutate({ id: request.id }, { onSuccess: done(t('shareRequests.done.revoked', values)) });
    else answer.mutate({ input: { id: request.id, accept: kind === 'accept' } }, { onSuccess: done(t(kind === 'accept' ? 'shareRequests.done.accepted' : 'shareRequests.done.declined', values)) });
  };

  const requests = query.data?.myShareRequests ?? [];
  const { open, closed } = splitShareRequests(requests);

  return (
    <Page title={t('shareRequests.title')} lead={<Paragraph>{t('shareRequests.lead')}</Paragraph>}>
      <div role="status" className="jobseeker-status-message" data-testid="share-requests-status" ref={statusRef} tabIndex={-1}>
        {status}
      </div>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <>
          <section aria-labelledby="share-requests-open" className="jobseeker-section">
            <Heading variant="h2" id="share-requests-open" mb="s">
              {t('shareRequests.openHeading', { count: open.length })}
            </Heading>
            {open.length === 0 ? (
              <Paragraph data-testid="share-requests-none-open">{t('shareRequests.noneOpen')}</Paragraph>
            ) : (
              <ul className="jobseeker-list" data-testid="share-requests-open">
                {open.map((request) => (
                  <ShareRequestCard key={request.id} request={request} onDecide={decide} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="share-requests-closed" className="jobseeker-section">
            <Heading variant="h2" id="share-requests-closed" mb="s">
              {t('shareRequests.closedHeading', { count: closed.length })}
            </Heading>
            {closed.length === 0 ? (
              <Paragraph>{t('shareRequests.noneClosed')}</Paragraph>
            ) : (
              <ul className="jobseeker-list" data-testid="share-requests-closed">
                {closed.map((request) => (
                  <ShareRequestCard key={request.id} request={request} onDecide={decide} />
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      <DecisionDialog
        visible={dialogOpen}
        testId={`${decision?.kind ?? 'decision'}-dialog`}
        title={decision ? t(`shareRequests.${decision.kind}Dialog.title`, { need: decision.request.needTitle }) : ''}
        confirmLabel={decision ? t(`shareRequests.${decision.kind}Dialog.confirm`) : ''}
        onConfirm={confirm}
        onCancel={close}
        busy={mutation.isPending}
        error={mutation.error}
      >
        {decision ? <DecisionText decision={decision} /> : null}
      </DecisionDialog>
    </Page>
  );
}
