import type { MatchNeed, MatchProfile } from '../../libs/matching/src/engine/match.types';
import { blankNeed, blankProfile } from '../../libs/matching/test/engine/match.fixtures';
import { Bm25SkillIndex, needSkills, rankByScore, skillJaccard } from './skill-baselines';

const profile = (id: string, skills: string[]): MatchProfile => blankProfile({ id, skills, homeMunicipalityCode: '091' });

const need = (essentialSkills: string[], optionalSkills: string[], employerRequiredSkills: string[] = []): MatchNeed =>
  blankNeed({ id: 'need-1', essentialSkills, optionalSkills, employerRequiredSkills });

describe('skill baselines', () => {
  it('skill Jaccard is |shared| / |union| of the need and profile skill sets', () => {
    const skills = needSkills(need(['weld', 'drawings'], ['safety'], ['grind']));
    expect([...skills].sort()).toEqual(['drawings', 'grind', 'safety', 'weld']);
    // Shared weld, safety; union weld, drawings, grind, safety, cook: 2 / 5.
    expect(skillJaccard(skills, profile('p', ['weld', 'safety', 'cook', 'weld']))).toBeCloseTo(2 / 5, 10);
    expect(skillJaccard(skills, profile('p', []))).toBe(0);
    expect(skillJaccard(new Set(), profile('p', ['weld']))).toBe(0);
  });

  it('BM25 idf favours rare skills and is never negative', () => {
    const index = new Bm25SkillIndex([profile('a', ['weld', 'safety']), profile('b', ['safety']), profile('c', ['safety', 'cook'])]);
    // N = 3; weld in 1 profile: ln(1 + 2.5/1.5); safety in all 3: ln(1 + 0.5/3.5).
    expect(index.idf('weld')).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 10);
    expect(index.idf('safety')).toBeCloseTo(Math.log(1 + 0.5 / 3.5), 10);
    expect(index.idf('unknown')).toBeCloseTo(Math.log(1 + 3.5 / 0.5), 10);
    expect(index.idf('safety')).toBeGreaterThan(0);
  });

  it('BM25 weighs essential skills twice, and damps long skill lists', () => {
    const profiles = [profile('short', ['weld']), profile('long', ['weld', 'a', 'b', 'c', 'd', 'e']), profile('optional', ['safety'])];
    const index = new Bm25SkillIndex(profiles);
    const query = index.query(need(['weld'], ['safety', 'weld']));
    expect(query.get('weld')).toBe(2);
    expect(query.get('safety')).toBe(1);
    // Document length: short 1, long 6, average 8/3. Saturation (k1 + 1) / (1 + k1 (1 − b + b dl/avgdl)).
    const saturation = (length: number) => 2.2 / (1 + 1.2 * (0.25 + (0.75 * length) / (8 / 3)));
    expect(index.score(query, profiles[0]!)).toBeCloseTo(2 * index.idf('weld') * saturation(1), 10);
    expect(index.score(query, profiles[1]!)).toBeLessThan(index.score(query, profiles[0]!));
    expect(index.score(query, profiles[2]!)).toBeCloseTo(index.idf('safety') * saturation(1), 10);
    expect(index.score(query, profile('none', ['cook']))).toBe(0);
  });

  it('ranks scores above 0 best first, ties in the given order, cut to the depth', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ profile: profile(id, []) }));
    const scores: Record<string, number> = { a: 0.5, b: 0, c: 0.9, d: 0.5 };
    expect(rankByScore(items, (item) => scores[item.profile.id]!, 10)).toEqual(['c', 'a', 'd']);
    expect(rankByScore(items, (item) => scores[item.profile.id]!, 2)).toEqual(['c', 'a']);
  });
});
