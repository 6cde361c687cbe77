import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, InlineAlert, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { CandidateListQuery as ListResult, CoordinatorStatus } from '../../gql/graphql';
import { request } from '../../shared/api/client';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { asApiError, type ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading, LoadingPage } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { ClosureReasonField } from '../needs/ClosureReasonField';
import { reasonToSend } from '../needs/closure-reason';
import { ConfirmDialog, useMutationErrorText } from '../needs/ConfirmDialog';
import { isFinished } from '../needs/need-stages';
import { CandidateRow, type Row } from './CandidateRow';
import { ListHistory } from './ListHistory';
import {
  CancelShareRequestMutation,
  CandidateListQuery,
  CandidateNeedQuery,
  PresentCandidateMutation,
  RequestShareMutation,
  SetCandidateStatusMutation,
} from './candidates.documents';
import { closesKnownCandidacy } from './candidate-closure';
import { useCandidatesText } from './candidates-text';
import { ShareRequestDialog } from './ShareRequestDialog';
import '../needs/needs.css';
import './candidates.css';

const PAGE_SIZE = 25;

/** The list's pages; its key starts with the operation name like every other query's. */
function useCandidatePages(needId: string) {
  return useInfiniteQuery<ListResult, ApiError, InfiniteData<ListResult>, unknown[], string | null>({
    queryKey: ['CandidateList', { needId }],
    queryFn: ({ pageParam }) => request(CandidateListQuery, { needId, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null,
    getNextPageParam: (last) => (last.candidateList.pageInfo.hasNextPage ? (last.candidateList.pageInfo.endCursor ?? null) : null),
  });
}

/** Puts the row a mutation returned in place, without loading the list again. */
function useReplaceRow(needId: string) {
  const client = useQueryClient();
  return (row: Row) =>
    client.setQueryData<InfiniteData<ListResult>>(['CandidateList', { needId }], (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              candidateList: {
                ...page.candidateList,
                edges: page.candidateList.edges.map((edge) => (edge.node.profileId === row.profileId ? { ...edge, node: row } : edge)),
              },
            })),
          }
        : data,
    );
}

type Pending = { kind: 'share' | 'cancel' | 'present'; row: Row } | { kind: 'close'; row: Row; status: CoordinatorStatus } | null;

/**
 * The candidate list of a need: the engine's suggestions best first, why each fits in words, the
 * coordinator's own status, asking the person to share who they are, and presenting them to the
 * employer. Rows carry a pseudonym only; every view of the list is recorded in the audit log.
 * Below the rows, the list's history: every step on it, newest first, by role and organisation.
 */
