import { CandidateIndex } from '../../src/engine/candidate-index';
import { RematchPool } from '../../src/engine/rematch-pool';
import { CONTEXT, PLACES, warehouseNeed, warehouseProfile } from './match.fixtures';

// Profiles that differ in what scores: hours, place, licences.
const PROFILES = Array.from({ length: 12 }, (_, i) =>
  warehouseProfile({
    id: `profile-${String(i).padStart(2, '0')}`,
    hoursMin: 10 + i,
    hoursMax: 20 + 2 * i,
    homeMunicipalityCode: i % 3 === 0 ? PLACES.pirkkala.code : PLACES.tampere.code,
    drivingLicences: i % 2 === 0 ? ['B'] : [],
  }),
);
const NEEDS = Array.from({ length: 7 }, (_, i) => warehouseNeed({ id: `need-${i}`, hoursMin: 20 + i, hoursMax: 30 + i, remote: i === 3 }));

describe('RematchPool', () => {
  let pool: RematchPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('scores each need as the in-process index does, whichever thread takes it', async () => {
    const index = new CandidateIndex();
    for (const profile of PROFILES) index.upsert(profile);
    const expected = NEEDS.map((need) => index.match(need, 5, CONTEXT));
    expect(expected.flat().length).toBeGreaterThan(NEEDS.length);

    pool = RematchPool.start(2, { context: CONTEXT, expectedProfiles: PROFILES.length });
    pool.addProfiles(PROFILES.slice(0, 5));
    pool.addProfiles(PROFILES.slice(5));
    // One need per request: the requests spread over both threads.
    const outcomes = await Promise.all(NEEDS.map((need) => (pool as RematchPool).match([need], 5)));
    expect(outcomes.map(([first]) => first)).toEqual(expected);
  }, 60_000);

  it('leaves a removed profile out of every later match in every thread', async () => {
    pool = RematchPool.start(2, { context: CONTEXT, expectedProfiles: PROFILES.length });
    pool.addProfiles(PROFILES);
    const before = (await Promise.all([pool.match(NEEDS, 50), pool.match(NEEDS, 50)])).flat(2);
    const removed = before[0]!.profileId;
    expect(before.filter((outcome) => outcome.profileId === removed).length).toBeGreaterThan(1);
    pool.removeProfiles([removed]);
    const after = (await Promise.all([pool.match(NEEDS, 50), pool.match(NEEDS, 50)])).flat(2);
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((outcome) => outcome.profileId === removed)).toBe(false);
  }, 60_000);

  it('refuses requests once closed', async () => {
    pool = RematchPool.start(1, { context: CONTEXT, expectedProfiles: 0 });
    await pool.close();
    await expect(pool.match(NEEDS, 5)).rejects.toThrow('rematch pool closed');
    expect(() => RematchPool.start(0, { context: CONTEXT, expectedProfiles: 0 })).toThrow(RangeError);
  });
});
