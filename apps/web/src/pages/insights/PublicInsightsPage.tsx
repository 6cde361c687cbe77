import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { AreaComparison, Downloads, Funnel, KeyFigures, Network, Trends } from './InsightSections';
import { PublicInsightsQuery } from './insights.documents';
import { ServiceNetwork } from './ServiceNetwork';
import { YearChoice, yearFrom } from './YearChoice';
import './insights.css';

/** The published indicators: the country and every area, each figure counting at least five. */
export default function PublicInsightsPage() {
  const { t } = useTranslation('insights');
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params.get('year'));
  const query = useApiQuery(PublicInsightsQuery, { year });
  const data = query.data?.publicInsights;
  return (
    <Page title={t('publicTitle')} lead={<Paragraph>{t('publicLead', { minimum: data?.minimumCount ?? 5 })}</Paragraph>}>
      <div className="insights-choices">
        <YearChoice year={year} onChange={(next) => setParams({ year: String(next) }, { replace: true })} />
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <KeyFigures report={data} areaId={null} />
          <Trends report={data} areaId={null} />
          <AreaComparison report={data} />
          <Funnel report={data} areaId={null} />
          <Network report={data} areaId={null} />
          <ServiceNetwork areaId={null} />
          <Downloads report={data} areaId={null} />
        </>
      )}
    </Page>
  );
}
