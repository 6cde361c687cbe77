import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Pagination, Paragraph, SearchInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { useAuth } from '../../shared/auth/auth-context';
import { FacetFilters } from './FacetFilters';
import { NeedCard } from './NeedCard';
import { fetchNeedsPage, pageCount } from './needs-page';
import { EMPTY_SEARCH, parseSearchState, toFilter, toggleValue, toSearchParams, type NeedSearchState } from './search-state';
import './openNeeds.css';

export default function OpenNeedsPage() {
  const { t } = useTranslation('openNeeds');
  const auth = useAuth();
  const signedIn = auth.session !== null;
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const [text, setText] = useState(state.query);
  useEffect(() => setText(state.query), [state.query]);

  const update = (next: NeedSearchState) => setParams(toSearchParams(next));
  const filter = toFilter(state);
  const search = useQuery<Awaited<ReturnType<typeof fetchNeedsPage>>, ApiError>({
    // The operation name first, as every query of the app; the session change clears the cache.
    queryKey: ['SearchOpenNeeds', { query: state.query, filter, page: state.page }],
    queryFn: () => fetchNeedsPage(state.query || null, filter, state.page),
    placeholderData: keepPreviousData,
  });
  const result = search.data?.searchNeeds;
  const facetPlaces = useMemo(() => new Map((result?.facets.municipality ?? []).map((value) => [value.value, value.label])), [result]);
  const lastPage = result ? pageCount(result.totalCount) : 1;
  const countText = result
    ? lastPage > 1
      ? `${t('results.count', { count: result.totalCount })}, ${t('results.page', { page: state.page, pages: lastPage })}`
      : t('results.count', { count: result.totalCount })
    : '';

  return (
    <Page title={t('title')} lead={<Paragraph>{t('lead')}</Paragraph>}>
      <div role="search" className="open-needs-search">
        <SearchInput
          labelText={t('search.label')}
          visualPlaceholder={t('search.placeholder')}
          clearButtonLabel={t('search.clear')}
          searchButtonLabel={t('search.button')}
          value={text}
          onChange={(value) => {
            setText(value);
            // The clear button empties the field: the search follows.
            if (value === '' && state.query) update({ ...state, query: '', page: 1 });
          }}
          onSearch={(value) => update({ ...state, query: value, page: 1 })}
          fullWidth
          mb="m"
        />
      </div>
      <div className="two-columns">
        <div>
          {result ? (
            <FacetFilters
              facets={result.facets}
              state={state}
              signedIn={signedIn}
              onToggle={(key, value, on) => update(toggleValue(state, key, value, on))}
              onPrecision={(on) => update({ ...state, openToPrecisionCapable: on, page: 1 })}
              onClear={() => update({ ...EMPTY_SEARCH, query: state.query })}
            />
          ) : null}
        </div>
        <div>
          <div role="status" className="open-needs-status" data-testid="open-needs-count">
            {/* While the first answer loads, the spinner below speaks; after that this line does. */}
            {result ? (search.isFetching ? t('results.loading') : countText) : ''}
          </div>
          {search.isPending ? <Loading label={t('results.loading')} /> : null}
          {search.isError && !result ? <ErrorState error={search.error} onRetry={() => void search.refetch()} /> : null}
          {result && result.edges.length === 0 ? <Paragraph mt="m">{t(state.page > 1 ? 'results.emptyPage' : 'results.none')}</Paragraph> : null}
          {result && result.edges.length > 0 ? (
            <ul className="open-needs-results" aria-label={t('results.listLabel')}>
              {result.edges.map(({ node }) => (
                <NeedCard
                  key={node.id}
                  hit={node}
                  signedIn={signedIn}
                  placeFallback={node.municipalityCode ? facetPlaces.get(node.municipalityCode) : undefined}
                  searchParams={params.toString()}
                />
              ))}
            </ul>
          ) : null}
          {result && (lastPage > 1 || state.page > 1) ? (
            <Pagination
              aria-label={t('pagination.label')}
              currentPage={state.page}
              lastPage={Math.max(lastPage, state.page)}
              onChange={(page) => {
                update({ ...state, page });
                window.scrollTo({ top: 0 });
              }}
              pageIndicatorText={(page, pages) => t('pagination.indicator', { page, pages })}
              ariaPageIndicatorText={(page, pages) => t('pagination.ariaIndicator', { page, pages })}
              nextButtonAriaLabel={t('common:pagination.next')}
              previousButtonAriaLabel={t('common:pagination.previous')}
              pageInput={false}
              mt="m"
            />
          ) : null}
        </div>
      </div>
    </Page>
  );
}
