import { CONTEXT, OCCUPATIONS } from './match.fixtures';
import { MatchContext, MatchOccupation } from '../../src/engine/match.types';
import { prepareContext } from '../../src/engine/occupation-relatedness';

/** The definition, written the slow way: |A ∩ B| / |A ∪ B| of the essential skill sets. */
function referenceJaccard(a: MatchOccupation, b: MatchOccupation): number {
  const left = new Set(a.essentialSkills);
  const right = new Set(b.essentialSkills);
  const shared = [...left].filter((skill) => right.has(skill)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

describe('relatedOccupations', () => {
  it('relates the warehouse worker to the occupations sharing its essential skills', () => {
    const related = prepareContext(CONTEXT).relatedOccupations(OCCUPATIONS.warehouseWorker)!;
    expect([...related.byUri.entries()]).toEqual([
      [OCCUPATIONS.warehouseWorker, 1],
      [OCCUPATIONS.forkliftOperator, 0.4],
      [OCCUPATIONS.freightHandler, 0.5],
    ]);
    expect(prepareContext(CONTEXT).relatedOccupations('http://data.europa.eu/esco/occupation/unknown')).toBeNull();
  });

  it('equals the slow definition on a random context, leaving out pairs under 0.05', () => {
    let seed = 11;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const skills = Array.from({ length: 300 }, (_, i) => `skill-${i}`);
    const occupations = new Map<string, MatchOccupation>();
    for (let i = 0; i < 120; i++) {
      const essentialSkills = Array.from({ length: 1 + Math.floor(next() * 25) }, () => skills[Math.floor(next() * next() * skills.length)]!);
      occupations.set(`occupation-${i}`, { iscoGroup: String(1000 + (i % 40)), essentialSkills, optionalSkills: [] });
    }
    const context: MatchContext = { occupations };
    const prepared = prepareContext(context);
    let pairs = 0;
    for (const [uri, occupation] of occupations) {
      const related = prepared.relatedOccupations(uri)!;
      for (const [other, otherOccupation] of occupations) {
        const expected = referenceJaccard(occupation, otherOccupation);
        if (expected >= 0.05) {
          expect(related.byUri.get(other)).toBe(expected);
          pairs++;
        } else expect(related.byUri.has(other)).toBe(false);
      }
    }
    expect(pairs).toBeGreaterThan(500);
  });
});
