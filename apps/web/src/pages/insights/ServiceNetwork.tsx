import { useTranslation } from 'react-i18next';
import type { ServiceCoverageQuery as CoverageResult } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { BarChart } from './Charts';
import type { Figure } from './insight-cells';
import { ServiceCoverageQuery } from './insights.documents';

type Coverage = CoverageResult['serviceCoverage'];

const label = (category: Coverage['categories'][number], language: Language) =>
  (language === 'sv' ? category.labelSv : language === 'en' ? category.labelEn : null) ?? category.labelFi;

/** Published services by category in an area (or the country), and where the network has gaps. */
export function ServiceNetwork({ areaId }: { areaId: string | null }) {
  const { t, i18n } = useTranslation('insights');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const query = useApiQuery(ServiceCoverageQuery, undefined, { staleTime: 5 * 60_000 });
  const coverage = query.data?.serviceCoverage;
  if (!coverage) return null;
  const count = (area: string | null, code: string) => coverage.counts.find((c) => c.areaId === area && c.kind === 'CATEGORY' && c.code === code)?.count ?? 0;
  const byCategory: Figure[] = coverage.categories.map((category) => ({ label: label(category, language), value: count(areaId, category.code), suppressed: false }));
  const areaName = (area: Coverage['areas'][number]) => (language === 'sv' && area.nameSv ? area.nameSv : area.nameFi);
  const gapsOf = (area: string) => coverage.gaps.filter((gap) => gap.areaId === area);
  const categoryLabel = (code: string) => {
    const category = coverage.categories.find((c) => c.code === code);
    return category ? label(category, language) : code;
  };
  return (
    <section className="insights-section" aria-labelledby="insights-services">
      <h2 id="insights-services">{t('sections.services')}</h2>
      <p>{t('servicesLead')}</p>
      <BarChart title={areaId ? t('charts.servicesInArea') : t('charts.servicesNational')} figures={byCategory} testId="insights-services-category" />
      {areaId ? (
        <div data-testid="insights-gaps">
          <h3>{t('gapsTitle')}</h3>
          {gapsOf(areaId).length === 0 ? (
            <p>{t('noGaps')}</p>
          ) : (
            <ul>
              {gapsOf(areaId).map((gap) => (
                <li key={gap.categoryCode}>{categoryLabel(gap.categoryCode)}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <BarChart
          title={t('charts.gapsPerArea')}
          figures={coverage.areas.map((area) => ({ label: areaName(area), value: gapsOf(area.id).length, suppressed: false }))}
          valueHeader={t('table.gaps')}
          testId="insights-gaps-per-area"
        />
      )}
    </section>
  );
}
