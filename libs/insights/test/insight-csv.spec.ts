import { Role } from '@ytmt/core';
import { InsightView } from '../src/dto/insights.types';
import { InsightMetric } from '../src/insight-metric';
import { csvField, reportCsv } from '../src/insight-csv';
import { InsightsPolicy } from '../src/insights.policy';

describe('indicator downloads as CSV', () => {
  it('never lets a name run as a spreadsheet formula, and quotes what needs quoting', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvField('+358 40 123')).toBe(`"'+358 40 123"`);
    expect(csvField('-1')).toBe(`"'-1"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('Kahvila, Lahti')).toBe('"Kahvila, Lahti"');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });

  it('writes a row per figure, suppressed ones empty, providers named', () => {
    const csv = reportCsv({
      view: InsightView.AREA,
      year: 2026,
      minimumCount: 5,
      areas: [{ id: 'a1', nameFi: 'Lahden seutu', nameSv: null, own: true }],
      providers: [{ id: 'p1', name: '=Säätiö', sector: 'THIRD_SECTOR' }],
      municipalities: [],
      cells: [
        { areaId: 'a1', municipalityCode: null, month: null, metric: InsightMetric.PROVIDER_PROPOSALS_LED_TO_HIRE, dimension: 'p1', count: 1, averageDays: null, suppressed: false },
        { areaId: null, municipalityCode: null, month: '2026-03', metric: InsightMetric.NEEDS_FILLED, dimension: '', count: null, averageDays: null, suppressed: true },
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'area_id,area,municipality_code,month,metric,dimension,dimension_name,count,average_days,suppressed',
      `a1,Lahden seutu,,2026,PROVIDER_PROPOSALS_LED_TO_HIRE,p1,"'=Säätiö",1,,false`,
      ',Koko maa,,2026-03,NEEDS_FILLED,,,,,true',
      '',
    ]);
  });
});

describe('who sees which indicators', () => {
  const person = (role: Role, employmentAreaId: string | null) => ({ userId: 'u', email: 'u@ytmt.example', memberships: [{ role, organizationId: null, employmentAreaId }] });

  it("shows an area in full only to its own coordinators and admins, and to platform admins", () => {
    expect(() => InsightsPolicy.assertCanSeeArea(person(Role.COORDINATOR, 'area-1'), 'area-1')).not.toThrow();
    expect(() => InsightsPolicy.assertCanSeeArea(person(Role.AREA_ADMIN, 'area-1'), 'area-1')).not.toThrow();
    expect(() => InsightsPolicy.assertCanSeeArea(person(Role.PLATFORM_ADMIN, null), 'area-1')).not.toThrow();
    expect(() => InsightsPolicy.assertCanSeeArea(person(Role.COORDINATOR, 'area-2'), 'area-1')).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
    expect(() => InsightsPolicy.assertCanSeeArea(person(Role.EMPLOYER_USER, null), 'area-1')).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
  });

  it('lets area admins, not coordinators, compare areas', () => {
    expect(() => InsightsPolicy.assertCanCompareAreas(person(Role.AREA_ADMIN, 'area-1'))).not.toThrow();
    expect(() => InsightsPolicy.assertCanCompareAreas(person(Role.COORDINATOR, 'area-1'))).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
  });
});
