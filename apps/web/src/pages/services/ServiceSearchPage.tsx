import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, Chip, Dropdown, DropdownItem, Heading, InlineAlert, Pagination, Paragraph, SearchInput } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { useServiceLabels, type ServiceLabels } from './labels';
import { ServiceCard } from './ServiceCard';
import { SearchFilters, useFacetLabel } from './SearchFilters';
import {
  changeSearch,
  clearFilters,
  currentPage,
  FACET_KEYS,
  hasFilters,
  nextPage,
  PAGE_SIZE,
  parseSearchState,
  previousPage,
  roundCoordinate,
  serializeSearchState,
  toggleFacet,
  toVariables,
  type SearchState,
} from './search-state';
import { SearchServicesQuery } from './services.documents';
import './services.css';

export default function ServiceSearchPage() {
  const { t } = useTranslation('services');
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const labels = useServiceLabels();
  const variables = useMemo(() => toVariables(state), [state]);
  const search = useApiQuery(SearchServicesQuery, variables, { placeholderData: keepPreviousData });
  const go = (next: SearchState) => setParams(serializeSearchState(next));

  const result = search.data?.searchServices;
  const page = currentPage(state);
  const lastPage = result ? Math.max(result.pageInfo.hasNextPage ? page + 1 : page, Math.ceil(result.totalCount / PAGE_SIZE)) : page;

  // After moving to another page, the person lands at the top of the new results (but a facet
  // choice keeps the focus where it is).
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (!focusResults.current || search.isPlaceholderData || !result) return;
    focusResults.current = false;
    resultsHeading.current?.focus();
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  }, [result, search.isPlaceholderData]);

  // The dozens of facet controls render just after the first results: on a slow machine the
  // results then appear a few hundred milliseconds sooner.
  const [filtersReady, setFiltersReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setFiltersReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <Page title={t('search.title')} lead={t('search.lead')}>
      <SearchBox q={state.q} onSearch={(q) => go(changeSearch(state, { q }))} />
      <div className="two-columns services-layout">
        <aside aria-labelledby="filters-heading">
          {filtersReady ? (
            <SearchFilters state={state} facets={result?.facets} labels={labels} onChange={go} />
          ) : (
            <Heading variant="h2" id="filters-heading" mb="s">
              {t('search.filtersHeading')}
            </Heading>
          )}
        </aside>
        <section aria-labelledby="results-heading" className="services-results">
          <div className="services-results-heading">
            <Heading variant="h2" id="results-heading" ref={resultsHeading} tabIndex={-1}>
              {t('search.resultsHeading')}
            </Heading>
            <SortChooser state={state} onChange={go} />
          </div>
          <p role="status" className="services-status" data-testid="result-count">
            {search.isPending || search.isPlaceholderData
              ? t('search.searching')
              : result
                ? state.q
                  ? t('search.countFor', { count: result.totalCount, q: state.q })
                  : t('search.count', { count: result.totalCount })
                : ''}
          </p>
          <ActiveFilters state={state} labels={labels} onChange={go} />
          {search.isPending ? <Loading /> : null}
          {search.error ? (
            search.error.kind === 'badInput' ? (
              <InlineAlert status="warning" mb="m">
                <Paragraph mb="s">{t('search.badInput')}</Paragraph>
                <Button variant="secondary" onClick={() => go(clearFilters(state))}>
                  {t('search.clearFilters')}
                </Button>
              </InlineAlert>
            ) : (
              <ErrorState error={search.error} onRetry={() => void search.refetch()} />
            )
          ) : null}
          {result && result.edges.length === 0 && !search.isPlaceholderData ? (
            <div className="card" data-testid="no-results">
              <Paragraph mb="s">{t('search.noResults')}</Paragraph>
              <Paragraph>{t('search.noResultsHint')}</Paragraph>
            </div>
          ) : null}
          {result && result.edges.length > 0 ? (
            <ul className="services-list" aria-busy={search.isPlaceholderData} aria-labelledby="results-heading">
              {result.edges.map((edge) => (
                <ServiceCard key={edge.node.service.id} hit={edge.node} labels={labels} />
              ))}
            </ul>
          ) : null}
          {result && lastPage > 1 ? (
            <Pagination
              aria-label={t('search.pagination.label')}
              pageInput={false}
              currentPage={page}
              lastPage={lastPage}
              pageIndicatorText={(current, last) => t('search.pagination.indicator', { page: current, last })}
              ariaPageIndicatorText={(current, last) => t('search.pagination.indicator', { page: current, last })}
              nextButtonAriaLabel={t('search.pagination.next')}
              previousButtonAriaLabel={t('search.pagination.previous')}
              onChange={(target) => {
                if (search.isPlaceholderData) return;
                focusResults.current = true;
                if (target > page && result.pageInfo.hasNextPage && result.pageInfo.endCursor) go(nextPage(state, result.pageInfo.endCursor));
                else if (target < page) go(previousPage(state));
              }}
              mt="m"
            />
          ) : null}
        </section>
      </div>
    </Page>
  );
}

