import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, RouterLink, SearchInput, StaticChip } from 'suomifi-ui-components';
import type { AreaNeedsQuery as AreaNeedsResult, NeedKind } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { MunicipalityNameQuery } from '../../shared/forms/municipality.documents';
import { groupByStage } from '../needs/need-stages';
import { hasFilters, readFilters, searchVariables, writeFilters, type AreaNeedsFilters } from './area-needs-filters';
import { AreaNeedsQuery } from './areaNeeds.documents';
import { useAreaNeedsText } from './area-needs-text';
import '../needs/needs.css';
import './areaNeeds.css';

type Hit = AreaNeedsResult['searchNeeds']['edges'][number]['node'];
const ALL = 'ALL';
const KINDS: readonly NeedKind[] = ['RECRUITMENT', 'COMPETENCE_DEVELOPMENT', 'SUPPORT_AND_ADVICE'];

function Filters({ filters, facets, onChange }: { filters: AreaNeedsFilters; facets: AreaNeedsResult['searchNeeds']['facets'] | undefined; onChange: (next: AreaNeedsFilters) => void }) {
  const { t } = useAreaNeedsText();
  const [text, setText] = useState(filters.text);
  const municipalities = [...(facets?.municipality ?? [])].sort((a, b) => a.label.localeCompare(b.label, 'fi'));
  // A municipality from the address with no needs left still shows as chosen.
  if (filters.municipality && !municipalities.some((m) => m.value === filters.municipality)) {
    municipalities.unshift({ value: filters.municipality, label: filters.municipality, count: 0 });
  }
  return (
    <form
      className="area-needs-filters"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...filters, text: text.trim() });
      }}
    >
      <SearchInput
        labelText={t('filters.text')}
        clearButtonLabel={t('filters.clear')}
        searchButtonLabel={t('filters.search')}
        value={text}
        onChange={(value) => setText(String(value))}
        onSearch={(value) => onChange({ ...filters, text: String(value).trim() })}
        data-testid="area-needs-search"
      />
      <Dropdown labelText={t('filters.kind')} value={filters.kind ?? ALL} onChange={(value) => onChange({ ...filters, kind: value === ALL ? null : (value as NeedKind) })} data-testid="area-needs-kind">
        <DropdownItem value={ALL}>{t('filters.all')}</DropdownItem>
        {KINDS.map((kind) => (
          <DropdownItem key={kind} value={kind}>
            {t(`needs:kinds.${kind}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown
        labelText={t('filters.municipality')}
        value={filters.municipality ?? ALL}
        onChange={(value) => onChange({ ...filters, municipality: value === ALL ? null : value })}
        data-testid="area-needs-municipality"
      >
        <DropdownItem value={ALL}>{t('filters.all')}</DropdownItem>
        {municipalities.map((m) => (
          <DropdownItem key={m.value} value={m.value}>
            {`${m.label} (${m.count})`}
          </DropdownItem>
        ))}
      </Dropdown>
      <Checkbox checked={filters.precision} onClick={({ checkboxState }) => onChange({ ...filters, precision: checkboxState })} data-testid="area-needs-precision">
        {t('filters.precision')}
      </Checkbox>
      {hasFilters(filters) ? (
        <Button
          variant="secondary"
          onClick={() => {
            setText('');
            onChange({ text: '', kind: null, municipality: null, precision: false });
          }}
        >
          {t('filters.reset')}
        </Button>
      ) : null}
    </form>
  );
}

/** The municipality in the reader's language; the search's Finnish label until the name arrives. */
function PlaceName({ code, fallback }: { code: string; fallback: string }) {
  const { language } = useAreaNeedsText();
  const { data } = useApiQuery(MunicipalityNameQuery, { code }, { staleTime: 60 * 60_000 });
  const municipality = data?.municipality;
  if (!municipality) return <>{fallback}</>;
  return <>{language === 'sv' ? municipality.nameSv || municipality.nameFi : municipality.nameFi}</>;
}

function Board({ needs, placeLabels }: { needs: Hit[]; placeLabels: Map<string, string> }) {
  const { t, language } = useAreaNeedsText();
  return (
    <div className="needs-board" data-testid="area-needs-board">
      {groupByStage(needs).map(({ stage, needs: inStage }) => (
        <section key={stage} className="needs-board-column" aria-labelledby={`board-${stage}`} data-testid={`board-column-${stage}`}>
          <Heading variant="h2" id={`board-${stage}`} className="needs-board-heading">
            {t(`needs:stages.${stage}`)} <span className="needs-board-count">({t('board.count', { count: inStage.length })})</span>
          </Heading>
          {inStage.length === 0 ? (
            <p className="muted">{t('board.empty')}</p>
          ) : (
            <ul className="needs-board-cards">
              {inStage.map((need) => (
                <li key={need.id} className="needs-board-card" data-testid="area-need-card">
                  <RouterLink asComponent={Link} to={`/coordinator/needs/${need.id}`} className="needs-board-title">
                    {need.title}
                  </RouterLink>
                  <div>{need.companyName}</div>
                  <div className="muted">
                    {need.kinds.map((kind) => t(`needs:kinds.${kind}`)).join(', ')}
                    {need.municipalityCode ? (
                      <>
                        {' · '}
                        <PlaceName code={need.municipalityCode} fallback={placeLabels.get(need.municipalityCode) ?? need.municipalityCode} />
                      </>
                    ) : null}
                  </div>
                  <div className="muted">{t('board.updated', { date: formatDate(need.updatedAt, language) })}</div>
                  {need.openToPrecisionCapable ? (
                    <div className="chips">
                      <StaticChip>{t('board.precision')}</StaticChip>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

/**
 * The needs of the coordinator's area on the 6T board: one column per stage, filters by text,
 * kind, municipality and openness to precision-capable people; the filters live in the address.
 */
export default function AreaNeedsPage() {
  const { t } = useAreaNeedsText();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const query = useApiQuery(AreaNeedsQuery, searchVariables(filters), { placeholderData: (previous) => previous });
  const result = query.data?.searchNeeds;
  const needs = result?.edges.map((edge) => edge.node) ?? [];
  return (
    <Page title={t('title')} lead={<Paragraph>{t('lead')}</Paragraph>}>
      <Filters filters={filters} facets={result?.facets} onChange={(next) => setParams(writeFilters(next), { replace: true })} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p role="status" className="area-needs-count" data-testid="area-needs-count">
            {result && result.totalCount > needs.length ? t('board.shownOf', { count: result.totalCount, shown: needs.length }) : t('board.total', { count: needs.length })}
          </p>
          {needs.length === 0 ? <Paragraph>{hasFilters(filters) ? t('board.noneFiltered') : t('board.none')}</Paragraph> : <Board needs={needs} placeLabels={new Map(result?.facets.municipality.map((m) => [m.value, m.label]))} />}
        </>
      )}
    </Page>
  );
}
