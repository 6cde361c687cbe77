import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Heading, Paragraph, RouterLink, StaticChip, Textarea } from 'suomifi-ui-components';
import type { EmployerNeedProposalsQuery } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate, formatMoney } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { ConfirmDialog } from './ConfirmDialog';
import { EmployerAnswerProposalMutation, EmployerNeedProposalsQuery as ProposalsDocument } from './needs.documents';
import { useNeedsText } from './needs-format';

type Proposal = EmployerNeedProposalsQuery['needProposals'][number];
type Answer = { proposal: Proposal; accept: boolean };

const REASON_MAX = 1000;

function Price({ proposal }: { proposal: Proposal }) {
  const { t, language } = useNeedsText();
  if (!proposal.price) return <>{t('proposals.priceFree')}</>;
  const price = formatMoney(proposal.price.amount, language, proposal.price.currency);
  return <>{proposal.price.unit ? t('proposals.priceWithUnit', { price, unit: proposal.price.unit }) : price}</>;
}

/** What became of a proposal that is no longer open, with the date and the employer's reason. */
function Outcome({ proposal }: { proposal: Proposal }) {
  const { t, language } = useNeedsText();
  if (proposal.status === 'WITHDRAWN') return <Paragraph>{t('proposals.withdrawn', { date: formatDate(proposal.withdrawnAt, language) })}</Paragraph>;
  if (proposal.status !== 'ACCEPTED' && proposal.status !== 'DECLINED') return null;
  return (
    <div data-testid="proposal-outcome">
      <Paragraph>{t(`proposals.answered.${proposal.status}`, { date: formatDate(proposal.answeredAt, language) })}</Paragraph>
      {proposal.answerReason ? (
        <Paragraph>
          <strong>{t('proposals.yourReason')}:</strong> {proposal.answerReason}
        </Paragraph>
      ) : null}
    </div>
  );
}

function ProposalCard({ proposal, onAnswer }: { proposal: Proposal; onAnswer: (answer: Answer) => void }) {
  const { t, language } = useNeedsText();
  return (
    <li className="card needs-proposal" data-testid="proposal" data-status={proposal.status}>
      <Heading variant="h3" mb="xs">
        <RouterLink asComponent={Link} to={`/services/${proposal.serviceId}`}>
          {proposal.serviceName}
        </RouterLink>
      </Heading>
      <div className="chips">
        <StaticChip data-testid="proposal-status">{t(`proposalStatus.${proposal.status}`)}</StaticChip>
      </div>
      <dl className="needs-facts">
        <div className="needs-fact">
          <dt>{t('proposals.provider')}</dt>
          <dd>{proposal.providerName}</dd>
        </div>
        <div className="needs-fact">
          <dt>{t('proposals.price')}</dt>
          <dd>
            <Price proposal={proposal} />
          </dd>
        </div>
        <div className="needs-fact">
          <dt>{t('proposals.receivedLabel')}</dt>
          <dd>{formatDate(proposal.createdAt, language)}</dd>
        </div>
      </dl>
      <blockquote className="needs-quote">{proposal.message}</blockquote>
      {proposal.status === 'OPEN' ? (
        <div className="needs-actions">
          <Button onClick={() => onAnswer({ proposal, accept: true })} data-testid="proposal-accept" aria-label={t('proposals.acceptNamed', { service: proposal.serviceName })}>
            {t('proposals.accept')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => onAnswer({ proposal, accept: false })}
            data-testid="proposal-decline"
            aria-label={t('proposals.declineNamed', { service: proposal.serviceName })}
          >
            {t('proposals.decline')}
          </Button>
        </div>
      ) : (
        <Outcome proposal={proposal} />
      )}
    </li>
  );
}

/** Providers' proposals to the need; open ones are accepted or declined (a decline needs a reason). */
export function ProposalsSection({ needId }: { needId: string }) {
  const { t } = useNeedsText();
  const query = useApiQuery(ProposalsDocument, { needId });
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useApiMutation(EmployerAnswerProposalMutation, {
    invalidates: ['EmployerNeedProposals', 'EmployerNeed', 'EmployerCompanyNeeds'],
    onSuccess: (data) => {
      setDone(t(data.answerProposal.status === 'ACCEPTED' ? 'proposals.accepted' : 'proposals.declined'));
      setAnswer(null);
    },
  });

  const open = (next: Answer) => {
    mutation.reset();
    setReason('');
    setReasonMissing(false);
    setDone(null);
    setAnswer(next);
  };
  const confirm = () => {
    if (!answer) return;
    const text = reason.trim();
    if (!answer.accept && text === '') {
      setReasonMissing(true);
      return;
    }
    mutation.mutate({ input: { proposalId: answer.proposal.id, accept: answer.accept, reason: text === '' ? null : text } });
  };

  const proposals = query.data?.needProposals ?? [];
  return (
    <section aria-labelledby="need-proposals-heading" className="needs-section">
      <Heading variant="h2" id="need-proposals-heading" mb="s">
        {t('proposals.heading')}
      </Heading>
      <div role="status" className="needs-status" data-testid="proposal-done">
        {done}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : proposals.length === 0 ? (
        <Paragraph>{t('proposals.none')}</Paragraph>
      ) : (
        <ul className="needs-cards" data-testid="proposals">
          {proposals.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} onAnswer={open} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        visible={answer !== null}
        testId="proposal-dialog"
        title={answer?.accept ? t('proposals.acceptTitle') : t('proposals.declineTitle')}
        text={
          answer?.accept
            ? t('proposals.acceptText', { service: answer.proposal.serviceName, provider: answer.proposal.providerName })
            : t('proposals.declineText', { provider: answer?.proposal.providerName ?? '' })
        }
        confirmLabel={answer?.accept ? t('proposals.confirmAccept') : t('proposals.confirmDecline')}
        busy={mutation.isPending}
        error={mutation.error}
        onCancel={() => setAnswer(null)}
        onConfirm={confirm}
      >
        <Textarea
          id="proposal-reason"
          labelText={t('proposals.reasonLabel')}
          optionalText={answer?.accept ? t('proposals.optional') : undefined}
          hintText={answer?.accept ? t('proposals.reasonHintAccept') : t('proposals.reasonHintDecline')}
          value={reason}
          maxLength={REASON_MAX}
          onChange={(event) => {
            setReason(event.target.value);
            if (event.target.value.trim() !== '') setReasonMissing(false);
          }}
          status={reasonMissing ? 'error' : 'default'}
          statusText={reasonMissing ? t('proposals.reasonRequired') : undefined}
          fullWidth
          data-testid="proposal-reason"
        />
      </ConfirmDialog>
    </section>
  );
}
