import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { isLanguage } from '../../shared/i18n/i18n';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { AreaComparison, DismissedRemarks, Downloads, Funnel, KeyFigures, Municipalities, Network, Trends } from './InsightSections';
import { AreaInsightsQuery, InsightsComparisonQuery, MyInsightAreasQuery } from './insights.documents';
import { ServiceNetwork } from './ServiceNetwork';
import { YearChoice, yearFrom } from './YearChoice';
import './insights.css';

/**
 * The indicators of the coordinator's own employment area in full (tiedolla johtaminen): needs,
 * candidates, the network's work. Area admins also compare their area with the others.
 */
export default function AreaInsightsPage() {
  const { t, i18n } = useTranslation('insights');
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params.get('year'));
  const areaChoiceId = useId();
  const areas = useApiQuery(MyInsightAreasQuery, undefined);
  const list = areas.data?.myInsightAreas ?? [];
  const areaId = list.find((area) => area.id === params.get('area'))?.id ?? list[0]?.id ?? null;
  const report = useApiQuery(AreaInsightsQuery, { areaId: areaId ?? '', year }, { enabled: areaId !== null });
  const comparison = useApiQuery(InsightsComparisonQuery, { year }, { enabled: auth.hasRole('AREA_ADMIN') });
  const choose = (changes: Record<string, string>) => setParams((current) => ({ ...Object.fromEntries(current), ...changes }), { replace: true });
  const area = list.find((a) => a.id === areaId);
  const areaName = area ? (i18n.language === 'sv' && area.nameSv ? area.nameSv : area.nameFi) : '';
  const data = report.data?.areaInsights;
  return (
    <Page title={area ? t('areaTitle', { area: areaName }) : t('title')} lead={<Paragraph>{t('areaLead')}</Paragraph>}>
      <div className="insights-choices">
        <YearChoice year={year} onChange={(next) => choose({ year: String(next) })} />
        {list.length > 1 ? (
          <div className="insights-choice">
            <label htmlFor={areaChoiceId}>{t('area')}</label>
            <select id={areaChoiceId} value={areaId ?? ''} onChange={(event) => choose({ area: event.target.value })}>
              {list.map((option) => (
                <option key={option.id} value={option.id}>
                  {isLanguage(i18n.language) && i18n.language === 'sv' && option.nameSv ? option.nameSv : option.nameFi}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {areas.isPending || (areaId && report.isPending) ? (
        <Loading />
      ) : areas.error ? (
        <ErrorState error={areas.error} onRetry={() => void areas.refetch()} />
      ) : !areaId ? (
        <Paragraph>{t('noArea')}</Paragraph>
      ) : report.error || !data ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <KeyFigures report={data} areaId={areaId} />
          <Trends report={data} areaId={areaId} />
          <Municipalities report={data} areaId={areaId} />
          <Funnel report={data} areaId={areaId} />
          <Network report={data} areaId={areaId} />
          <DismissedRemarks report={data} areaId={areaId} />
          <ServiceNetwork areaId={areaId} />
          {comparison.data ? <AreaComparison report={comparison.data.insightsComparison} /> : null}
          <Downloads report={data} areaId={areaId} />
        </>
      )}
    </Page>
  );
}
