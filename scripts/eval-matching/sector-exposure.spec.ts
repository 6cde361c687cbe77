import { sectorShares } from './sector-exposure';

describe('sectorShares', () => {
  it('shares slots, position-weighted exposure (each need once) and supply per sector', () => {
    const shares = sectorShares(
      [['PUBLIC', 'THIRD_SECTOR'], ['PRIVATE'], []],
      ['PUBLIC', 'PUBLIC', 'PRIVATE', 'THIRD_SECTOR'],
    );
    // Slots: 3 in all, one each.
    expect(shares.PUBLIC.slots).toBeCloseTo(1 / 3, 10);
    expect(shares.THIRD_SECTOR.slots).toBeCloseTo(1 / 3, 10);
    // Exposure: list 1 weighs 1 and 1/log2(3), normalised; list 2 gives PRIVATE all; the empty list counts for nothing.
    const first = 1 / (1 + 1 / Math.log2(3));
    expect(shares.PUBLIC.exposure).toBeCloseTo(first / 2, 10);
    expect(shares.THIRD_SECTOR.exposure).toBeCloseTo((1 - first) / 2, 10);
    expect(shares.PRIVATE.exposure).toBeCloseTo(0.5, 10);
    expect(shares.PUBLIC.supply).toBe(0.5);
    expect(shares.PRIVATE.supply).toBe(0.25);
    const sum = (key: 'slots' | 'exposure' | 'supply') => shares.PUBLIC[key] + shares.PRIVATE[key] + shares.THIRD_SECTOR[key];
    expect(sum('slots')).toBeCloseTo(1, 10);
    expect(sum('exposure')).toBeCloseTo(1, 10);
    expect(sum('supply')).toBeCloseTo(1, 10);
  });

  it('is 0 everywhere without suggestions or services', () => {
    const shares = sectorShares([[], []], []);
    expect(shares.PUBLIC).toEqual({ slots: 0, exposure: 0, supply: 0 });
  });
});
