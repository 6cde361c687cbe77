// The storage of the CandidateIndex: consenting profiles as compact columns, their lists in one
// Int32Array pool, URIs and codes interned to integers, and postings term → slots. Typed arrays
// keep hundreds of thousands of profiles out of the garbage collector's way. Internal to the engine.
import { CommuteGrid } from './commute-grid';
import { Interner, PostingLists } from './compact-storage';
import { capabilityCode, capabilityFromCode } from './match-parts';
import { adjustmentMask, adjustmentsOfMask, LANGUAGE_LEVELS } from './match-rules';
import { DEMAND_DIMENSIONS, DemandLevels, LanguageRequirement, MatchProfile } from './match.types';
import { languageLevelIndex, normalizeLanguage, normalizeLicence } from './prepared-need';
import { normalizedCapability } from './hard-limits';

// Slot flags.
export const ALIVE = 1;
export const REMOTE_OK = 2;
/** The profile states an occupation, wished occupation or ISCO group (else the engine infers one from its skills). */
export const STATES_OCCUPATION = 4;
/** inferred column: not inferred yet, or no occupation could be inferred. */
export const INFERENCE_PENDING = -2;
export const NOT_INFERRED = -1;
/**
 * Ints before a profile's lists in the pool:
 * [skills, occupations | wished << 16, ISCO groups | acceptable municipalities << 16, languages | licences << 16],
 * then the lists in that order. A language is (language id << 3) | level index.
 */
export const HEADER = 4;
export const MAX_LIST = 0xffff;
/** Doubles per slot in the geo column. */
export const GEO = 4;
/** Compact when at least this many slots are dead and they are a quarter of all slots. */
const COMPACT_MIN_DEAD = 1024;

/**
 * One slot per profile version: an upsert of a known profile kills its old slot and appends a new
 * one, so postings stay in slot order and never need editing; dead slots are skipped and
 * compacted away once they are a quarter of all slots.
 */
export class ProfileStore {
  capacity = 0;
  slotCount = 0;
  deadCount = 0;
  readonly ids: string[] = [];
  readonly slotById = new Map<string, number>();
  flags = new Uint8Array(0);
  poolStart = new Int32Array(0);
  /**
   * Place, interleaved so that the commute check of a candidate reads one cache line:
   * [latitude, longitude, radius km, home municipality id] per slot (NaN / -1 when unknown).
   */
  geo = new Float64Array(0);
  hoursMin = new Float64Array(0);
  hoursMax = new Float64Array(0);
  /** capabilityCode of the normalised capability, -1 when the profile records no limits. */
  capability = new Int16Array(0);
  adjustmentsNeeded = new Uint8Array(0);
  acceptableCount = new Uint16Array(0);
  /** Profiles stating no occupation: the occupation id inferred from their skills, NOT_INFERRED or INFERENCE_PENDING. */
  inferred = new Int32Array(0);
  /** Slots written since inference last ran. */
  pendingInference = 0;
  pool: Int32Array;
  poolLength = 0;

  readonly skills = new Interner();
  readonly occupations = new Interner();
  readonly iscoGroups = new Interner();
  readonly municipalities = new Interner();
  readonly languages = new Interner();
  readonly licences = new Interner();
  readonly skillPostings = new PostingLists();
  /** Occupations and wished occupations share one posting per occupation. */
  readonly occupationPostings = new PostingLists();
  readonly iscoPostings = new PostingLists();
  /** ISCO minor groups (3 digits) and sub-major groups (2 digits) of the stated ISCO groups. */
  readonly iscoMinorGroups = new Interner();
  readonly iscoMinorPostings = new PostingLists();
  readonly iscoSubMajorGroups = new Interner();
  readonly iscoSubMajorPostings = new PostingLists();
  /** municipality → profiles that accept working there (acceptableMunicipalityCodes). */
  readonly acceptablePostings = new PostingLists();
  // What the commute check of a need can pass, so that match can skip the rest early:
  /** municipality → profiles living there. */
  readonly homePostings = new PostingLists();
  /** Term 0: profiles with neither a home municipality nor acceptable municipalities. */
  readonly withoutMunicipalityPostings = new PostingLists();
  /** Profiles whose home and commuting radius are known, by home. */
  readonly commuteGrid = new CommuteGrid();

  constructor(expectedProfiles: number) {
    this.pool = new Int32Array(Math.max(1024, expectedProfiles * 48));
    if (expectedProfiles > 0) this.grow(expectedProfiles);
  }

  get size(): number {
    return this.slotById.size;
  }

