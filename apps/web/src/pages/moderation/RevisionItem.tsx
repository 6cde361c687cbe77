import { useState } from 'react';
import { Heading, InlineAlert, Paragraph, StaticChip } from 'suomifi-ui-components';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { BackToQueue } from './BackToQueue';
import { Decision } from './Decision';
import { FieldValue } from './FieldValue';
import { ModerationApproveRevisionMutation, ModerationRejectRevisionMutation, ModerationRevisionQuery } from './moderation.documents';
import { useModerationText } from './moderation-text';

const INVALIDATES = ['ModerationRevisionQueue', 'ModerationRevision'];

/** An edit of a published service: the diff field by field (live → proposed), then the decision. */
export function RevisionItem({ id }: { id: string }) {
  const { t, language, name } = useModerationText();
  const query = useApiQuery(ModerationRevisionQuery, { id });
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const approve = useApiMutation(ModerationApproveRevisionMutation, {
    invalidates: INVALIDATES,
    onSuccess: (data) => setDone(t(data.approveServiceRevision.status === 'APPROVED' ? 'decision.revisionApproved' : 'decision.revisionApprovedForArea')),
  });
  const reject = useApiMutation(ModerationRejectRevisionMutation, {
    invalidates: INVALIDATES,
    onSuccess: () => setDone(t('decision.revisionRejected')),
  });

  if (query.isPending) return <Page title={t('item.revisionTitle')}><Loading /></Page>;
  if (query.isError) return <Page title={t('item.revisionTitle')}><ErrorState error={query.error} onRetry={() => void query.refetch()} /></Page>;
  const revision = query.data.serviceRevision;
  const title = name(revision.service.name);

  return (
    <Page title={t('item.revisionHeading', { name: title.text })}>
      <BackToQueue />
      <div role="status" className="moderation-status" data-testid="moderation-done">
        {done}
      </div>
      <div className="chips">
        <StaticChip data-testid="moderation-item-status">{t(`values.revisionStatus.${revision.status}`)}</StaticChip>
      </div>
      <dl className="moderation-facts">
        <div className="moderation-row" data-testid="moderation-provider">
          <dt>{t('item.provider')}</dt>
          <dd>{revision.service.provider.name}</dd>
        </div>
        <div className="moderation-row">
          <dt>{t('item.edited')}</dt>
          <dd>{formatDate(revision.createdAt, language)}</dd>
        </div>
        {revision.requiredEmploymentAreaIds.length > 1 ? (
          <div className="moderation-row">
            <dt>{t('item.areaApprovals')}</dt>
            <dd>{t('item.areaApprovalsValue', { approved: revision.approvedEmploymentAreaIds.length, required: revision.requiredEmploymentAreaIds.length })}</dd>
          </div>
        ) : null}
      </dl>
      {revision.status === 'REJECTED' && revision.rejectionReason ? (
        <InlineAlert status="warning" labelText={t('item.rejectedWith')} mb="m">
          {revision.rejectionReason}
        </InlineAlert>
      ) : null}
      <section aria-labelledby="moderation-diff-heading" className="moderation-section">
        <Heading variant="h2" id="moderation-diff-heading" mb="s">
          {t('diff.heading', { count: revision.changes.length })}
        </Heading>
        <Paragraph mb="s">{t('diff.lead')}</Paragraph>
        <div className="moderation-table-wrap">
          <table className="moderation-table moderation-diff" data-testid="revision-diff">
            <caption className="visually-hidden">{t('diff.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diff.field')}</th>
                <th scope="col">{t('diff.before')}</th>
                <th scope="col">{t('diff.after')}</th>
              </tr>
            </thead>
            <tbody>
              {revision.changes.map((change) => (
                <tr key={change.fieldName} data-testid="diff-row" data-field={change.fieldName}>
                  <th scope="row">{t(`fields.${change.fieldName}`, { defaultValue: t('diff.otherField') })}</th>
                  <td data-testid="diff-before">
                    <del>
                      <span className="visually-hidden">{t('diff.beforeSr')} </span>
                      <FieldValue field={change.fieldName} value={change.before} />
                    </del>
                  </td>
                  <td data-testid="diff-after">
                    <ins>
                      <span className="visually-hidden">{t('diff.afterSr')} </span>
                      <FieldValue field={change.fieldName} value={change.after} />
                    </ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {revision.status === 'PENDING' && revision.canDecide && !done ? (
        <section aria-labelledby="moderation-decision-heading" className="moderation-section">
          <Heading variant="h2" id="moderation-decision-heading" mb="s">
            {t('decision.heading')}
          </Heading>
          <Paragraph>{t('decision.revisionLead')}</Paragraph>
          <Decision
            subject={title.text}
            approveText={t('decision.approveRevisionText', { name: title.text })}
            reason={reason}
            onReason={setReason}
            approve={{ run: () => approve.mutate({ id }), pending: approve.isPending, error: approve.error, reset: approve.reset }}
            reject={{ run: () => reject.mutate({ id, input: { reason: reason.trim() } }), pending: reject.isPending, error: reject.error, reset: reject.reset }}
          />
        </section>
      ) : !done ? (
        <Paragraph>{revision.status === 'PENDING' ? (revision.requiresPlatformAdmin ? t('decision.platformAdminOnly') : t('decision.alreadyApproved')) : t('decision.notWaiting')}</Paragraph>
      ) : null}
    </Page>
  );
}
