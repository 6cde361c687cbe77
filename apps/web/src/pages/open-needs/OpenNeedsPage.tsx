import { Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shared/layout/Page';
import { useAuth } from '../../shared/auth/auth-context';
import { NeedCard } from './NeedCard';
import { NeedSearchBox } from './NeedSearchBox';
import { NeedSearchResults } from './NeedSearchResults';
import { useNeedSearch } from './use-need-search';
import './openNeeds.css';

export default function OpenNeedsPage() {
  const { t } = useTranslation('openNeeds');
  const auth = useAuth();
  const signedIn = auth.session !== null;
  const search = useNeedSearch('SearchOpenNeeds');
  const { params, state, result, lastPage } = search;
  const countText = result
    ? lastPage > 1
      ? `${t('results.count', { count: result.totalCount })}, ${t('results.page', { page: state.page, pages: lastPage })}`
      : t('results.count', { count: result.totalCount })
    : '';

  return (
    <Page title={t('title')} lead={<Paragraph>{t('lead')}</Paragraph>}>
      <NeedSearchBox
        search={search}
        texts={{ label: t('search.label'), placeholder: t('search.placeholder'), clear: t('search.clear'), button: t('search.button') }}
      />
      <NeedSearchResults
        search={search}
        signedIn={signedIn}
        texts={{
          loading: t('results.loading'),
          count: countText,
          empty: t(state.page > 1 ? 'results.emptyPage' : 'results.none'),
          listLabel: t('results.listLabel'),
          paginationLabel: t('pagination.label'),
          pageIndicator: (page, pages) => t('pagination.indicator', { page, pages }),
          ariaPageIndicator: (page, pages) => t('pagination.ariaIndicator', { page, pages }),
        }}
        classNames={{ status: 'open-needs-status', list: 'open-needs-results' }}
        statusTestId="open-needs-count"
        renderHit={(hit, placeFallback) => (
          <NeedCard key={hit.id} hit={hit} signedIn={signedIn} placeFallback={placeFallback} searchParams={params.toString()} />
        )}
      />
    </Page>
  );
}
