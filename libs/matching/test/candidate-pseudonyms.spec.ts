import { DistanceBand, distanceBand, needPseudonym, needReference } from '../src/candidate-pseudonyms';

const SECRET = 'test-secret';
const PROFILE = '4f1c2a3b-0000-4000-8000-000000000001';
const NEED_A = '9a0b1c2d-0000-4000-8000-00000000000a';
const NEED_B = '9a0b1c2d-0000-4000-8000-00000000000b';

describe('candidate pseudonyms', () => {
  it('names one person alike on one need and differently on another', () => {
    expect(needPseudonym(SECRET, NEED_A, PROFILE)).toBe(needPseudonym(SECRET, NEED_A, PROFILE));
    expect(needPseudonym(SECRET, NEED_A, PROFILE)).toMatch(/^Hakija [A-HJKMNP-Z2-9]{6}$/);
    expect(needPseudonym(SECRET, NEED_A, PROFILE)).not.toBe(needPseudonym(SECRET, NEED_B, PROFILE));
    expect(needPseudonym('another-secret', NEED_A, PROFILE)).not.toBe(needPseudonym(SECRET, NEED_A, PROFILE));
  });

  it('gives a UUID-shaped reference per need that is not the profile id', () => {
    const reference = needReference(SECRET, NEED_A, PROFILE);
    expect(reference).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reference).not.toBe(PROFILE);
    expect(reference).not.toBe(needReference(SECRET, NEED_B, PROFILE));
  });

  it('bands distances coarsely', () => {
    expect(distanceBand(null)).toBeNull();
    expect(distanceBand(Number.NaN)).toBeNull();
    expect(distanceBand(0)).toBe(DistanceBand.UNDER_10_KM);
    expect(distanceBand(9.99)).toBe(DistanceBand.UNDER_10_KM);
    expect(distanceBand(10)).toBe(DistanceBand.FROM_10_TO_30_KM);
    expect(distanceBand(45)).toBe(DistanceBand.FROM_30_TO_60_KM);
    expect(distanceBand(60)).toBe(DistanceBand.OVER_60_KM);
  });
});
