import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { request } from '../../shared/api/client';
import { locale } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { BarChart, ColumnChart, FigureText } from './Charts';
import { creditedProviders, figureOf, FUNNEL_STEPS, MONTHS, monthKey, reportJson, type Figure, type Report } from './insight-cells';
import { InsightsCsvQuery } from './insights.documents';

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

const KEY_METRICS = ['NEEDS_OPENED', 'NEEDS_FILLED', 'NEEDS_CLOSED_UNFILLED', 'PRECISION_NEEDS_OPENED', 'PRECISION_NEEDS_FILLED'] as const;
const TIME_METRICS = ['TIME_TO_FIRST_SUGGESTION', 'TIME_TO_FIRST_PRESENTATION', 'TIME_TO_HIRE'] as const;
const SECTORS = ['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'] as const;

/** The year's key figures of an area (or the country: null). */
export function KeyFigures({ report, areaId }: { report: Report; areaId: string | null }) {
  const { t } = useTranslation('insights');
  const language = useLanguage();
  return (
    <section className="insights-section" aria-labelledby="insights-key-figures">
      <h2 id="insights-key-figures">{t('sections.keyFigures')}</h2>
      <table className="insights-table" data-testid="insights-key-figures">
        <caption className="visually-hidden">{t('sections.keyFigures')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.item')}</th>
            <th scope="col">{t('table.count')}</th>
          </tr>
        </thead>
        <tbody>
          {KEY_METRICS.map((metric) => (
            <tr key={metric}>
              <th scope="row">{t(`metrics.${metric}`)}</th>
              <td>
                <FigureText figure={figureOf(report, metric, areaId, metric)} />
              </td>
            </tr>
          ))}
          {TIME_METRICS.map((metric) => {
            const figure = figureOf(report, metric, areaId, metric);
            return (
              <tr key={metric}>
                <th scope="row">{t(`metrics.${metric}`)}</th>
                <td>
                  {figure.suppressed ? (
                    <FigureText figure={figure} />
                  ) : figure.averageDays === null || figure.averageDays === undefined ? (
                    '–'
                  ) : (
                    t('days', { days: new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(figure.averageDays), count: figure.value ?? 0 })
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Needs opened and filled month by month. */
export function Trends({ report, areaId }: { report: Report; areaId: string | null }) {
  const { t } = useTranslation('insights');
  const language = useLanguage();
  const monthName = (month: number) => new Date(Date.UTC(report.year, month - 1, 1)).toLocaleString(locale(language), { month: 'short', timeZone: 'UTC' });
  const series = (metric: string): Figure[] => MONTHS.map((month) => figureOf(report, monthName(month), areaId, metric, '', monthKey(report.year, month)));
  return (
    <section className="insights-section" aria-labelledby="insights-trends">
      <h2 id="insights-trends">{t('sections.trends')}</h2>
      <div className="insights-grid">
        <ColumnChart title={t('charts.opened', { year: report.year })} figures={series('NEEDS_OPENED')} testId="insights-trend-opened" />
        <ColumnChart title={t('charts.filled', { year: report.year })} figures={series('NEEDS_FILLED')} testId="insights-trend-filled" />
      </div>
    </section>
  );
}

const PROGRESS_OUTCOMES = ['WORK_TRIAL', 'APPRENTICESHIP', 'TRAINING_STARTED', 'PAY_SUBSIDISED_JOB'] as const;
const OUTCOMES = ['HIRED', 'NOT_SELECTED', 'NEED_FILLED', 'NEED_CLOSED', 'DECLINED', 'EXPIRED', 'CANCELLED', 'REVOKED', 'WITHDRAWN'] as const;

/** Candidates from suggestion to hire, and how candidacies closed. */
export function Funnel({ report, areaId }: { report: Report; areaId: string | null }) {
  const { t } = useTranslation('insights');
  const figures = FUNNEL_STEPS.map((step) => figureOf(report, t(`funnel.${step}`), areaId, 'CANDIDATE_FUNNEL', step));
  const closures = OUTCOMES.map((outcome) => figureOf(report, t(`outcomes.${outcome}`), areaId, 'CANDIDACIES_CLOSED', outcome));
  const progress = PROGRESS_OUTCOMES.map((outcome) => figureOf(report, t(`progressOutcomes.${outcome}`), areaId, 'CANDIDACY_PROGRESS', outcome));
  return (
    <section className="insights-section" aria-labelledby="insights-funnel">
      <h2 id="insights-funnel">{t('sections.funnel')}</h2>
      <div className="insights-grid">
        <BarChart title={t('charts.funnel', { year: report.year })} figures={figures} testId="insights-funnel" />
        <BarChart title={t('charts.closures', { year: report.year })} figures={closures} testId="insights-closures" />
        <BarChart title={t('charts.progress', { year: report.year })} figures={progress} testId="insights-progress" />
      </div>
    </section>
  );
}

const ASSISTANT_FLAG_CODES = [
  'REQUIRED_SKILL_NOT_ESSENTIAL',
  'LANGUAGE_NATIVE',
  'LANGUAGE_ABOVE_TASKS',
  'MISSING_PAY',
  'MISSING_HOURS',
  'MISSING_TASKS',
  'EXCLUSIONARY_WORDING',
  'OPEN_TO_PRECISION_CAPABLE',
] as const;

/**
 * The inclusive-need assistant's remarks that employers dismissed, by kind of remark (the area
 * view only: the figure counts remarks, not companies, so it is never published).
 */
export function DismissedRemarks({ report, areaId }: { report: Report; areaId: string }) {
  const { t } = useTranslation('insights');
  const figures = ASSISTANT_FLAG_CODES.map((code) => figureOf(report, t(`assistantFlags.${code}`), areaId, 'ASSISTANT_FLAGS_DISMISSED', code));
  return (
    <section className="insights-section" aria-labelledby="insights-assistant">
      <h2 id="insights-assistant">{t('sections.assistant')}</h2>
      <p>{t('assistantLead')}</p>
      <div className="insights-grid">
        <BarChart title={t('charts.dismissedRemarks', { year: report.year })} figures={figures} testId="insights-dismissed-remarks" />
      </div>
    </section>
  );
}

/** The area's municipalities side by side (the area view). */
export function Municipalities({ report, areaId }: { report: Report; areaId: string }) {
  const { t } = useTranslation('insights');
  if (report.municipalities.length < 2) return null;
  const figure = (code: string, name: string, metric: string): Figure => {
    const cell = report.cells.find((c) => c.areaId === areaId && c.municipalityCode === code && c.month === null && c.metric === metric && c.dimension === '');
    return { label: name, value: cell ? (cell.count ?? null) : 0, suppressed: cell?.suppressed ?? false };
  };
  return (
    <section className="insights-section" aria-labelledby="insights-municipalities">
      <h2 id="insights-municipalities">{t('sections.municipalities')}</h2>
      <div className="insights-grid">
        <BarChart title={t('charts.municipalitiesOpened', { year: report.year })} figures={report.municipalities.map((m) => figure(m.code, m.nameFi, 'NEEDS_OPENED'))} testId="insights-municipalities-opened" />
        <BarChart title={t('charts.municipalitiesFilled', { year: report.year })} figures={report.municipalities.map((m) => figure(m.code, m.nameFi, 'NEEDS_FILLED'))} testId="insights-municipalities-filled" />
      </div>
    </section>
  );
}

/** The network's work: by provider sector, and (own area) by provider. */
export function Network({ report, areaId }: { report: Report; areaId: string | null }) {
  const { t } = useTranslation('insights');
  const bySector = (metric: string) => SECTORS.map((sector) => figureOf(report, t(`sectors.${sector}`), areaId, metric, sector));
  const providers = areaId ? creditedProviders(report, areaId) : [];
  const columns = ['PROVIDER_PROPOSALS_MADE', 'PROVIDER_PROPOSALS_ACCEPTED', 'PROVIDER_PROPOSALS_LED_TO_HIRE', 'PROVIDER_FORWARDS_MADE', 'PROVIDER_FORWARDS_LED_TO_HIRE'] as const;
  return (
    <section className="insights-section" aria-labelledby="insights-network">
      <h2 id="insights-network">{t('sections.network')}</h2>
      <div className="insights-grid">
        <BarChart title={t('charts.proposalsBySector')} figures={bySector('PROPOSALS_MADE')} testId="insights-proposals-sector" />
        <BarChart title={t('charts.hiresBySector')} figures={bySector('PROPOSALS_LED_TO_HIRE')} testId="insights-hires-sector" />
      </div>
      {areaId && providers.length > 0 ? (
        <div className="insights-table-wrap">
          <table className="insights-table" data-testid="insights-providers">
            <caption>{t('charts.providers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.provider')}</th>
                <th scope="col">{t('table.sector')}</th>
                {columns.map((metric) => (
                  <th scope="col" key={metric}>
                    {t(`metrics.${metric}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {providers.map((provider) => (
                <tr key={provider.id} data-testid="insights-provider-row">
                  <th scope="row">{provider.name}</th>
                  <td>{t(`sectors.${provider.sector}`, { defaultValue: provider.sector })}</td>
                  {columns.map((metric) => (
                    <td key={metric}>
                      <FigureText figure={figureOf(report, provider.name, areaId, metric, provider.id)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Areas side by side (bars, no map). */
export function AreaComparison({ report }: { report: Report }) {
  const { t } = useTranslation('insights');
  const language = useLanguage();
  const name = (area: Report['areas'][number]) => (language === 'sv' && area.nameSv ? area.nameSv : area.nameFi);
  const figures = (metric: string) => report.areas.map((area) => figureOf(report, name(area), area.id, metric));
  return (
    <section className="insights-section" aria-labelledby="insights-comparison">
      <h2 id="insights-comparison">{t('sections.comparison')}</h2>
      <div className="insights-grid">
        <BarChart title={t('charts.areasOpened', { year: report.year })} figures={figures('NEEDS_OPENED')} testId="insights-areas-opened" />
        <BarChart title={t('charts.areasFilled', { year: report.year })} figures={figures('NEEDS_FILLED')} testId="insights-areas-filled" />
      </div>
    </section>
  );
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV (from the API, the same figures) and JSON (the report on the page). */
export function Downloads({ report, areaId }: { report: Report; areaId: string | null }) {
  const { t } = useTranslation('insights');
  const [failed, setFailed] = useState(false);
  const base = `indikaattorit-${report.view.toLowerCase()}-${report.year}`;
  const csv = async () => {
    try {
      setFailed(false);
      const { insightsCsv } = await request(InsightsCsvQuery, { view: report.view, year: report.year, areaId: report.view === 'AREA' ? areaId : null });
      download(`${base}.csv`, 'text/csv;charset=utf-8', insightsCsv);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="insights-section insights-downloads" aria-labelledby="insights-downloads">
      <h2 id="insights-downloads">{t('sections.downloads')}</h2>
      <p>{t('downloadsLead', { minimum: report.minimumCount })}</p>
      <div className="insights-actions">
        <Button variant="secondary" onClick={() => void csv()}>
          {t('downloadCsv')}
        </Button>
        <Button variant="secondary" onClick={() => download(`${base}.json`, 'application/json', reportJson(report))}>
          {t('downloadJson')}
        </Button>
      </div>
      {failed ? <p role="alert">{t('downloadFailed')}</p> : null}
    </section>
  );
}
