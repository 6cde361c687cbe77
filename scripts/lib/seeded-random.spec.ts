import { createRandom } from './seeded-random';

describe('createRandom (mulberry32)', () => {
  it('repeats its sequence for a seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(createRandom(43).next()).not.toBe(first[0]);
  });

  it('samples distinct positions, from short and long lists alike', () => {
    const random = createRandom(1);
    const long = Array.from({ length: 1000 }, (_, i) => i);
    const few = random.sample(long, 5);
    expect(new Set(few).size).toBe(5);
    const most = random.sample(long, 900);
    expect(new Set(most).size).toBe(900);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
    expect(random.sample(['a', 'b'], 0)).toEqual([]);
  });

  it('draws integers with both bounds included, and refuses an empty pick', () => {
    const random = createRandom(3);
    const values = new Set(Array.from({ length: 200 }, () => random.int(2, 4)));
    expect([...values].sort()).toEqual([2, 3, 4]);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('shuffles without losing or changing items', () => {
    const items = ['Helsinki', 'Espoo', 'Vantaa', 'Kerava', 'Kirkkonummi'];
    expect(createRandom(5).shuffle(items).sort()).toEqual([...items].sort());
  });

  it('draws some distinct items, however often a value repeats in the list', () => {
    const random = createRandom(7);
    for (let i = 0; i < 50; i++) {
      const chosen = random.some(['Oulu', 'Kemi', 'Tornio', 'Oulu'], 1, 5);
      expect(new Set(chosen).size).toBe(chosen.length);
      expect(chosen.length).toBeGreaterThanOrEqual(1);
      expect(chosen.length).toBeLessThanOrEqual(3);
    }
    expect(random.some([], 0, 2)).toEqual([]);
  });

  it('makes version 4 uuids that repeat for a seed', () => {
    const uuid = createRandom(11).uuid();
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createRandom(11).uuid()).toBe(uuid);
  });
});