function SearchBox({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('services');
  const [text, setText] = useState(q);
  const [shown, setShown] = useState(q);
  // Back, forward or a link change the text in the address: the box follows.
  if (q !== shown) {
    setShown(q);
    setText(q);
  }
  return (
    <div role="search" className="services-searchbox">
      <SearchInput
        labelText={t('search.label')}
        visualPlaceholder={t('search.placeholder')}
        clearButtonLabel={t('search.clear')}
        searchButtonLabel={t('search.button')}
        value={text}
        onChange={setText}
        onSearch={(value) => onSearch(value.trim())}
        fullWidth
        data-testid="service-search-input"
      />
    </div>
  );
}

function SortChooser({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const { t } = useTranslation('services');
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const sortByDistance = () => {
    setFailed(null);
    if (!('geolocation' in navigator)) {
      setFailed(t('sort.locationUnavailable'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onChange(
          changeSearch(state, {
            sort: 'distance',
            near: { latitude: roundCoordinate(position.coords.latitude), longitude: roundCoordinate(position.coords.longitude) },
          }),
        );
      },
      () => {
        setLocating(false);
        setFailed(t('sort.locationFailed'));
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  return (
    <div className="services-sort">
      <Dropdown
        labelText={t('sort.label')}
        value={state.sort}
        onChange={(value) => (value === 'distance' ? sortByDistance() : onChange(changeSearch(state, { sort: 'relevance', near: null })))}
        disabled={locating}
      >
        <DropdownItem value="relevance">{t('sort.relevance')}</DropdownItem>
        <DropdownItem value="distance">{t('sort.distance')}</DropdownItem>
      </Dropdown>
      {locating ? <p role="status">{t('sort.locating')}</p> : null}
      {failed ? (
        <InlineAlert status="warning" mt="xs" role="alert">
          {failed}
        </InlineAlert>
      ) : null}
    </div>
  );
}

/** The chosen filters as chips that take them away, and one button for all of them. */
function ActiveFilters({ state, labels, onChange }: { state: SearchState; labels: ServiceLabels; onChange: (next: SearchState) => void }) {
  const { t } = useTranslation('services');
  const facetLabel = useFacetLabel(labels);
  if (!hasFilters(state)) return null;
  const chips: { key: string; label: string; remove: () => SearchState }[] = [
    ...FACET_KEYS.flatMap((key) =>
      state[key].map((value) => ({ key: `${key}-${value}`, label: facetLabel(key, value, value), remove: () => toggleFacet(state, key, value) })),
    ),
  ];
  if (state.municipality) chips.push({ key: 'municipality', label: labels.municipality(state.municipality), remove: () => changeSearch(state, { municipality: null }) });
  if (state.area) chips.push({ key: 'area', label: labels.area(state.area, t('place.chosenArea')), remove: () => changeSearch(state, { area: null }) });
  if (state.scope !== 'ALL') chips.push({ key: 'scope', label: t(`scope.${state.scope}`), remove: () => changeSearch(state, { scope: 'ALL' }) });
  if (state.audience) chips.push({ key: 'audience', label: t(`audience.${state.audience}`), remove: () => changeSearch(state, { audience: null }) });
  return (
    <div className="services-active" data-testid="active-filters">
      <h3 className="visually-hidden" id="active-filters-heading">
        {t('search.activeFilters')}
      </h3>
      <ul className="chips" aria-labelledby="active-filters-heading">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Chip removable actionLabel={t('search.removeFilter')} onClick={() => onChange(chip.remove())}>
              {chip.label}
            </Chip>
          </li>
        ))}
      </ul>
      <Button variant="secondaryNoBorder" onClick={() => onChange(clearFilters(state))}>
        {t('search.clearFilters')}
      </Button>
    </div>
  );
}
