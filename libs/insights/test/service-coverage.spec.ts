import { serviceCoverage } from '../src/service-coverage';

describe('the service network per area', () => {
  const areas = ['lahti', 'helsinki', 'kymi'];
  const categories = ['JOB_COACHING', 'PAY_SUBSIDY', 'WORK_TRIAL'];

  it('counts national services in every area, regional ones where they are, and each service once nationally', () => {
    const { counts } = serviceCoverage(
      [
        { id: 's1', sector: 'PUBLIC', isNational: true, areaIds: [], categoryCodes: ['PAY_SUBSIDY'], targetGroupCodes: ['YOUNG'] },
        { id: 's2', sector: 'THIRD_SECTOR', isNational: false, areaIds: ['lahti', 'lahti'], categoryCodes: ['JOB_COACHING', 'PAY_SUBSIDY'], targetGroupCodes: [] },
      ],
      areas,
      categories,
    );
    const count = (areaId: string | null, kind: string, code: string) => counts.find((c) => c.areaId === areaId && c.kind === kind && c.code === code)?.count ?? 0;
    expect(count('lahti', 'CATEGORY', 'PAY_SUBSIDY')).toBe(2);
    expect(count('helsinki', 'CATEGORY', 'PAY_SUBSIDY')).toBe(1);
    expect(count('helsinki', 'CATEGORY', 'JOB_COACHING')).toBe(0);
    expect(count(null, 'CATEGORY', 'PAY_SUBSIDY')).toBe(2);
    expect(count('kymi', 'TARGET_GROUP', 'YOUNG')).toBe(1);
    expect(count('lahti', 'SECTOR', 'THIRD_SECTOR')).toBe(1);
  });

  it('names each area and category with no service as a gap', () => {
    const { gaps } = serviceCoverage(
      [{ id: 's2', sector: 'THIRD_SECTOR', isNational: false, areaIds: ['lahti'], categoryCodes: ['JOB_COACHING'], targetGroupCodes: [] }],
      areas,
      categories,
    );
    expect(gaps.filter((g) => g.areaId === 'lahti').map((g) => g.categoryCode)).toEqual(['PAY_SUBSIDY', 'WORK_TRIAL']);
    expect(gaps.filter((g) => g.areaId === 'kymi')).toHaveLength(3);
  });
});