  /** Stores a consenting profile, replacing its previous version. */
  put(profile: MatchProfile): void {
    const previous = this.slotById.get(profile.id);
    if (previous !== undefined) this.kill(previous);
    const slot = this.slotCount;
    if (slot === this.capacity) this.grow(slot + 1);
    this.slotCount++;
    this.write(slot, profile);
    this.slotById.set(profile.id, slot);
    this.maybeCompact();
  }

  delete(profileId: string): boolean {
    const slot = this.slotById.get(profileId);
    if (slot === undefined) return false;
    this.kill(slot);
    this.slotById.delete(profileId);
    this.maybeCompact();
    return true;
  }

  /** Rewrites columns, pool and postings without dead slots. */
  compact(): void {
    const remap = new Int32Array(this.slotCount).fill(-1);
    let next = 0;
    let poolNext = 0;
    for (let slot = 0; slot < this.slotCount; slot++) {
      if ((this.flags[slot]! & ALIVE) === 0) continue;
      remap[slot] = next;
      const start = this.poolStart[slot]!;
      const length = this.regionLength(start);
      this.pool.copyWithin(poolNext, start, start + length);
      this.poolStart[next] = poolNext;
      poolNext += length;
      if (next !== slot) {
        this.ids[next] = this.ids[slot]!;
        this.slotById.set(this.ids[next]!, next);
        this.flags[next] = this.flags[slot]!;
        this.geo.copyWithin(next * GEO, slot * GEO, slot * GEO + GEO);
        this.hoursMin[next] = this.hoursMin[slot]!;
        this.hoursMax[next] = this.hoursMax[slot]!;
        this.capability[next] = this.capability[slot]!;
        this.adjustmentsNeeded[next] = this.adjustmentsNeeded[slot]!;
        this.acceptableCount[next] = this.acceptableCount[slot]!;
        this.inferred[next] = this.inferred[slot]!;
      }
      next++;
    }
    this.flags.fill(0, next, this.slotCount);
    this.ids.length = next;
    this.slotCount = next;
    this.deadCount = 0;
    this.poolLength = poolNext;
    this.skillPostings.remap(remap);
    this.occupationPostings.remap(remap);
    this.iscoPostings.remap(remap);
    this.iscoMinorPostings.remap(remap);
    this.iscoSubMajorPostings.remap(remap);
    this.acceptablePostings.remap(remap);
    this.homePostings.remap(remap);
    this.withoutMunicipalityPostings.remap(remap);
    this.commuteGrid.remap(remap);
  }

  /** Drops the growth slack of the pool and the postings, e.g. after the worker's initial bulk load. */
  trim(): void {
    if (this.pool.length > this.poolLength) this.pool = this.pool.slice(0, Math.max(1024, this.poolLength));
    this.skillPostings.trim();
    this.occupationPostings.trim();
    this.iscoPostings.trim();
    this.iscoMinorPostings.trim();
    this.iscoSubMajorPostings.trim();
    this.acceptablePostings.trim();
    this.homePostings.trim();
    this.withoutMunicipalityPostings.trim();
    this.commuteGrid.trim();
  }

  bytes(): number {
    const columns = [this.flags, this.poolStart, this.geo, this.hoursMin, this.hoursMax, this.capability, this.adjustmentsNeeded, this.acceptableCount, this.inferred, this.pool];
    return (
      columns.reduce((sum, array) => sum + array.byteLength, 0) +
      this.skillPostings.bytes() +
      this.occupationPostings.bytes() +
      this.iscoPostings.bytes() +
      this.iscoMinorPostings.bytes() +
      this.iscoSubMajorPostings.bytes() +
      this.acceptablePostings.bytes() +
      this.homePostings.bytes() +
      this.withoutMunicipalityPostings.bytes() +
      this.commuteGrid.bytes()
    );
  }

