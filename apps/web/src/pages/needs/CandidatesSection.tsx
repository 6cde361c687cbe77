import { useState } from 'react';
import { Dropdown, DropdownItem, Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import type { EmployerNeedQuery, EmployerPresentedCandidatesQuery, EmployerStatus } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { CandidacyProgressControl } from './CandidacyProgressControl';
import { ClosureNote } from './ClosureNote';
import { ClosureReasonField } from './ClosureReasonField';
import { reasonToSend } from './closure-reason';
import { ConfirmDialog, useMutationErrorText } from './ConfirmDialog';
import { explainMatch } from './match-explanation';
import { EmployerPresentedCandidatesQuery as CandidatesDocument, EmployerSetCandidateStatusMutation } from './needs.documents';
import { useNeedsText } from './needs-format';

type Need = EmployerNeedQuery['need'];
type Card = EmployerPresentedCandidatesQuery['presentedCandidates'][number];

/** The employer's own path with a presented candidate, in order. */
export const EMPLOYER_STATUSES: readonly EmployerStatus[] = ['NEW', 'INTERESTED', 'INTERVIEW', 'NOT_SELECTED', 'HIRED'];

/** The employer's choices that end the candidacy; the jobseeker is told, with the reason if given. */
export type ClosingStatus = Extract<EmployerStatus, 'HIRED' | 'NOT_SELECTED'>;
export function isClosingStatus(status: EmployerStatus): status is ClosingStatus {
  return status === 'HIRED' || status === 'NOT_SELECTED';
}

/** The server's neutral label ("Ehdokas 2") in the chosen language. */
function useCandidateLabel() {
  const { t } = useNeedsText();
  return (card: Card) => {
    const number = /(\d+)\s*$/.exec(card.label)?.[1];
    return number ? t('candidates.label', { number }) : card.label;
  };
}

function Explanation({ card, need, placeName }: { card: Card; need: Need; placeName: string | null }) {
  const { t, format, translate } = useNeedsText();
  const lines = explainMatch(card, need, { placeName, format }, translate);
  return (
    <dl className="needs-explanation" data-testid="match-explanation">
      {lines.map((line, index) => (
        <div key={`${line.topic}-${index}`} className={`needs-explanation-line needs-tone-${line.tone}`}>
          <dt>
            {t(`candidates.topics.${line.topic}`)} <span className="needs-tone">({t(`candidates.tone.${line.tone}`)})</span>
          </dt>
          <dd>{line.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Identity({ card }: { card: Card }) {
  const { t } = useNeedsText();
  if (!card.identity) return <Paragraph data-testid="identity-hidden">{t('candidates.identityHidden')}</Paragraph>;
  const { firstName, lastName, email, phone } = card.identity;
  return (
    <dl className="needs-facts" data-testid="identity">
      <div className="needs-fact">
        <dt>{t('candidates.name')}</dt>
        <dd>
          {firstName} {lastName}
        </dd>
      </div>
      {email ? (
        <div className="needs-fact">
          <dt>{t('candidates.email')}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </div>
      ) : null}
      {phone ? (
        <div className="needs-fact">
          <dt>{t('candidates.phone')}</dt>
          <dd>
            <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function CandidateCard({
  card,
  need,
  placeName,
  onStatus,
  saving,
}: {
  card: Card;
  need: Need;
  placeName: string | null;
  onStatus: (card: Card, status: EmployerStatus) => void;
  saving: boolean;
}) {
  const { t, language } = useNeedsText();
  const label = useCandidateLabel()(card);
  const headingId = `candidate-${card.candidateId}`;
  return (
    <li className="card needs-candidate" data-testid="candidate">
      <div className="needs-candidate-head">
        <div>
          <Heading variant="h3" id={headingId} mb="xxs">
            {label}
          </Heading>
          <p className="muted">{t('candidates.presented', { date: formatDate(card.presentedAt, language) })}</p>
        </div>
        <StaticChip data-testid="candidate-status">{t(`employerStatus.${card.employerStatus}`)}</StaticChip>
      </div>
      <ClosureNote closure={card.closure} />
      <Heading variant="h4" mt="s" mb="xs">
        {t('candidates.identity')}
      </Heading>
      <Identity card={card} />
      <Heading variant="h4" mt="s" mb="xs">
        {t('candidates.explanation')}
      </Heading>
      <Explanation card={card} need={need} placeName={placeName} />
      {card.educationLevel || (card.adjustmentsNeeded && card.adjustmentsNeeded.length > 0) ? (
        <dl className="needs-facts">
          {card.educationLevel ? (
            <div className="needs-fact">
              <dt>{t('candidates.education')}</dt>
              <dd>{t(`educationLevels.${card.educationLevel}`)}</dd>
            </div>
          ) : null}
          {card.adjustmentsNeeded && card.adjustmentsNeeded.length > 0 ? (
            <div className="needs-fact">
              <dt>{t('candidates.adjustmentsNeeded')}</dt>
              <dd>{card.adjustmentsNeeded.map((a) => t(`adjustments.${a}`)).join(', ')}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <div className="needs-candidate-status">
        <Dropdown
          labelText={t('candidates.statusLabel', { label })}
          hintText={t('candidates.statusHint')}
          value={card.employerStatus}
          disabled={saving}
          onChange={(status) => onStatus(card, status as EmployerStatus)}
          data-testid="candidate-status-dropdown"
        >
          {EMPLOYER_STATUSES.map((status) => (
            <DropdownItem key={status} value={status}>
              {t(`employerStatus.${status}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      </div>
      <CandidacyProgressControl candidateId={card.candidateId} label={label} progress={card.progress} invalidates={['EmployerPresentedCandidates']} />
    </li>
  );
}

/**
 * Candidates a coordinator presented, as anonymised cards with the reasons they fit; the employer
 * keeps their own status per candidate. Hiring is confirmed first: enough hires fill the need.
 */
export function CandidatesSection({ need, placeName }: { need: Need; placeName: string | null }) {
  const { t } = useNeedsText();
  const labelOf = useCandidateLabel();
  const errorText = useMutationErrorText();
  const query = useApiQuery(CandidatesDocument, { needId: need.id });
  const [closing, setClosing] = useState<{ card: Card; status: ClosingStatus } | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useApiMutation(EmployerSetCandidateStatusMutation, {
    invalidates: ['EmployerPresentedCandidates', 'EmployerNeed', 'EmployerCompanyNeeds'],
    onSuccess: (data) => {
      const card = query.data?.presentedCandidates.find((c) => c.candidateId === data.setEmployerCandidateStatus.candidateId);
      setMessage(
        t('candidates.statusSaved', {
          label: card ? labelOf(card) : '',
          status: t(`employerStatus.${data.setEmployerCandidateStatus.employerStatus}`),
        }),
      );
      setClosing(null);
    },
  });
  const save = (card: Card, status: EmployerStatus, withReason: string | null = null) =>
    mutation.mutate({ input: { candidateId: card.candidateId, status, ...(withReason ? { reason: withReason } : {}) } });
  const choose = (card: Card, status: EmployerStatus) => {
    if (status === card.employerStatus) return;
    mutation.reset();
    setMessage(null);
    if (isClosingStatus(status)) {
      setReason('');
      setClosing({ card, status });
    } else save(card, status);
  };
  const hiring = closing?.status === 'HIRED';
  const closingLabel = closing ? labelOf(closing.card) : '';

  const cards = query.data?.presentedCandidates ?? [];
  return (
    <section aria-labelledby="need-candidates-heading" className="needs-section">
      <Heading variant="h2" id="need-candidates-heading" mb="s">
        {t('candidates.heading')}
      </Heading>
      <Paragraph mb="s">{t('candidates.lead')}</Paragraph>
      <div role="status" className="needs-status" data-testid="candidate-saved">
        {message ?? (mutation.error && !closing ? errorText(mutation.error) : null)}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : cards.length === 0 ? (
        <Paragraph>{t('candidates.none')}</Paragraph>
      ) : (
        <ul className="needs-cards" data-testid="candidates">
          {cards.map((card) => (
            <CandidateCard key={card.candidateId} card={card} need={need} placeName={placeName} onStatus={choose} saving={mutation.isPending} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        visible={closing !== null}
        testId={hiring ? 'hire-dialog' : 'not-selected-dialog'}
        title={hiring ? t('candidates.confirmHireTitle', { label: closingLabel }) : t('closure.notSelectedTitle', { label: closingLabel })}
        text={hiring ? t('candidates.confirmHireText', { count: need.positions }) : t('closure.notSelectedText')}
        confirmLabel={hiring ? t('candidates.confirmHire') : t('closure.confirmNotSelected')}
        busy={mutation.isPending}
        error={closing ? mutation.error : null}
        onCancel={() => setClosing(null)}
        onConfirm={() => closing && save(closing.card, closing.status, reasonToSend(reason))}
      >
        <ClosureReasonField
          value={reason}
          onChange={setReason}
          labelText={t('closure.reasonLabel')}
          hintText={t(hiring ? 'closure.reasonHintHired' : 'closure.reasonHintNotSelected')}
          optionalText={t('closure.optional')}
          counterText={(used, max) => t('closure.counter', { used, max })}
          testId="closure-reason"
        />
      </ConfirmDialog>
    </section>
  );
}
