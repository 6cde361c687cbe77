import type { ReactNode } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { NumberedPagination } from '../../shared/layout/NumberedPagination';
import { FacetFilters } from './FacetFilters';
import type { NeedHit } from './NeedCard';
import { EMPTY_SEARCH, toggleValue } from './search-state';
import type { NeedSearch } from './use-need-search';

export interface NeedSearchResultsTexts {
  /** The status line and the spinner while a page loads. */
  loading: string;
  /** The status line once the page has come. */
  count: string;
  /** Instead of the list when the page has no needs. */
  empty: string;
  listLabel: string;
  paginationLabel: string;
  pageIndicator: (page: number, pages: number) => string;
  ariaPageIndicator: (page: number, pages: number) => string;
}

/**
 * Facet filters beside one page of need search: a status line that speaks the count (or that
 * the next page loads), the list, and the numbered pages.
 */
export function NeedSearchResults({
  search,
  signedIn,
  texts,
  classNames,
  statusTestId,
  renderHit,
}: {
  search: NeedSearch;
  signedIn: boolean;
  texts: NeedSearchResultsTexts;
  classNames: { status: string; list: string };
  statusTestId: string;
  /** One card; `placeFallback` is the municipality's name from the facets until its own name has come. */
  renderHit: (hit: NeedHit, placeFallback: string | undefined) => ReactNode;
}) {
  const { state, update, query, result, facetPlaces, lastPage } = search;
  return (
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
        <div role="status" className={classNames.status} data-testid={statusTestId}>
          {/* While the first answer loads, the spinner below speaks; after that this line does. */}
          {result ? (query.isFetching ? texts.loading : texts.count) : ''}
        </div>
        {query.isPending ? <Loading label={texts.loading} /> : null}
        {query.isError && !result ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {result && result.edges.length === 0 ? <Paragraph mt="m">{texts.empty}</Paragraph> : null}
        {result && result.edges.length > 0 ? (
          <ul className={classNames.list} aria-label={texts.listLabel}>
            {result.edges.map(({ node }) => renderHit(node, node.municipalityCode ? facetPlaces.get(node.municipalityCode) : undefined))}
          </ul>
        ) : null}
        {result ? (
          <NumberedPagination
            label={texts.paginationLabel}
            currentPage={state.page}
            lastPage={lastPage}
            onChange={(page) => update({ ...state, page })}
            indicator={texts.pageIndicator}
            ariaIndicator={texts.ariaPageIndicator}
          />
        ) : null}
      </div>
    </div>
  );
}
