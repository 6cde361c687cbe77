import { CONTEXT, levels, PLACES, task, warehouseNeed, warehouseProfile } from './match.fixtures';
import { feasibilityFor, hardLimitExclusion, isFeasible } from '../../src/engine/hard-limits';
import { MatchProfile } from '../../src/engine/match.types';
import { scoreMatch } from '../../src/engine/score-match';

describe('hard limits without scoring', () => {
  const need = warehouseNeed({ tasks: [task('t1', 'Kuormien purku', 'CORE', { LIFTING: 3 })] });
  const profiles: MatchProfile[] = [
    warehouseProfile(),
    warehouseProfile({ id: 'no-consent', matchingConsent: false }),
    warehouseProfile({ id: 'helsinki', homeMunicipalityCode: PLACES.helsinki.code, home: { latitude: PLACES.helsinki.latitude, longitude: PLACES.helsinki.longitude } }),
    warehouseProfile({ id: 'few-hours', hoursMin: 5, hoursMax: 10 }),
    warehouseProfile({ id: 'lifting', capability: levels({ LIFTING: 1 }, 3) }),
    // No skill, no occupation: not a candidate of the index, yet feasible.
    warehouseProfile({ id: 'nothing-shared', skills: [], occupations: [], iscoGroups: [] }),
  ];

  it('names the reason a hard limit excludes a profile, or null when none does', () => {
    expect(profiles.map((profile) => hardLimitExclusion(need, profile))).toEqual([
      null,
      'NO_MATCHING_CONSENT',
      'OUTSIDE_COMMUTE',
      'HOURS_INCOMPATIBLE',
      'CORE_TASK_BEYOND_CAPABILITY',
      null,
    ]);
    expect(isFeasible(need, profiles[0]!)).toBe(true);
    expect(isFeasible(need, profiles[2]!)).toBe(false);
  });

  it('agrees with scoreMatch: feasible exactly when scoreMatch matches, with the same reason', () => {
    const check = feasibilityFor(need);
    for (const profile of profiles) {
      const outcome = scoreMatch(need, profile, CONTEXT);
      expect(check(profile)).toBe(outcome.matched ? null : outcome.reason);
    }
  });
});
