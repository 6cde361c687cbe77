import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import PublicInsightsPage from './PublicInsightsPage';
import { yearFrom } from './YearChoice';

const YEAR = new Date().getFullYear();
const LAHTI = 'area-lahti';
const HELSINKI = 'area-helsinki';
const cell = (areaId: string | null, metric: string, count: number | null, month: string | null = null, dimension = '') => ({
  areaId,
  municipalityCode: null,
  month,
  metric,
  dimension,
  count,
  averageDays: metric === 'TIME_TO_HIRE' && count ? 12.5 : null,
  suppressed: count === null,
});

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  ServiceCoverage: () => ({
    serviceCoverage: {
      areas: [
        { id: HELSINKI, nameFi: 'Helsingin työllisyysalue', nameSv: null },
        { id: LAHTI, nameFi: 'Lahden seudun työllisyysalue', nameSv: null },
      ],
      categories: [
        { code: 'JOB_COACHING', labelFi: 'työhönvalmennus', labelSv: null, labelEn: null },
        { code: 'PAY_SUBSIDY', labelFi: 'palkkatuki', labelSv: null, labelEn: null },
      ],
      counts: [
        { areaId: null, kind: 'CATEGORY', code: 'JOB_COACHING', count: 3 },
        { areaId: LAHTI, kind: 'CATEGORY', code: 'JOB_COACHING', count: 2 },
      ],
      gaps: [
        { areaId: LAHTI, categoryCode: 'PAY_SUBSIDY' },
        { areaId: HELSINKI, categoryCode: 'JOB_COACHING' },
        { areaId: HELSINKI, categoryCode: 'PAY_SUBSIDY' },
      ],
    },
  }),
  PublicInsights: () => ({
    publicInsights: {
      view: 'PUBLIC',
      year: YEAR,
      minimumCount: 5,
      areas: [
        { id: HELSINKI, nameFi: 'Helsingin työllisyysalue', nameSv: 'Helsingfors sysselsättningsområde', own: false },
        { id: LAHTI, nameFi: 'Lahden seudun työllisyysalue', nameSv: null, own: false },
      ],
      providers: [],
      municipalities: [],
      cells: [
        cell(null, 'NEEDS_OPENED', 42),
        cell(null, 'NEEDS_FILLED', null),
        cell(null, 'TIME_TO_HIRE', 8),
        cell(null, 'NEEDS_OPENED', 12, `${YEAR}-03`),
        cell(null, 'NEEDS_OPENED', null, `${YEAR}-04`),
        cell(HELSINKI, 'NEEDS_OPENED', 30),
        cell(LAHTI, 'NEEDS_OPENED', 12),
        cell(null, 'CANDIDATE_FUNNEL', 20, null, 'SUGGESTED'),
        cell(null, 'CANDIDATE_FUNNEL', null, null, 'HIRED'),
      ],
    },
  }),
});

describe('the public indicators page', { timeout: 30_000 }, () => {
  setUpPageTest();

  it('shows figures that pass the threshold, hides the others in words, and gives every chart its table', async () => {
    renderPage(<PublicInsightsPage />, { at: '/insights' });
    const key = await screen.findByTestId('insights-key-figures');
    expect(within(key).getByRole('row', { name: /Avatut tarpeet/ }).textContent).toContain('42');
    expect(within(key).getByRole('row', { name: /Täytetyt tarpeet/ }).textContent).toContain('piilotettu (alle 5)');
    expect(within(key).getByRole('row', { name: /Aika palkkaukseen/ }).textContent).toContain('12,5 vrk');
    const trend = screen.getByTestId('insights-trend-opened');
    expect(within(trend).getByRole('img', { name: `Avatut tarpeet kuukausittain ${YEAR}` })).toBeInTheDocument();
    const rows = within(within(trend).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(rows[3].textContent).toContain('12');
    expect(rows[4].textContent).toContain('piilotettu');
    const areas = screen.getByTestId('insights-areas-opened');
    expect(within(within(areas).getByRole('table')).getByRole('row', { name: /Lahden seudun/ }).textContent).toContain('12');
    const funnel = screen.getByTestId('insights-funnel');
    expect(within(within(funnel).getByRole('table')).getByRole('row', { name: /Palkattu/ }).textContent).toContain('piilotettu');
    const services = await screen.findByTestId('insights-services-category');
    expect(within(within(services).getByRole('table')).getByRole('row', { name: /työhönvalmennus/ }).textContent).toContain('3');
    const gaps = screen.getByTestId('insights-gaps-per-area');
    expect(within(within(gaps).getByRole('table')).getByRole('row', { name: /Helsingin/ }).textContent).toContain('2');
    expect(calls.find((call) => call.operation === 'PublicInsights')?.variables).toEqual({ year: YEAR });
    expect(screen.getByRole('button', { name: 'Lataa CSV' })).toBeInTheDocument();
  });

  it('takes only an offered year from the address', () => {
    expect([yearFrom(null), yearFrom(String(YEAR - 1)), yearFrom('1999'), yearFrom('x')]).toEqual([YEAR, YEAR - 1, YEAR, YEAR]);
  });
});
