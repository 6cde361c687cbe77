import { AreaMonthCell, MIN_PUBLISHED_COUNT, NATIONAL, recoverableBySubtraction, suppressTables, YEAR_TOTAL } from '../src/suppression';

const LAHTI = 'area-lahti';
const HELSINKI = 'area-helsinki';
const KYMI = 'area-kymi';
const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01'];

const cell = (areaId: string, month: string, count: number, metric = 'NEEDS_OPENED', dimension = ''): AreaMonthCell => ({ areaId, month, metric, dimension, count, totalHours: count * 10 });
const find = (cells: ReturnType<typeof suppressTables>, areaId: string, period: string) => {
  const found = cells.find((c) => c.areaId === areaId && c.period === period);
  if (!found) throw new Error(`no cell ${areaId} ${period}`);
  return found;
};

describe('suppression of small cells', () => {
  it('publishes no non-zero figure under five, and publishes zeros and larger figures as they are', () => {
    const cells = suppressTables([cell(LAHTI, MONTHS[0], 12), cell(LAHTI, MONTHS[1], 7), cell(HELSINKI, MONTHS[0], 30), cell(HELSINKI, MONTHS[1], 25)], [LAHTI, HELSINKI], MONTHS);
    expect(cells.filter((c) => c.count !== null && c.count > 0 && c.count < MIN_PUBLISHED_COUNT)).toEqual([]);
    expect(find(cells, LAHTI, MONTHS[0])).toMatchObject({ count: 12, suppressed: false, totalHours: 120 });
    expect(find(cells, LAHTI, MONTHS[2])).toMatchObject({ count: 0, suppressed: false });
    expect(find(cells, NATIONAL, YEAR_TOTAL)).toMatchObject({ count: 74, suppressed: false });
  });

  it('hides a second cell so that a small one cannot be recovered from its row or column total', () => {
    // Lahti had 3 in February: alone, it would be the year total minus the other months.
    const input = [cell(LAHTI, MONTHS[0], 12), cell(LAHTI, MONTHS[1], 3), cell(LAHTI, MONTHS[2], 9), cell(HELSINKI, MONTHS[0], 30), cell(HELSINKI, MONTHS[1], 25), cell(HELSINKI, MONTHS[2], 40), cell(KYMI, MONTHS[1], 8)];
    const cells = suppressTables(input, [LAHTI, HELSINKI, KYMI], MONTHS);
    expect(find(cells, LAHTI, MONTHS[1])).toMatchObject({ count: null, totalHours: null, suppressed: true });
    expect(cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(4);
    expect(recoverableBySubtraction(cells)).toEqual([]);
  });

  it('suppresses the national figure too when one area alone makes it', () => {
    const cells = suppressTables([cell(LAHTI, MONTHS[0], 2)], [LAHTI, HELSINKI], MONTHS);
    expect(find(cells, NATIONAL, MONTHS[0]).suppressed).toBe(true);
    expect(find(cells, NATIONAL, YEAR_TOTAL).suppressed).toBe(true);
    expect(find(cells, LAHTI, YEAR_TOTAL).suppressed).toBe(true);
    expect(recoverableBySubtraction(cells)).toEqual([]);
  });

  it('leaves no row or column with exactly one hidden cell, over many random tables', () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const areas = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`);
    for (let round = 0; round < 200; round++) {
      const input: AreaMonthCell[] = [];
      for (const area of areas) for (const month of months) if (random() < 0.6) input.push(cell(area, month, Math.floor(random() * (random() < 0.5 ? 6 : 40)), 'CANDIDATE_FUNNEL', 'HIRED'));
      const cells = suppressTables(input, areas, months);
      expect(recoverableBySubtraction(cells)).toEqual([]);
      expect(cells.every((c) => c.count === null || c.count === 0 || c.count >= MIN_PUBLISHED_COUNT)).toBe(true);
    }
  });

  it('decides from the whole table: a filtered view shows the same cells as the full one', () => {
    const input = [cell(LAHTI, MONTHS[0], 4), cell(LAHTI, MONTHS[1], 9), cell(HELSINKI, MONTHS[0], 30), cell(HELSINKI, MONTHS[1], 6), cell(KYMI, MONTHS[0], 11)];
    const full = suppressTables(input, [LAHTI, HELSINKI, KYMI], MONTHS);
    const again = suppressTables([...input].reverse(), [KYMI, HELSINKI, LAHTI], MONTHS);
    const key = (c: { areaId: string; period: string }) => `${c.areaId}|${c.period}`;
    const sorted = (cells: typeof full) => [...cells].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(again)).toEqual(sorted(full));
  });
});

describe('suppression against an area that knows its own figures', () => {
  it("keeps another area's small cell hidden from an area admin who subtracts their own figure", () => {
    // Lahti 3 (primary) and Helsinki 6 (the smallest other) would be the only hidden ones in
    // January: Helsinki's staff, knowing their 6, would get Lahti's 3 from the national total.
    const input = [cell(LAHTI, MONTHS[0], 3), cell(HELSINKI, MONTHS[0], 6), cell(KYMI, MONTHS[0], 40), cell(LAHTI, MONTHS[1], 20), cell(HELSINKI, MONTHS[1], 30), cell(KYMI, MONTHS[1], 50)];
    const cells = suppressTables(input, [LAHTI, HELSINKI, KYMI], MONTHS);
    for (const known of [LAHTI, HELSINKI, KYMI]) {
      expect(recoverableBySubtraction(cells, known).filter((c) => c.areaId !== known)).toEqual([]);
    }
  });

  it('holds over many random tables, whichever area is the one that knows', () => {
    let seed = 99;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const areas = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`);
    for (let round = 0; round < 200; round++) {
      const input: AreaMonthCell[] = [];
      for (const area of areas) for (const month of months) if (random() < 0.5) input.push(cell(area, month, Math.floor(random() * (random() < 0.5 ? 6 : 30))));
      const cells = suppressTables(input, areas, months);
      // Another area's figure is the secret; a national figure the area could rebuild from its own and published ones tells it nothing new.
      for (const known of areas) expect(recoverableBySubtraction(cells, known).filter((c) => c.areaId !== known && c.areaId !== NATIONAL)).toEqual([]);
    }
  });
});
