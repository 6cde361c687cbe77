import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { ProposalStatus, ProviderMyProposalsQuery } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate, formatMoney } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { ConfirmDialog } from '../needs/ConfirmDialog';
import { ProviderMyProposalsQuery as ProposalsDocument, ProviderWithdrawProposalMutation } from './providerNeeds.documents';
import { useProviderText } from './provider-text';
import './providerNeeds.css';

type Proposal = ProviderMyProposalsQuery['myProposals'][number];
export const STATUSES: ProposalStatus[] = ['OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'];

function isStatus(value: string | null): value is ProposalStatus {
  return value !== null && (STATUSES as string[]).includes(value);
}

/** How many proposals there are of each status. */
export function countByStatus(proposals: readonly { status: ProposalStatus }[]): Record<ProposalStatus, number> {
  const counts = { OPEN: 0, ACCEPTED: 0, DECLINED: 0, WITHDRAWN: 0 } as Record<ProposalStatus, number>;
  for (const proposal of proposals) counts[proposal.status] += 1;
  return counts;
}

function ProposalCard({ proposal, onWithdraw }: { proposal: Proposal; onWithdraw: () => void }) {
  const { t, language } = useProviderText();
  const price = proposal.price ? formatMoney(proposal.price.amount, language, proposal.price.currency) : null;
  return (
    <li className="card" data-testid="my-proposal" data-status={proposal.status}>
      <Heading variant="h3" as="h2" mb="xxs">
        {proposal.serviceName}
      </Heading>
      <p className="provider-needs-meta">
        {t('proposals.toNeed')}{' '}
        <RouterLink asComponent={Link} to={`/open-needs/${proposal.needId}`}>
          {proposal.needTitle}
        </RouterLink>
      </p>
      <div className="chips">
        <StaticChip data-testid="my-proposal-status">{t(`status.${proposal.status}`)}</StaticChip>
      </div>
      <dl className="provider-needs-facts">
        <div>
          <dt>{t('proposals.sent')}</dt>
          <dd>{formatDate(proposal.createdAt, language)}</dd>
        </div>
        <div>
          <dt>{t('proposals.price')}</dt>
          <dd>{price ? (proposal.price?.unit ? `${price} ${proposal.price.unit}` : price) : t('proposals.free')}</dd>
        </div>
        {proposal.answeredAt ? (
          <div>
            <dt>{t('proposals.answered')}</dt>
            <dd>{formatDate(proposal.answeredAt, language)}</dd>
          </div>
        ) : null}
        {proposal.answerReason ? (
          <div>
            <dt>{t('proposals.reason')}</dt>
            <dd data-testid="my-proposal-reason">{proposal.answerReason}</dd>
          </div>
        ) : null}
        {proposal.withdrawnAt ? (
          <div>
            <dt>{t('proposals.withdrawnAt')}</dt>
            <dd>{formatDate(proposal.withdrawnAt, language)}</dd>
          </div>
        ) : null}
      </dl>
      <blockquote className="provider-needs-quote" aria-label={t('proposals.message')}>
        {proposal.message}
      </blockquote>
      {proposal.status === 'OPEN' ? (
        <Button variant="secondary" onClick={onWithdraw} aria-label={t('proposals.withdrawNamed', { service: proposal.serviceName, need: proposal.needTitle })} data-testid="withdraw">
          {t('proposals.withdraw')}
        </Button>
      ) : null}
    </li>
  );
}

/** The organisation's proposals by status, with counts; an open one can be withdrawn until the employer answers. */
export default function MyProposalsPage() {
  const { t } = useProviderText();
  const [params, setParams] = useSearchParams();
  const status = isStatus(params.get('status')) ? (params.get('status') as ProposalStatus) : null;
  const query = useApiQuery(ProposalsDocument, undefined);
  const [withdrawing, setWithdrawing] = useState<Proposal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useApiMutation(ProviderWithdrawProposalMutation, {
    invalidates: ['ProviderMyProposals'],
    onSuccess: () => {
      setDone(t('proposals.withdrawn'));
      setWithdrawing(null);
    },
  });
  const all = query.data?.myProposals ?? [];
  const counts = useMemo(() => countByStatus(all), [all]);
  const shown = status ? all.filter((proposal) => proposal.status === status) : all;
  const choose = (next: ProposalStatus | null) => setParams(next ? { status: next } : {});

  return (
    <Page title={t('proposals.title')} lead={<Paragraph>{t('proposals.lead')}</Paragraph>}>
      <div role="status" className="provider-needs-status" data-testid="withdraw-done">
        {done}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ul className="provider-needs-tabs" aria-label={t('proposals.filterLabel')}>
            <li>
              <Button variant={status === null ? 'default' : 'secondary'} aria-pressed={status === null} onClick={() => choose(null)}>
                {t('proposals.all', { count: all.length })}
              </Button>
            </li>
            {STATUSES.map((value) => (
              <li key={value}>
                <Button
                  variant={status === value ? 'default' : 'secondary'}
                  aria-pressed={status === value}
                  onClick={() => choose(value)}
                  data-testid={`filter-${value}`}
                >
                  {t('proposals.statusCount', { status: t(`status.${value}`), count: counts[value] })}
                </Button>
              </li>
            ))}
          </ul>
          {shown.length === 0 ? (
            <Paragraph>{all.length === 0 ? t('proposals.none') : t('proposals.noneOfStatus')}</Paragraph>
          ) : (
            <ul className="provider-needs-list" aria-label={t('proposals.listLabel')}>
              {shown.map((proposal) => (
                <ProposalCard
                  key={proposal.id}
                  proposal={proposal}
                  onWithdraw={() => {
                    mutation.reset();
                    setDone(null);
                    setWithdrawing(proposal);
                  }}
                />
              ))}
            </ul>
          )}
        </>
      )}
      <ConfirmDialog
        visible={withdrawing !== null}
        testId="withdraw-dialog"
        title={t('proposals.withdrawTitle')}
        text={t('proposals.withdrawText', { service: withdrawing?.serviceName ?? '', need: withdrawing?.needTitle ?? '' })}
        confirmLabel={t('proposals.withdrawConfirm')}
        busy={mutation.isPending}
        error={mutation.error}
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => withdrawing && mutation.mutate({ proposalId: withdrawing.id })}
      />
    </Page>
  );
}
