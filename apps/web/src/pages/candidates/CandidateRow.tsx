import { Link } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, Heading, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { CandidateRowFieldsFragment, CoordinatorStatus } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../shared/format/format';
import { localize } from '../../shared/i18n/localized';
import { COORDINATOR_STATUSES, explainRow, rowActions, type ExplainedNeed } from './candidate-explanation';
import { useCandidatesText } from './candidates-text';
import { CandidacyProgressControl } from '../needs/CandidacyProgressControl';
import { ClosureNote } from '../needs/ClosureNote';

export type Row = CandidateRowFieldsFragment;

function Explanation({ row, need }: { row: Row; need: ExplainedNeed }) {
  const { t, format } = useCandidatesText();
  if (!row.explanation) return <p>{t('why.none')}</p>;
  const lines = explainRow(row.explanation, need, format);
  return (
    <dl className="needs-explanation" data-testid="match-explanation">
      {lines.map((line, index) => (
        <div key={`${line.topic}-${index}`} className={`needs-explanation-line needs-tone-${line.tone}`}>
          <dt>
            {t(`topics.${line.topic}`)} <span className="needs-tone">({t(`tone.${line.tone}`)})</span>
          </dt>
          <dd>{t(line.key, line.params)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Gaps({ row }: { row: Row }) {
  const { t, language } = useCandidatesText();
  const { services, advice } = row.gaps;
  if (services.length === 0 && advice.length === 0) return null;
  return (
    <div data-testid="gap-closers">
      <Heading variant="h4" mt="s" mb="xs">
        {t('gaps.heading')}
      </Heading>
      <ul className="needs-inline-list">
        {services.map(({ service }) => {
          const name = localize(service.name, language);
          return (
            <li key={service.id}>
              <RouterLink asComponent={Link} to={`/services/${service.id}`}>
                <span lang={name.fallback ? name.language : undefined}>{name.text}</span>
              </RouterLink>{' '}
              – {service.provider.name}
            </li>
          );
        })}
        {advice.map((article) => (
          <li key={article.id}>
            {t('gaps.advice')}:{' '}
            <RouterLink asComponent={Link} to={`/advice/${article.slug}`}>
              {article.title}
            </RouterLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ShareState({ row }: { row: Row }) {
  const { t, language } = useCandidatesText();
  const share = row.shareRequest;
  if (!share) return <p data-testid="share-state">{t('share.none')}</p>;
  return (
    <p data-testid="share-state">
      {t(`share.state.${share.status}`, { deadline: formatDate(share.deadline, language), answered: formatDate(share.answeredAt, language) })}
    </p>
  );
}

/** One suggestion: who (as a pseudonym), why in words, where it stands and what to do next. */
export function CandidateRow({
  row,
  rank,
  need,
  needOpen,
  busy,
  onStatus,
  onRequestShare,
  onCancelShare,
  onPresent,
}: {
  row: Row;
  rank: number;
  need: ExplainedNeed;
  needOpen: boolean;
  busy: boolean;
  onStatus: (row: Row, status: CoordinatorStatus) => void;
  onRequestShare: (row: Row) => void;
  onCancelShare: (row: Row) => void;
  onPresent: (row: Row) => void;
}) {
  const { t, language, labelOf } = useCandidatesText();
  const label = labelOf(row);
  const actions = rowActions(row, needOpen);
  return (
    <li className="card candidates-row" data-testid="candidate-row" data-profile-id={row.profileId}>
      <div className="needs-candidate-head">
        <div>
          <Heading variant="h3" id={`row-${row.profileId}`} mb="xxs">
            {t('row.rank', { rank })} {label}
          </Heading>
          <p className="muted">
            {row.score !== null && row.score !== undefined ? t('row.score', { score: formatNumber(Math.round(row.score * 100), language) }) : t('row.noScore')}
            {' · '}
            {t(`source.${row.source}`)}
          </p>
        </div>
        <div className="chips">
          <StaticChip data-testid="row-status">{row.coordinatorStatus ? t(`status.${row.coordinatorStatus}`) : t('status.none')}</StaticChip>
          {row.presentedAt ? (
            <StaticChip data-testid="row-presented">
              {t('row.presented', { date: formatDate(row.presentedAt, language) })}
            </StaticChip>
          ) : null}
          {row.employerStatus && row.presentedAt ? <StaticChip>{t('row.employerStatus', { status: t(`needs:employerStatus.${row.employerStatus}`) })}</StaticChip> : null}
        </div>
      </div>
      <ClosureNote closure={row.closure} />
      <Heading variant="h4" mt="s" mb="xs">
        {t('why.heading')}
      </Heading>
      <Explanation row={row} need={need} />
      <Gaps row={row} />
      <Heading variant="h4" mt="s" mb="xs">
        {t('share.heading')}
      </Heading>
      <ShareState row={row} />
      <div className="candidates-controls">
        <div className="candidates-status">
          <Dropdown
            labelText={t('status.label', { label })}
            visualPlaceholder={t('status.choose')}
            value={row.coordinatorStatus ?? ''}
            disabled={busy}
            onChange={(status) => onStatus(row, status as CoordinatorStatus)}
            data-testid="row-status-dropdown"
          >
            {COORDINATOR_STATUSES.map((status) => (
              <DropdownItem key={status} value={status}>
                {t(`status.${status}`)}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
        <div className="needs-actions">
          {actions.requestShare ? (
            <Button variant="secondary" onClick={() => onRequestShare(row)} disabled={busy} data-testid="row-request-share" aria-describedby={`row-${row.profileId}`}>
              {t('share.request')}
            </Button>
          ) : null}
          {actions.cancelShare ? (
            <Button variant="secondary" onClick={() => onCancelShare(row)} disabled={busy} data-testid="row-cancel-share" aria-describedby={`row-${row.profileId}`}>
              {t('share.cancel')}
            </Button>
          ) : null}
          {actions.present ? (
            <Button onClick={() => onPresent(row)} disabled={busy} data-testid="row-present" aria-describedby={`row-${row.profileId}`}>
              {t('present.button')}
            </Button>
          ) : null}
        </div>
      </div>
      {row.presentedAt && row.candidateId ? (
        <CandidacyProgressControl candidateId={row.candidateId} label={label} progress={row.progress} invalidates={['CandidateList', 'CandidateListHistory']} />
      ) : null}
    </li>
  );
}
