import { Link, useSearchParams } from 'react-router-dom';
import { Button, Heading, InlineAlert, Paragraph, RouterLink, StaticChip, Table } from 'suomifi-ui-components';
import type { EmployerCompanyNeedsQuery } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { groupByStage } from './need-stages';
import { EmployerCompanyNeedsQuery as NeedsDocument } from './needs.documents';
import { useNeedsText } from './needs-format';
import './needs.css';

type NeedRow = EmployerCompanyNeedsQuery['companyNeeds'][number];
type View = 'list' | 'board';

function NewNeedLink() {
  const { t } = useNeedsText();
  return (
    <RouterLink asComponent={Link} to="/needs/new" className="needs-button-link" data-testid="new-need">
      {t('list.newNeed')}
    </RouterLink>
  );
}

/** List or board; the choice is in the address (`?view=board`), so it survives reloads and links. */
function ViewToggle({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useNeedsText();
  return (
    <div role="group" aria-label={t('list.viewLabel')} className="needs-view-toggle">
      {(['list', 'board'] as const).map((option) => (
        <Button
          key={option}
          variant={view === option ? 'default' : 'secondary'}
          aria-pressed={view === option}
          onClick={() => onChange(option)}
          data-testid={`view-${option}`}
        >
          {t(option === 'list' ? 'list.viewList' : 'list.viewBoard')}
        </Button>
      ))}
    </div>
  );
}

function Kinds({ need }: { need: NeedRow }) {
  const { t } = useNeedsText();
  return <>{need.kinds.map((kind) => t(`kinds.${kind}`)).join(', ')}</>;
}

function NeedsList({ needs }: { needs: NeedRow[] }) {
  const { t, language } = useNeedsText();
  const columns = [
    { key: 'title', labelText: t('list.columns.title') },
    { key: 'kinds', labelText: t('list.columns.kinds') },
    { key: 'stage', labelText: t('list.columns.stage') },
    { key: 'updated', labelText: t('list.columns.updated') },
    { key: 'precision', labelText: t('list.columns.precision') },
  ] as const;
  return (
    <Table
      caption={t('list.caption')}
      columns={columns}
      data-testid="needs-table"
      data={needs.map((need) => ({
        id: need.id,
        title: (
          <RouterLink asComponent={Link} to={`/needs/${need.id}`}>
            {need.title}
          </RouterLink>
        ),
        kinds: <Kinds need={need} />,
        stage: t(`stages.${need.stage}`),
        updated: formatDate(need.updatedAt, language),
        precision: need.openToPrecisionCapable ? t('yes') : t('no'),
      }))}
    />
  );
}

/** One column per 6T stage: a heading and a list of cards, read and used like any list. */
function NeedsBoard({ needs }: { needs: NeedRow[] }) {
  const { t, language } = useNeedsText();
  return (
    <>
      <Paragraph mb="m">{t('list.boardHint')}</Paragraph>
      <div className="needs-board" data-testid="needs-board">
        {groupByStage(needs).map(({ stage, needs: inStage }) => (
          <section key={stage} className="needs-board-column" aria-labelledby={`board-${stage}`} data-testid={`board-column-${stage}`}>
            <Heading variant="h2" id={`board-${stage}`} className="needs-board-heading">
              {t(`stages.${stage}`)} <span className="needs-board-count">({t('list.columnCount', { count: inStage.length })})</span>
            </Heading>
            {inStage.length === 0 ? (
              <p className="muted">{t('list.columnEmpty')}</p>
            ) : (
              <ul className="needs-board-cards">
                {inStage.map((need) => (
                  <li key={need.id} className="needs-board-card">
                    <RouterLink asComponent={Link} to={`/needs/${need.id}`} className="needs-board-title">
                      {need.title}
                    </RouterLink>
                    <div className="muted">
                      <Kinds need={need} />
                    </div>
                    <div className="muted">{t('list.updated', { date: formatDate(need.updatedAt, language) })}</div>
                    {need.openToPrecisionCapable ? (
                      <div className="chips">
                        <StaticChip>{t('list.precisionYes')}</StaticChip>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

export default function NeedsPage() {
  const { t } = useNeedsText();
  const { organization } = useAuth();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'board' ? 'board' : 'list';
  // Always fresh on arrival: the wizard may just have created or changed a need.
  const query = useApiQuery(NeedsDocument, { companyId: organization?.id ?? '' }, { enabled: organization !== null, staleTime: 0 });

  const setView = (next: View) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'board') updated.set('view', 'board');
        else updated.delete('view');
        return updated;
      },
      { replace: true },
    );

  return (
    <Page title={t('title')} lead={t('list.lead')} actions={<NewNeedLink />}>
      {!organization ? (
        <InlineAlert status="neutral">{t('list.noOrganization')}</InlineAlert>
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.companyNeeds.length === 0 ? (
        <div className="card">
          <Paragraph mb="s">{t('list.empty')}</Paragraph>
          <NewNeedLink />
        </div>
      ) : (
        <>
          <div className="needs-toolbar">
            <ViewToggle view={view} onChange={setView} />
            <p className="muted" role="status">
              {t('list.count', { count: query.data.companyNeeds.length })}
            </p>
          </div>
          {view === 'board' ? <NeedsBoard needs={query.data.companyNeeds} /> : <NeedsList needs={query.data.companyNeeds} />}
        </>
      )}
    </Page>
  );
}
