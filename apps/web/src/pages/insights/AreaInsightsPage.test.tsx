import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import AreaInsightsPage from './AreaInsightsPage';

const YEAR = new Date().getFullYear();
const HELSINKI = 'area-helsinki';
const SILTA = 'org-silta';
const cell = (metric: string, count: number, dimension = '', month: string | null = null) => ({
  areaId: HELSINKI,
  municipalityCode: null,
  month,
  metric,
  dimension,
  count,
  averageDays: null,
  suppressed: false,
});

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));
vi.mock('../../shared/auth/auth-context', () => ({
  useAuth: () => ({ roles: ['COORDINATOR'], hasRole: (...roles: string[]) => roles.includes('COORDINATOR') }),
}));

stubApi({
  MyInsightAreas: () => ({ myInsightAreas: [{ id: HELSINKI, nameFi: 'Helsinki', nameSv: 'Helsingfors' }] }),
  ServiceCoverage: () => ({
    serviceCoverage: {
      areas: [{ id: HELSINKI, nameFi: 'Helsinki', nameSv: null }],
      categories: [{ code: 'PAY_SUBSIDY', labelFi: 'palkkatuki', labelSv: null, labelEn: null }],
      counts: [],
      gaps: [{ areaId: HELSINKI, categoryCode: 'PAY_SUBSIDY' }],
    },
  }),
  AreaInsights: () => ({
    areaInsights: {
      view: 'AREA',
      year: YEAR,
      minimumCount: 5,
      areas: [{ id: HELSINKI, nameFi: 'Helsinki', nameSv: 'Helsingfors', own: true }],
      providers: [{ id: SILTA, name: 'Monikulttuurinen yhdistys Silta ry', sector: 'THIRD_SECTOR' }],
      municipalities: [
        { code: '091', nameFi: 'Helsinki' },
        { code: '092', nameFi: 'Vantaa' },
      ],
      cells: [
        cell('NEEDS_OPENED', 3),
        { ...cell('NEEDS_OPENED', 2), municipalityCode: '091' },
        { ...cell('NEEDS_OPENED', 1), municipalityCode: '092' },
        cell('CANDIDACIES_CLOSED', 4, 'NEED_FILLED'),
        cell('CANDIDACY_PROGRESS', 2, 'WORK_TRIAL'),
        cell('NEEDS_FILLED', 1),
        cell('PROVIDER_PROPOSALS_MADE', 1, SILTA),
        cell('PROVIDER_PROPOSALS_ACCEPTED', 1, SILTA),
        cell('PROVIDER_PROPOSALS_LED_TO_HIRE', 1, SILTA),
        cell('PROPOSALS_LED_TO_HIRE', 1, 'THIRD_SECTOR'),
      ],
    },
  }),
});

describe("the coordinator's indicators page", { timeout: 30_000 }, () => {
  setUpPageTest();

  it("shows the area's own figures in full, crediting the providers, and the categories with no service", async () => {
    renderPage(<AreaInsightsPage />, { at: '/coordinator/insights' });
    const providers = await screen.findByTestId('insights-providers');
    const row = within(providers).getByRole('row', { name: /Silta ry/ });
    expect(within(row).getAllByRole('cell').map((td) => td.textContent)).toEqual(['Kolmas sektori', '1', '1', '1', '0', '0']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tilannekuva: Helsinki');
    expect(within(screen.getByTestId('insights-key-figures')).getByRole('row', { name: /Avatut tarpeet/ }).textContent).toContain('3');
    expect((await screen.findByTestId('insights-gaps')).textContent).toContain('palkkatuki');
    const municipalities = screen.getByTestId('insights-municipalities-opened');
    expect(within(within(municipalities).getByRole('table')).getByRole('row', { name: /Vantaa/ }).textContent).toContain('1');
    const closures = screen.getByTestId('insights-closures');
    expect(within(within(closures).getByRole('table')).getByRole('row', { name: /Tarve täyttyi/ }).textContent).toContain('4');
    const progress = screen.getByTestId('insights-progress');
    expect(within(within(progress).getByRole('table')).getByRole('row', { name: /Työkokeilu/ }).textContent).toContain('2');
    expect(calls.find((call) => call.operation === 'AreaInsights')?.variables).toEqual({ areaId: HELSINKI, year: YEAR });
    expect(calls.some((call) => call.operation === 'InsightsComparison')).toBe(false);
  });
});
