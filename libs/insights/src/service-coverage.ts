// Pure: the service network per employment area — published services by category, target group
// and provider sector, and the (area, category) pairs with no service at all (gaps). A national
// service is available in every area; one naming municipalities, in their areas. These count
// published services (public facts), not people.

export interface CoverageService {
  id: string;
  sector: string;
  isNational: boolean;
  areaIds: readonly string[];
  categoryCodes: readonly string[];
  targetGroupCodes: readonly string[];
}

export type CoverageKind = 'CATEGORY' | 'TARGET_GROUP' | 'SECTOR';

export interface CoverageCount {
  /** Null: the whole country (each service once). */
  areaId: string | null;
  kind: CoverageKind;
  code: string;
  count: number;
}

export interface CoverageGap {
  areaId: string;
  categoryCode: string;
}

export function serviceCoverage(services: readonly CoverageService[], areaIds: readonly string[], categoryCodes: readonly string[]): { counts: CoverageCount[]; gaps: CoverageGap[] } {
  const counts = new Map<string, CoverageCount>();
  const add = (areaId: string | null, kind: CoverageKind, code: string) => {
    const key = `${areaId}|${kind}|${code}`;
    const existing = counts.get(key);
    if (existing) existing.count += 1;
    else counts.set(key, { areaId, kind, code, count: 1 });
  };
  for (const service of services) {
    const where = service.isNational ? areaIds : [...new Set(service.areaIds)];
    for (const areaId of [null, ...where]) {
      for (const code of new Set(service.categoryCodes)) add(areaId, 'CATEGORY', code);
      for (const code of new Set(service.targetGroupCodes)) add(areaId, 'TARGET_GROUP', code);
      add(areaId, 'SECTOR', service.sector);
    }
  }
  const gaps: CoverageGap[] = [];
  for (const areaId of areaIds) {
    for (const categoryCode of categoryCodes) if (!counts.has(`${areaId}|CATEGORY|${categoryCode}`)) gaps.push({ areaId, categoryCode });
  }
  return { counts: [...counts.values()], gaps };
}
