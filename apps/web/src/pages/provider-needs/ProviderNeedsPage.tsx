import { useMemo, useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { Page } from '../../shared/layout/Page';
import type { NeedHit } from '../open-needs/NeedCard';
import { NeedSearchBox } from '../open-needs/NeedSearchBox';
import { NeedSearchResults } from '../open-needs/NeedSearchResults';
import { useNeedSearch } from '../open-needs/use-need-search';
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
  const search = useNeedSearch('SearchProviderNeeds');
  const [proposing, setProposing] = useState<NeedHit | null>(null);
  const [done, setDone] = useState<string | null>(null);
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

  const { result } = search;
  const countText = result ? t('results.count', { count: result.totalCount }) : '';

  return (
    <Page title={t('needs.title')} lead={<Paragraph>{t('needs.lead')}</Paragraph>}>
      <NeedSearchBox
        search={search}
        texts={{ label: t('needs.searchLabel'), placeholder: t('needs.searchPlaceholder'), clear: t('needs.searchClear'), button: t('needs.searchButton') }}
      />
      <div role="status" className="provider-needs-status" data-testid="propose-done">
        {done}
      </div>
      <NeedSearchResults
        search={search}
        signedIn
        texts={{
          loading: t('results.loading'),
          count: countText,
          empty: t('results.none'),
          listLabel: t('results.listLabel'),
          paginationLabel: t('results.pagination'),
          pageIndicator: (page, pages) => t('results.pageIndicator', { page, pages }),
          ariaPageIndicator: (page, pages) => t('results.pageIndicator', { page, pages }),
        }}
        classNames={{ status: 'provider-needs-status', list: 'provider-needs-results' }}
        statusTestId="provider-needs-count"
        renderHit={(hit, placeFallback) => (
          <ProviderNeedCard
            key={hit.id}
            hit={hit}
            forward={forwardOf.get(hit.id)}
            proposedCount={openProposals.get(hit.id) ?? 0}
            placeFallback={placeFallback}
            onPropose={() => {
              setDone(null);
              setProposing(hit);
            }}
          />
        )}
      />
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