  private write(slot: number, profile: MatchProfile): void {
    const skills = unique(profile.skills, this.skills);
    const occupations = unique(profile.occupations, this.occupations);
    const wished = unique(profile.wishedOccupations, this.occupations);
    const iscoGroups = unique(profile.iscoGroups, this.iscoGroups);
    const acceptable = unique(profile.acceptableMunicipalityCodes, this.municipalities);
    const languages: number[] = [];
    for (const { language, level } of profile.languages) {
      const index = languageLevelIndex(level);
      // An unknown level counts for nothing in scoreMatch either.
      if (index >= 0) languages.push((this.languages.intern(normalizeLanguage(language)) << 3) | index);
    }
    const licences = unique(profile.drivingLicences.map(normalizeLicence), this.licences);
    const lists = [skills, occupations, wished, iscoGroups, acceptable, languages, licences];
    for (const list of lists) if (list.length > MAX_LIST) throw new RangeError(`profile ${profile.id} has more than ${MAX_LIST} entries in a list`);

    const length = HEADER + lists.reduce((sum, list) => sum + list.length, 0);
    this.ensurePool(this.poolLength + length);
    const start = this.poolLength;
    const pool = this.pool;
    pool[start] = skills.length;
    pool[start + 1] = occupations.length | (wished.length << 16);
    pool[start + 2] = iscoGroups.length | (acceptable.length << 16);
    pool[start + 3] = languages.length | (licences.length << 16);
    let at = start + HEADER;
    for (const list of lists) for (const value of list) pool[at++] = value;
    this.poolLength = at;

    this.ids[slot] = profile.id;
    this.poolStart[slot] = start;
    const states = occupations.length > 0 || wished.length > 0 || iscoGroups.length > 0;
    this.flags[slot] = ALIVE | (profile.remoteOk ? REMOTE_OK : 0) | (states ? STATES_OCCUPATION : 0);
    this.inferred[slot] = states ? NOT_INFERRED : INFERENCE_PENDING;
    if (!states) this.pendingInference++;
    const geoAt = slot * GEO;
    // A home with a coordinate that is not a finite number is no home, as for haversineKm.
    const home = profile.home && Number.isFinite(profile.home.latitude) && Number.isFinite(profile.home.longitude) ? profile.home : null;
    this.geo[geoAt] = home ? home.latitude : Number.NaN;
    this.geo[geoAt + 1] = home ? home.longitude : Number.NaN;
    this.geo[geoAt + 2] = profile.commuteRadiusKm === null || !Number.isFinite(profile.commuteRadiusKm) ? Number.NaN : profile.commuteRadiusKm;
    this.geo[geoAt + 3] = profile.homeMunicipalityCode === null ? -1 : this.municipalities.intern(profile.homeMunicipalityCode);
    this.hoursMin[slot] = profile.hoursMin ?? Number.NaN;
    this.hoursMax[slot] = profile.hoursMax ?? Number.NaN;
    const capability = normalizedCapability(profile);
    this.capability[slot] = capability === null ? -1 : capabilityCode(capability);
    this.adjustmentsNeeded[slot] = adjustmentMask(profile.adjustmentsNeeded);
    this.acceptableCount[slot] = acceptable.length;

    for (const skill of skills) this.skillPostings.add(skill, slot);
    for (const occupation of occupations) this.occupationPostings.add(occupation, slot);
    for (const occupation of wished) if (!occupations.includes(occupation)) this.occupationPostings.add(occupation, slot);
    for (const group of iscoGroups) this.iscoPostings.add(group, slot);
    const minors = new Set<number>();
    const subMajors = new Set<number>();
    for (const group of profile.iscoGroups) {
      if (group.length >= 3) minors.add(this.iscoMinorGroups.intern(group.slice(0, 3)));
      if (group.length >= 2) subMajors.add(this.iscoSubMajorGroups.intern(group.slice(0, 2)));
    }
    for (const minor of minors) this.iscoMinorPostings.add(minor, slot);
    for (const subMajor of subMajors) this.iscoSubMajorPostings.add(subMajor, slot);
    for (const municipality of acceptable) this.acceptablePostings.add(municipality, slot);
    const municipality = this.geo[geoAt + 3]!;
    if (municipality >= 0) this.homePostings.add(municipality, slot);
    else if (acceptable.length === 0) this.withoutMunicipalityPostings.add(0, slot);
    const latitude = this.geo[geoAt]!;
    const radius = this.geo[geoAt + 2]!;
    if (!Number.isNaN(latitude) && !Number.isNaN(radius)) this.commuteGrid.add(slot, latitude, this.geo[geoAt + 1]!, radius);
  }

