import type { MatchNeed, MatchProfile } from '../../libs/matching/src/engine/match.types';
import { blankNeed, blankProfile } from '../../libs/matching/test/engine/match.fixtures';
import { applyHardLimits } from './hard-limits';

const need: MatchNeed = blankNeed({
  essentialSkills: ['weld'],
  municipalityCode: '837',
  location: { latitude: 61.5, longitude: 23.76 },
  hoursMin: 35,
  hoursMax: 40,
});

const profile = (id: string, changes: Partial<MatchProfile> = {}): { profile: MatchProfile } => ({
  profile: blankProfile({ id, homeMunicipalityCode: '837', home: { latitude: 61.5, longitude: 23.76 }, ...changes }),
});

describe('applyHardLimits', () => {
  it("keeps, in order, exactly the profiles the engine's hard limits allow, and counts the others by reason", () => {
    const profiles = [
      profile('tampere'),
      profile('helsinki', { homeMunicipalityCode: '091', home: { latitude: 60.17, longitude: 24.94 }, commuteRadiusKm: 40 }),
      profile('nokia-accepts-tampere', { homeMunicipalityCode: '536', home: { latitude: 61.48, longitude: 23.51 }, acceptableMunicipalityCodes: ['837'] }),
      profile('few-hours', { hoursMin: 4, hoursMax: 8 }),
      profile('no-consent', { matchingConsent: false }),
      profile('no-skills-still-feasible', { skills: [] }),
    ];
    const { feasible, excluded } = applyHardLimits(need, profiles);
    expect(feasible.map((item) => item.profile.id)).toEqual(['tampere', 'nokia-accepts-tampere', 'no-skills-still-feasible']);
    expect(Object.fromEntries(excluded)).toEqual({ OUTSIDE_COMMUTE: 1, HOURS_INCOMPATIBLE: 1, NO_MATCHING_CONSENT: 1 });
  });
});
