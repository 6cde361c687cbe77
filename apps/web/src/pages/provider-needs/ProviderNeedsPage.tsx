import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Pagination, Paragraph, SearchInput } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import type { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { FacetFilters } from '../open-needs/FacetFilters';
import type { NeedHit } from '../open-needs/NeedCard';
import { fetchNeedsPage, pageCount } from '../open-needs/needs-page';
import { EMPTY_SEARCH, parseSearchState, toFilter, toggleValue, toSearchParams, type NeedSearchState } from '../open-needs/search-state';
import { ProposeDialog } from './ProposeDialog';
import { ProviderNeedCard, type ForwardNote } from './ProviderNeedCard';
import { ProviderForwardedNeedsQuery, ProviderMyProposalsQuery, ProviderProposableServicesQuery } from './providerNeeds.documents';
import { useProviderText } from './provider-text';
import '../open-needs/openNeeds.css';
import './providerNeeds.css';

/**
 * The needs the provider may see (the API decides: needs open to providers where the
 * organisation's published services reach, public ones, and those forwarded to it), searchable
 * with facets; from each one the organisation proposes its published services.
 */
export default function ProviderNeedsPage() {
  const { t } = useProviderText();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const [text, setText] = useState(state.query);
  useEffect(() => setText(state.query), [state.query]);
  const [proposing, setProposing] = useState<NeedHit | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const update = (next: NeedSearchState) => setParams(toSearchParams(next));
  const filter = toFilter(state);
  const search = useQuery<Awaited<ReturnType<typeof fetchNeedsPage>>, ApiError>({
    queryKey: ['SearchProviderNeeds', { query: state.query, filter, page: state.page }],
    queryFn: () => fetchNeedsPage(state.query || null, filter, state.page),
    placeholderData: keepPreviousData,
  });
  const services = useApiQuery(ProviderProposableServicesQuery, undefined);
  const forwards = useApiQuery(ProviderForwardedNeedsQuery, undefined);
  const proposals = useApiQuery(ProviderMyProposalsQuery, undefined);

  const forwardOf = useMemo(() => {
    const map = new Map<string, ForwardNote>();
    for (const item of forwards.data?.forwardedNeeds ?? []) map.set(item.need.id, { message: item.forward.message, createdAt: item.forward.createdAt });
    return map;
  }, [forwards.data]);
  const openProposals = useMemo(() => {
    const map = new Map<string, number>();
    for (const proposal of proposals.data?.myProposals ?? []) {
      if (proposal.status === 'OPEN') map.set(proposal.needId, (map.get(proposal.needId) ?? 0) + 1);
    }
    return map;
  }, [proposals.data]);

  const result = search.data?.searchNeeds;
  const facetPlaces = useMemo(() => new Map((result?.facets.municipality ?? []).map((value) => [value.value, value.label])), [result]);
  const lastPage = result ? pageCount(result.totalCount) : 1;
  const countText = result ? t('results.count', { count: result.totalCount }) : '';

  return (
    <Page title={t('needs.title')} lead={<Paragraph>{t('needs.lead')}</Paragraph>}>
      <div role="search" className="open-needs-search">
        <SearchInput
          labelText={t('needs.searchLabel')}
          visualPlaceholder={t('needs.searchPlaceholder')}
          clearButtonLabel={t('needs.searchClear')}
          searchButtonLabel={t('needs.searchButton')}
          value={text}
          onChange={(value) => {
            setText(String(value));
            if (value === '' && state.query) update({ ...state, query: '', page: 1 });
          }}
          onSearch={(value) => update({ ...state, query: String(value), page: 1 })}
          fullWidth
          mb="m"
        />
      </div>
      <div role="status" className="provider-needs-status" data-testid="propose-done">
        {done}
      </div>
      <div className="two-columns">
        <div>
          {result ? (
            <FacetFilters
              facets={result.facets}
              state={state}
              signedIn
              onToggle={(key, value, on) => update(toggleValue(state, key, value, on))}
              onPrecision={(on) => update({ ...state, openToPrecisionCapable: on, page: 1 })}
              onClear={() => update({ ...EMPTY_SEARCH, query: state.query })}
            />
          ) : null}
        </div>
        <div>
          <div role="status" className="provider-needs-status" data-testid="provider-needs-count">
            {result ? (search.isFetching ? t('results.loading') : countText) : ''}
          </div>
          {search.isPending ? <Loading label={t('results.loading')} /> : null}
          {search.isError && !result ? <ErrorState error={search.error} onRetry={() => void search.refetch()} /> : null}
          {result && result.edges.length === 0 ? <Paragraph mt="m">{t('results.none')}</Paragraph> : null}
          {result && result.edges.length > 0 ? (
            <ul className="provider-needs-results" aria-label={t('results.listLabel')}>
              {result.edges.map(({ node }) => (
                <ProviderNeedCard
                  key={node.id}
                  hit={node}
                  forward={forwardOf.get(node.id)}
                  proposedCount={openProposals.get(node.id) ?? 0}
                  placeFallback={node.municipalityCode ? facetPlaces.get(node.municipalityCode) : undefined}
                  onPropose={() => {
                    setDone(null);
                    setProposing(node);
                  }}
                />
              ))}
            </ul>
          ) : null}
          {result && (lastPage > 1 || state.page > 1) ? (
            <Pagination
              aria-label={t('results.pagination')}
              currentPage={state.page}
              lastPage={Math.max(lastPage, state.page)}
              onChange={(page) => {
                update({ ...state, page });
                window.scrollTo({ top: 0 });
              }}
              pageIndicatorText={(page, pages) => t('results.pageIndicator', { page, pages })}
              ariaPageIndicatorText={(page, pages) => t('results.pageIndicator', { page, pages })}
              nextButtonAriaLabel={t('common:pagination.next')}
              previousButtonAriaLabel={t('common:pagination.previous')}
              pageInput={false}
              mt="m"
            />
          ) : null}
        </div>
      </div>
      {proposing ? (
        services.isPending ? null : (
          <ProposeDialog
            need={proposing}
            services={services.data?.myServices ?? []}
            onClose={() => setProposing(null)}
            onProposed={(count) => {
              setDone(t('propose.done', { count, need: proposing.title }));
              setProposing(null);
            }}
          />
        )
      ) : null}
    </Page>
  );
}