export default function CandidateListPage() {
  const { id = '' } = useParams();
  const { t, labelOf } = useCandidatesText();
  const errorText = useMutationErrorText();
  const needQuery = useApiQuery(CandidateNeedQuery, { id });
  const list = useCandidatePages(id);
  const replaceRow = useReplaceRow(id);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [reason, setReason] = useState('');

  const done = (row: Row, text: string) => {
    replaceRow(row);
    setMessage(text);
    setFailure(null);
    setPending(null);
  };
  const setStatus = useApiMutation(SetCandidateStatusMutation, {
    invalidates: ['CandidateListHistory'],
    onSuccess: (data) => {
      const row = data.setCandidateStatus;
      done(row, t('status.saved', { label: labelOf(row), status: row.coordinatorStatus ? t(`status.${row.coordinatorStatus}`) : '' }));
    },
  });
  const requestShare = useApiMutation(RequestShareMutation, {
    invalidates: ['CandidateListHistory'],
    onSuccess: (data) => done(data.requestShare, t('share.sent', { label: labelOf(data.requestShare) })),
  });
  const cancelShare = useApiMutation(CancelShareRequestMutation, {
    invalidates: ['CandidateListHistory'],
    onSuccess: (data) => done(data.cancelShareRequest, t('share.cancelled', { label: labelOf(data.cancelShareRequest) })),
  });
  const present = useApiMutation(PresentCandidateMutation, {
    invalidates: ['EmployerPresentedCandidates', 'CandidateListHistory'],
    onSuccess: (data) => done(data.presentCandidate, t('present.done', { label: labelOf(data.presentCandidate) })),
  });
  const busy = setStatus.isPending || requestShare.isPending || cancelShare.isPending || present.isPending;

  const open = (kind: 'share' | 'cancel' | 'present', row: Row) => {
    requestShare.reset();
    cancelShare.reset();
    present.reset();
    setMessage(null);
    setPending({ kind, row });
  };
  const saveStatus = (row: Row, status: CoordinatorStatus, withReason: string | null = null) =>
    setStatus.mutate(
      { input: { needId: id, profileId: row.profileId, status, ...(withReason ? { reason: withReason } : {}) } },
      // In the closing dialog the failure shows there; otherwise in the page's status line.
      { onError: (error) => (withReason === null && pending?.kind !== 'close' ? setFailure(error) : undefined) },
    );
  const chooseStatus = (row: Row, status: CoordinatorStatus) => {
    if (status === row.coordinatorStatus) return;
    setMessage(null);
    setFailure(null);
    setStatus.reset();
    // Ending a candidacy the person knows of tells them: confirm first, with an optional reason.
    if (closesKnownCandidacy(row, status)) {
      setReason('');
      setPending({ kind: 'close', row, status });
    } else saveStatus(row, status);
  };

  const need = needQuery.data?.need;
  if (needQuery.isPending) return <LoadingPage />;
  if (needQuery.isError || !need) {
    const kind = asApiError(needQuery.error).kind;
    if (kind === 'forbidden' || kind === 'notFound') return <ErrorState error={needQuery.error} />;
    return (
      <Page title={t('fallbackTitle')}>
        <ErrorState error={needQuery.error} onRetry={() => void needQuery.refetch()} />
      </Page>
    );
  }

  const rows = list.data?.pages.flatMap((page) => page.candidateList.edges.map((edge) => edge.node)) ?? [];
  const total = list.data?.pages[0]?.candidateList.totalCount ?? 0;
  const needOpen = !isFinished(need.stage);
  const explainedNeed = { remote: need.remote, hoursMin: need.hoursMin, hoursMax: need.hoursMax, partTimePossible: need.partTimePossible };
  const lead = (
    <>
      <div className="chips">
        <StaticChip>{t('need.stage', { stage: t(`needs:stages.${need.stage}`) })}</StaticChip>
        {need.kinds.map((kind) => (
          <StaticChip key={kind}>{t(`needs:kinds.${kind}`)}</StaticChip>
        ))}
      </div>
      <Paragraph mt="s">{t('lead')}</Paragraph>
      <InlineAlert status="neutral" mt="s" data-testid="audit-note">
        {t('auditNote')}
      </InlineAlert>
    </>
  );
  const actions = (
    <RouterLink asComponent={Link} to={`/coordinator/needs/${need.id}`}>
      {t('need.back')}
    </RouterLink>
  );

  return (
    <Page title={t('title', { need: need.title })} lead={lead} actions={actions}>
      <div role="status" className="needs-status" data-testid="candidates-saved">
        {message ?? (failure ? errorText(failure) : null)}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <Paragraph>{t('none')}</Paragraph>
      ) : (
        <>
          <Paragraph mb="s" data-testid="candidates-count">
            {t('count', { count: total, shown: rows.length })}
          </Paragraph>
          <ol className="needs-cards" data-testid="candidate-rows" aria-label={t('listLabel')}>
            {rows.map((row, index) => (
              <CandidateRow
                key={row.profileId}
                row={row}
                rank={index + 1}
                need={explainedNeed}
                needOpen={needOpen}
                busy={busy}
                onStatus={chooseStatus}
                onRequestShare={(r) => open('share', r)}
                onCancelShare={(r) => open('cancel', r)}
                onPresent={(r) => open('present', r)}
              />
            ))}
          </ol>
          {list.hasNextPage ? (
            <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage} mt="m" data-testid="candidates-more">
              {t('more')}
            </Button>
          ) : null}
        </>
      )}
      <ListHistory needId={id} />
      <ShareRequestDialog
        label={pending?.kind === 'share' ? labelOf(pending.row) : ''}
        visible={pending?.kind === 'share'}
        busy={requestShare.isPending}
        error={requestShare.error}
        onCancel={() => setPending(null)}
        onSend={(deadline, text) => pending && requestShare.mutate({ input: { needId: id, profileId: pending.row.profileId, deadline, message: text } })}
      />
      <ConfirmDialog
        visible={pending?.kind === 'cancel'}
        testId="cancel-share-dialog"
        title={t('share.cancelTitle', { label: pending ? labelOf(pending.row) : '' })}
        text={t('share.cancelText')}
        confirmLabel={t('share.cancelConfirm')}
        busy={cancelShare.isPending}
        error={cancelShare.error}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && cancelShare.mutate({ input: { needId: id, profileId: pending.row.profileId } })}
      />
      <ConfirmDialog
        visible={pending?.kind === 'present'}
        testId="present-dialog"
        title={t('present.title', { label: pending ? labelOf(pending.row) : '' })}
        text={t(pending?.row.shareRequest?.status === 'ACCEPTED' ? 'present.textIdentity' : 'present.textAnonymous')}
        confirmLabel={t('present.confirm')}
        busy={present.isPending}
        error={present.error}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && present.mutate({ input: { needId: id, profileId: pending.row.profileId } })}
      />
      <ConfirmDialog
        visible={pending?.kind === 'close'}
        testId="close-candidacy-dialog"
        title={t('closing.title', { label: pending ? labelOf(pending.row) : '', status: pending?.kind === 'close' ? t(`status.${pending.status}`) : '' })}
        text={t('closing.text')}
        confirmLabel={t('closing.confirm')}
        busy={setStatus.isPending}
        error={pending?.kind === 'close' ? setStatus.error : null}
        onCancel={() => setPending(null)}
        onConfirm={() => pending?.kind === 'close' && saveStatus(pending.row, pending.status, reasonToSend(reason))}
      >
        <ClosureReasonField
          value={reason}
          onChange={setReason}
          labelText={t('needs:closure.reasonLabel')}
          hintText={t('closing.reasonHint')}
          optionalText={t('needs:closure.optional')}
          counterText={(used, max) => t('needs:closure.counter', { used, max })}
          testId="closure-reason"
        />
      </ConfirmDialog>
    </Page>
  );
}
