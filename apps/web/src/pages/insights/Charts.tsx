import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import type { Figure } from './insight-cells';

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 560;
const COLUMN_CHART_HEIGHT = 180;

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

/** A figure as text: the number, or that it is hidden to protect people. */
export function FigureText({ figure }: { figure: Figure }) {
  const { t } = useTranslation('insights');
  const language = useLanguage();
  if (figure.suppressed || figure.value === null) return <span className="insights-suppressed">{t('suppressed')}</span>;
  return <>{formatNumber(figure.value, language)}</>;
}

/** The chart's table: every chart has one, for screen readers and for whoever prefers numbers. */
function ChartTable({ caption, figures, valueHeader, testId }: { caption: string; figures: readonly Figure[]; valueHeader: string; testId?: string }) {
  const { t } = useTranslation('insights');
  return (
    <table className="insights-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.item')}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.label}>
            <th scope="row">{figure.label}</th>
            <td>
              <FigureText figure={figure} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Horizontal bars (funnels, comparisons of areas or providers), then their table. */
export function BarChart({ title, figures, valueHeader, testId }: { title: string; figures: readonly Figure[]; valueHeader?: string; testId?: string }) {
  const { t } = useTranslation('insights');
  const language = useLanguage();
  const titleId = useId();
  const max = Math.max(1, ...figures.map((f) => f.value ?? 0));
  const height = figures.length * (BAR_HEIGHT + GAP) + GAP;
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
  return (
    <figure className="insights-figure" data-testid={testId}>
      <figcaption id={titleId} className="insights-figure-title">
        {title}
      </figcaption>
      <svg className="insights-chart" viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
        {figures.map((figure, index) => {
          const y = GAP + index * (BAR_HEIGHT + GAP);
          const width = figure.value === null ? 0 : Math.max(figure.value > 0 ? 2 : 0, (figure.value / max) * barSpace);
          return (
            <g key={figure.label} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" textAnchor="end" className="insights-chart-label">
                {figure.label.length > 28 ? `${figure.label.slice(0, 27)}…` : figure.label}
              </text>
              {figure.suppressed ? (
                <rect x={LABEL_WIDTH} y={y} width={24} height={BAR_HEIGHT} className="insights-bar-suppressed" />
              ) : (
                <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className="insights-bar" />
              )}
              <text x={LABEL_WIDTH + (figure.suppressed ? 30 : width + 6)} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" className="insights-chart-value">
                {figure.suppressed || figure.value === null ? t('suppressedShort') : formatNumber(figure.value, language)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable caption={title} figures={figures} valueHeader={valueHeader ?? t('table.count')} />
    </figure>
  );
}

/** Columns over the months of a year (trends), then their table. */
export function ColumnChart({ title, figures, valueHeader, testId }: { title: string; figures: readonly Figure[]; valueHeader?: string; testId?: string }) {
  const { t } = useTranslation('insights');
  const language = useLanguage();
  const titleId = useId();
  const max = Math.max(1, ...figures.map((f) => f.value ?? 0));
  const slot = CHART_WIDTH / Math.max(1, figures.length);
  const plot = COLUMN_CHART_HEIGHT - 40;
  return (
    <figure className="insights-figure" data-testid={testId}>
      <figcaption id={titleId} className="insights-figure-title">
        {title}
      </figcaption>
      <svg className="insights-chart" viewBox={`0 0 ${CHART_WIDTH} ${COLUMN_CHART_HEIGHT}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
        <line x1={0} x2={CHART_WIDTH} y1={plot + 16} y2={plot + 16} className="insights-axis" aria-hidden="true" />
        {figures.map((figure, index) => {
          const x = index * slot + slot * 0.2;
          const height = figure.value === null ? 0 : (figure.value / max) * (plot - 14);
          const top = plot + 16 - height;
          return (
            <g key={figure.label} aria-hidden="true">
              {figure.suppressed ? (
                <rect x={x} y={plot + 4} width={slot * 0.6} height={12} className="insights-bar-suppressed" />
              ) : (
                <rect x={x} y={top} width={slot * 0.6} height={height} className="insights-bar" />
              )}
              <text x={x + slot * 0.3} y={(figure.suppressed ? plot + 4 : top) - 4} textAnchor="middle" className="insights-chart-value">
                {figure.suppressed || figure.value === null ? t('suppressedShort') : formatNumber(figure.value, language)}
              </text>
              <text x={x + slot * 0.3} y={COLUMN_CHART_HEIGHT - 8} textAnchor="middle" className="insights-chart-label">
                {figure.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable caption={title} figures={figures} valueHeader={valueHeader ?? t('table.count')} />
    </figure>
  );
}
