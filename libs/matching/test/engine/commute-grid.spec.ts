import { CommuteGrid } from '../../src/engine/commute-grid';
import { haversineKm } from '../../src/engine/match-parts';

function homes(seed: number, count: number, latitude: [number, number], longitude: [number, number]) {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => ({
    latitude: latitude[0] + next() * (latitude[1] - latitude[0]),
    longitude: longitude[0] + next() * (longitude[1] - longitude[0]),
    radiusKm: [10, 30, 80, 150][Math.floor(next() * 4)]!,
  }));
}

/** Every home within the longest radius must be visited; the grid may add others. */
function expectSuperset(points: ReturnType<typeof homes>, workplaces: ReturnType<typeof homes>) {
  const grid = new CommuteGrid();
  points.forEach((home, slot) => grid.add(slot, home.latitude, home.longitude, home.radiusKm));
  const longest = Math.max(...points.map((home) => home.radiusKm));
  let near = 0;
  for (const workplace of workplaces) {
    const visited = new Set<number>();
    grid.visitNear(workplace.latitude, workplace.longitude, (slot) => visited.add(slot));
    points.forEach((home, slot) => {
      if (haversineKm(home.latitude, home.longitude, workplace.latitude, workplace.longitude) <= longest) {
        expect(visited.has(slot)).toBe(true);
        near++;
      }
    });
    expect(visited.size).toBeLessThan(points.length);
  }
  return near;
}

describe('CommuteGrid', () => {
  it('visits every home within the longest radius of a Finnish workplace', () => {
    expect(expectSuperset(homes(1, 3000, [59.8, 70], [20, 31.5]), homes(2, 60, [59.8, 70], [20, 31.5]))).toBeGreaterThan(5000);
  });

  it('wraps around the antimeridian', () => {
    // Chukotka and the Aleutians: homes on both sides of ±180°.
    expect(expectSuperset(homes(3, 2000, [64, 68], [176, 184]).map((home) => ({ ...home, longitude: home.longitude > 180 ? home.longitude - 360 : home.longitude })), homes(4, 40, [64, 68], [178.5, 181.5]))).toBeGreaterThan(1000);
  });

  it('visits nothing when no home has a radius', () => {
    const visited: number[] = [];
    new CommuteGrid().visitNear(61.5, 23.8, (slot) => visited.push(slot));
    expect(visited).toEqual([]);
  });
});