  /** The profile in a slot, rebuilt from the columns and the pool. */
  profileAt(slot: number): MatchProfile {
    const pool = this.pool;
    const start = this.poolStart[slot]!;
    let at = start + HEADER;
    const take = (count: number, values: readonly string[]): string[] => {
      const result = new Array<string>(count);
      for (let i = 0; i < count; i++) result[i] = values[pool[at + i]!]!;
      at += count;
      return result;
    };
    const skills = take(pool[start]!, this.skills.values);
    const occupations = take(pool[start + 1]! & MAX_LIST, this.occupations.values);
    const wishedOccupations = take(pool[start + 1]! >>> 16, this.occupations.values);
    const iscoGroups = take(pool[start + 2]! & MAX_LIST, this.iscoGroups.values);
    const acceptableMunicipalityCodes = take(pool[start + 2]! >>> 16, this.municipalities.values);
    const languages: LanguageRequirement[] = [];
    for (let end = at + (pool[start + 3]! & MAX_LIST); at < end; at++) {
      const packed = pool[at]!;
      languages.push({ language: this.languages.values[packed >> 3]!, level: LANGUAGE_LEVELS[packed & 7]! });
    }
    const drivingLicences = take(pool[start + 3]! >>> 16, this.licences.values);
    const latitude = this.geo[slot * GEO]!;
    const longitude = this.geo[slot * GEO + 1]!;
    const radius = this.geo[slot * GEO + 2]!;
    const hoursMin = this.hoursMin[slot]!;
    const hoursMax = this.hoursMax[slot]!;
    const home = this.geo[slot * GEO + 3]!;
    const capability = this.capability[slot]!;
    let levels: DemandLevels | null = null;
    if (capability >= 0) {
      const values = capabilityFromCode(capability);
      levels = Object.fromEntries(DEMAND_DIMENSIONS.map((dimension, d) => [dimension, values[d]!])) as unknown as DemandLevels;
    }
    return {
      id: this.ids[slot]!,
      matchingConsent: true,
      skills,
      occupations,
      wishedOccupations,
      iscoGroups,
      homeMunicipalityCode: home < 0 ? null : this.municipalities.values[home]!,
      home: Number.isNaN(latitude) ? null : { latitude, longitude },
      commuteRadiusKm: Number.isNaN(radius) ? null : radius,
      acceptableMunicipalityCodes,
      remoteOk: (this.flags[slot]! & REMOTE_OK) !== 0,
      hoursMin: Number.isNaN(hoursMin) ? null : hoursMin,
      hoursMax: Number.isNaN(hoursMax) ? null : hoursMax,
      languages,
      drivingLicences,
      capability: levels,
      adjustmentsNeeded: adjustmentsOfMask(this.adjustmentsNeeded[slot]!),
    };
  }

  private regionLength(start: number): number {
    const pool = this.pool;
    const a = pool[start + 1]!;
    const b = pool[start + 2]!;
    const c = pool[start + 3]!;
    return HEADER + pool[start]! + (a & MAX_LIST) + (a >>> 16) + (b & MAX_LIST) + (b >>> 16) + (c & MAX_LIST) + (c >>> 16);
  }

  private kill(slot: number): void {
    this.flags[slot] = this.flags[slot]! & ~ALIVE;
    this.deadCount++;
  }

  private maybeCompact(): void {
    if (this.deadCount >= COMPACT_MIN_DEAD && this.deadCount * 4 >= this.slotCount) this.compact();
  }

  private grow(minimum: number): void {
    const capacity = Math.max(minimum, 1024, Math.ceil(this.capacity * 1.5));
    const resize = <T extends Int32Array | Float64Array | Uint8Array | Int16Array | Uint16Array>(array: T, make: (length: number) => T): T => {
      const grown = make(capacity);
      grown.set(array);
      return grown;
    };
    this.flags = resize(this.flags, (n) => new Uint8Array(n));
    this.poolStart = resize(this.poolStart, (n) => new Int32Array(n));
    const geo = new Float64Array(capacity * GEO);
    geo.set(this.geo);
    this.geo = geo;
    this.hoursMin = resize(this.hoursMin, (n) => new Float64Array(n));
    this.hoursMax = resize(this.hoursMax, (n) => new Float64Array(n));
    this.capability = resize(this.capability, (n) => new Int16Array(n));
    this.adjustmentsNeeded = resize(this.adjustmentsNeeded, (n) => new Uint8Array(n));
    this.acceptableCount = resize(this.acceptableCount, (n) => new Uint16Array(n));
    this.inferred = resize(this.inferred, (n) => new Int32Array(n));
    this.capacity = capacity;
  }

  private ensurePool(length: number): void {
    if (length <= this.pool.length) return;
    const grown = new Int32Array(Math.max(length, Math.ceil(this.pool.length * 1.5)));
    grown.set(this.pool.subarray(0, this.poolLength));
    this.pool = grown;
  }
}

/** Interned ids of a list, de-duplicated, in first-seen order. */
function unique(values: readonly string[], interner: Interner): number[] {
  const ids: number[] = [];
  const seen = values.length > 8 ? new Set<number>() : null;
  for (const value of values) {
    const id = interner.intern(value);
    if (seen ? seen.has(id) : ids.includes(id)) continue;
    seen?.add(id);
    ids.push(id);
  }
  return ids;
}
