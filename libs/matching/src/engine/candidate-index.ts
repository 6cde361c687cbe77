// The in-memory inverted index the matching worker keeps: consenting profiles in compact columns,
// postings skill/occupation/ISCO group → profiles, and a match that scores only the candidates the
// postings reach. Scores equal scoreMatch's exactly: the parts come from the same functions, and
// the explanations of the final top k come from scoreMatch itself.
import { Interner, PostingLists, TopK } from './compact-storage';
import {
  assessTasks,
  capabilityCode,
  capabilityFromCode,
  EXCLUDED,
  haversineKm,
  hoursPart,
  languageCredit,
  occupationPart,
  PLACE,
  placeCode,
  placePart,
  round4,
  skillsPart,
  weightedTotal,
} from './match-parts';
import { adjustmentMask, adjustmentsOfMask, LANGUAGE_LEVELS, OCCUPATION_SCORES, SCORE_WEIGHTS } from './match-rules';
import { DEMAND_DIMENSIONS, DemandLevels, LanguageRequirement, MatchContext, MatchedOutcome, MatchNeed, MatchProfile } from './match.types';
import { jaccard } from './occupation-relatedness';
import { languageLevelIndex, normalizeLanguage, normalizeLicence, PreparedNeed, prepareNeed } from './prepared-need';
import { normalizedCapability, scorePrepared } from './score-match';

// Slot flags.
const ALIVE = 1;
const REMOTE_OK = 2;
// Per-match candidate flags.
const TOUCHED = 1;
const SAME_OCCUPATION = 2;
const SAME_ISCO_GROUP = 4;

/** Ints before a profile's lists in the pool: [skills, occupations | wished << 16, isco | acceptable << 16, languages | licences << 16]. */
const HEADER = 4;
const MAX_LIST = 0xffff;
/** Compact when at least this many slots are dead and they are a quarter of all slots. */
const COMPACT_MIN_DEAD = 1024;

// Everything except skills and occupation is at most 1: the bound that lets match skip candidates
// that cannot reach the top k before computing place, hours, language, licence or relatedness.
const REST_WEIGHT =
  SCORE_WEIGHTS.place + SCORE_WEIGHTS.workingTime + SCORE_WEIGHTS.capabilityFit + SCORE_WEIGHTS.adjustments + SCORE_WEIGHTS.language + SCORE_WEIGHTS.drivingLicence;
const BOUND_SLACK = 1e-9;

export interface CandidateIndexOptions {
  /** Presize columns for this many profiles (avoids growth slack after a bulk load). */
  expectedProfiles?: number;
}

export interface CandidateIndexStats {
  profiles: number;
  slots: number;
  deadSlots: number;
  skills: number;
  occupations: number;
  postings: number;
  /** Bytes held in typed arrays (columns, pool, postings, scratch): outside the V8 heap. */
  typedArrayBytes: number;
}

export class CandidateIndex {
  private capacity = 0;
  private slotCount = 0;
  private deadCount = 0;
  private ids: string[] = [];
  private readonly slotById = new Map<string, number>();
  private flags = new Uint8Array(0);
  private poolStart = new Int32Array(0);
  private homeMunicipality = new Int32Array(0);
  private latitude = new Float64Array(0);
  private longitude = new Float64Array(0);
  private radius = new Float64Array(0);
  private hoursMin = new Float64Array(0);
  private hoursMax = new Float64Array(0);
  /** capabilityCode of the normalised capability, -1 when the profile records no limits. */
  private capability = new Int16Array(0);
  private adjustmentsNeeded = new Uint8Array(0);
  private pool: Int32Array;
  private poolLength = 0;

  private readonly skills = new Interner();
  private readonly occupations = new Interner();
  private readonly iscoGroups = new Interner();
  private readonly municipalities = new Interner();
  private readonly languages = new Interner();
  private readonly licences = new Interner();
  private readonly skillPostings = new PostingLists();
  /** Occupations and wished occupations share one posting per occupation. */
  private readonly occupationPostings = new PostingLists();
  private readonly iscoPostings = new PostingLists();

  // Scratch of match, sized to the slot capacity and reset after each call.
  private essentialHits = new Int32Array(0);
  private optionalHits = new Int32Array(0);
  private candidateFlags = new Uint8Array(0);
  private touched = new Int32Array(0);

  constructor(options: CandidateIndexOptions = {}) {
    const expected = Math.max(0, Math.floor(options.expectedProfiles ?? 0));
    this.pool = new Int32Array(Math.max(1024, expected * 48));
    if (expected > 0) this.grow(expected);
  }

  /** Number of profiles in the index. */
  get size(): number {
    return this.slotById.size;
  }

  /** Adds or replaces a profile; a profile without matching consent is removed instead. */
  upsert(profile: MatchProfile): void {
    if (!profile.matchingConsent) {
      this.remove(profile.id);
      return;
    }
    const previous = this.slotById.get(profile.id);
    if (previous !== undefined) this.kill(previous);
    const slot = this.slotCount;
    if (slot === this.capacity) this.grow(slot + 1);
    this.slotCount++;
    this.write(slot, profile);
    this.slotById.set(profile.id, slot);
    this.maybeCompact();
  }

  /** Removes a profile; false when it was not in the index. */
  remove(profileId: string): boolean {
    const slot = this.slotById.get(profileId);
    if (slot === undefined) return false;
    this.kill(slot);
    this.slotById.delete(profileId);
    this.maybeCompact();
    return true;
  }

  /** The profile as the index holds it (lists de-duplicated, codes normalised), or null. */
  get(profileId: string): MatchProfile | null {
    const slot = this.slotById.get(profileId);
    return slot === undefined ? null : this.profileAt(slot);
  }

  /**
   * The k best matching profiles for a need, by score desc then profile id asc (code-unit order).
   * Candidates come from the postings of the need's skills, occupation and ISCO group: a profile
   * sharing none of them is not a candidate.
   */
  match(need: MatchNeed, k: number, context: MatchContext): MatchedOutcome[] {
    if (k < 1 || this.size === 0) return [];
    const prepared = prepareNeed(need, context);
    this.ensureScratch();
    let touchedCount = 0;
    const top = new TopK(Math.floor(k), this.ids);
    try {
      touchedCount = this.collectCandidates(prepared);
      this.scoreCandidates(prepared, touchedCount, top);
    } finally {
      const { essentialHits, optionalHits, candidateFlags, touched } = this;
      for (let i = 0; i < touchedCount; i++) {
        const slot = touched[i]!;
        essentialHits[slot] = 0;
        optionalHits[slot] = 0;
        candidateFlags[slot] = 0;
      }
    }
    const outcomes: MatchedOutcome[] = [];
    for (const { slot } of top.drain()) {
      const outcome = scorePrepared(prepared, this.profileAt(slot));
      if (outcome.matched) outcomes.push(outcome);
    }
    return outcomes;
  }

  /** Rewrites columns, pool and postings without dead slots. Runs by itself when a quarter of the slots are dead. */
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
        this.homeMunicipality[next] = this.homeMunicipality[slot]!;
        this.latitude[next] = this.latitude[slot]!;
        this.longitude[next] = this.longitude[slot]!;
        this.radius[next] = this.radius[slot]!;
        this.hoursMin[next] = this.hoursMin[slot]!;
        this.hoursMax[next] = this.hoursMax[slot]!;
        this.capability[next] = this.capability[slot]!;
        this.adjustmentsNeeded[next] = this.adjustmentsNeeded[slot]!;
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
  }

  /** Drops the growth slack of the pool and the postings, e.g. after the worker's initial bulk load. */
  trim(): void {
    if (this.pool.length > this.poolLength) this.pool = this.pool.slice(0, Math.max(1024, this.poolLength));
    this.skillPostings.trim();
    this.occupationPostings.trim();
    this.iscoPostings.trim();
  }

  stats(): CandidateIndexStats {
    const columns = [this.flags, this.poolStart, this.homeMunicipality, this.latitude, this.longitude, this.radius, this.hoursMin, this.hoursMax, this.capability, this.adjustmentsNeeded];
    const scratch = [this.essentialHits, this.optionalHits, this.candidateFlags, this.touched];
    return {
      profiles: this.size,
      slots: this.slotCount,
      deadSlots: this.deadCount,
      skills: this.skills.size,
      occupations: this.occupations.size,
      postings: this.skillPostings.entries() + this.occupationPostings.entries() + this.iscoPostings.entries(),
      typedArrayBytes:
        [...columns, ...scratch].reduce((sum, array) => sum + array.byteLength, 0) +
        this.pool.byteLength +
        this.skillPostings.bytes() +
        this.occupationPostings.bytes() +
        this.iscoPostings.bytes(),
    };
  }

  // -------------------------------------------------------------------------------------------
  private collectCandidates(prepared: PreparedNeed): number {
    const { essentialHits, optionalHits, candidateFlags: flags, touched } = this;
    let count = 0;
    const visit = (postings: PostingLists, term: number, add: Int32Array | null, weight: number, flag: number) => {
      if (term < 0 || term >= postings.lists.length) return;
      const list = postings.lists[term]!;
      const length = postings.lengths[term]!;
      for (let i = 0; i < length; i++) {
        const slot = list[i]!;
        const current = flags[slot]!;
        if (current === 0) touched[count++] = slot;
        flags[slot] = current | flag;
        if (add) add[slot] += weight;
      }
    };
    prepared.essentialSkills.forEach((skill, i) => visit(this.skillPostings, this.skills.find(skill), essentialHits, prepared.essentialWeights[i]!, TOUCHED));
    for (const skill of prepared.optionalSkills) visit(this.skillPostings, this.skills.find(skill), optionalHits, 1, TOUCHED);
    if (prepared.occupationUri) visit(this.occupationPostings, this.occupations.find(prepared.occupationUri), null, 0, TOUCHED | SAME_OCCUPATION);
    if (prepared.iscoGroup) visit(this.iscoPostings, this.iscoGroups.find(prepared.iscoGroup), null, 0, TOUCHED | SAME_ISCO_GROUP);
    return count;
  }

  private scoreCandidates(prepared: PreparedNeed, touchedCount: number, top: TopK): void {
    const need = prepared.need;
    const { essentialHits, optionalHits, candidateFlags, touched, flags, pool, poolStart } = this;
    const essentialTotal = prepared.essentialTotalWeight;
    const optionalTotal = prepared.optionalSkills.length;
    const weights = SCORE_WEIGHTS;

    // Place, per need.
    const needHasPlace = prepared.hasPlace;
    const hasMunicipality = prepared.municipalityCode !== null;
    // -2: a municipality no profile mentions, so never equal to a stored id (-1 is "none").
    const needMunicipality = hasMunicipality ? this.municipalities.find(prepared.municipalityCode!) : -1;
    const municipalityId = needMunicipality < 0 && hasMunicipality ? -2 : needMunicipality;
    const location = prepared.location;

    // Occupation relatedness, memoised per profile occupation for this need.
    const needEssentials = prepared.occupationEssentials;
    const sharedBound = needEssentials ? OCCUPATION_SCORES.SHARED_SKILLS_CAP : 0;
    const jaccardMemo = needEssentials ? new Float64Array(this.occupations.size).fill(Number.NaN) : null;

    // Capability fit, memoised per distinct capability (4^6 codes).
    const hasTasks = prepared.tasks.length > 0;
    const capabilityMemo = hasTasks ? new Float64Array(4096).fill(Number.NaN) : null;
    const fitWithoutLimits = assessTasks(prepared, null, null);

    // Languages and licence, as ids of this index.
    const languageIds = prepared.languages.map((language) => this.languages.find(language.language));
    const licenceSatisfies = new Uint8Array(this.licences.size);
    for (const licence of prepared.licenceSatisfiers) {
      const id = this.licences.find(licence);
      if (id >= 0) licenceSatisfies[id] = 1;
    }

    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t]!;
      const slotFlags = flags[slot]!;
      if ((slotFlags & ALIVE) === 0) continue;
      const candidate = candidateFlags[slot]!;
      const sameOccupation = (candidate & SAME_OCCUPATION) !== 0;
      const sameIscoGroup = (candidate & SAME_ISCO_GROUP) !== 0;
      const skills = skillsPart(essentialHits[slot]!, essentialTotal, optionalHits[slot]!, optionalTotal);
      if (top.full) {
        const occupationBound = sameOccupation ? OCCUPATION_SCORES.SAME_OCCUPATION : sameIscoGroup ? OCCUPATION_SCORES.SAME_ISCO_GROUP : sharedBound;
        const bound = weights.skills * skills + weights.occupation * occupationBound + REST_WEIGHT;
        if (round4(bound + BOUND_SLACK) < top.worstScore) continue;
      }

      // Hard limits: place, hours, capability.
      const start = poolStart[slot]!;
      const radiusKm = this.radius[slot]!;
      let distanceKm = Number.NaN;
      let code: number;
      const remoteCompatible = need.remote && (slotFlags & REMOTE_OK) !== 0;
      if (remoteCompatible || !needHasPlace) code = placeCode(remoteCompatible, needHasPlace, false, false, distanceKm, radiusKm, false);
      else {
        const home = this.homeMunicipality[slot]!;
        const sameMunicipality = hasMunicipality && home === municipalityId;
        const acceptableCount = pool[start + 2]! >>> 16;
        let acceptable = false;
        if (hasMunicipality && !sameMunicipality && acceptableCount > 0) {
          const from = start + HEADER + pool[start]! + (pool[start + 1]! & MAX_LIST) + (pool[start + 1]! >>> 16) + (pool[start + 2]! & MAX_LIST);
          for (let i = from; i < from + acceptableCount; i++) {
            if (pool[i] === municipalityId) {
              acceptable = true;
              break;
            }
          }
        }
        const latitude = this.latitude[slot]!;
        if (!sameMunicipality && !acceptable && location && !Number.isNaN(radiusKm) && !Number.isNaN(latitude)) {
          distanceKm = haversineKm(latitude, this.longitude[slot]!, location.latitude, location.longitude);
        }
        code = placeCode(false, true, sameMunicipality, acceptable, distanceKm, radiusKm, hasMunicipality && (home >= 0 || acceptableCount > 0));
      }
      if (code === PLACE.EXCLUDED) continue;
      const workingTime = hoursPart(prepared.hoursMin, prepared.hoursMax, this.hoursMin[slot]!, this.hoursMax[slot]!, need.partTimePossible);
      if (workingTime === EXCLUDED) continue;
      let capabilityFit = fitWithoutLimits;
      const capability = this.capability[slot]!;
      if (capability >= 0 && capabilityMemo) {
        capabilityFit = capabilityMemo[capability]!;
        if (Number.isNaN(capabilityFit)) {
          capabilityFit = assessTasks(prepared, capabilityFromCode(capability), null);
          capabilityMemo[capability] = capabilityFit;
        }
      }
      if (capabilityFit === EXCLUDED) continue;

      // Occupation relatedness through shared essential skills.
      let bestJaccard = 0;
      if (!sameOccupation && !sameIscoGroup && needEssentials && jaccardMemo) {
        const counts = pool[start + 1]!;
        const from = start + HEADER + pool[start]!;
        const to = from + (counts & MAX_LIST) + (counts >>> 16);
        for (let i = from; i < to; i++) {
          const occupation = pool[i]!;
          let value = jaccardMemo[occupation]!;
          if (Number.isNaN(value)) {
            const essentials = prepared.context.essentialSkillIds(this.occupations.values[occupation]!);
            value = essentials ? jaccard(needEssentials, essentials) : 0;
            jaccardMemo[occupation] = value;
          }
          if (value > bestJaccard) bestJaccard = value;
        }
      }

      // Language and licence.
      let language = 1;
      let hasLicence = true;
      if (languageIds.length > 0 || prepared.drivingLicence !== null) {
        const counts = pool[start + 3]!;
        const languageCount = counts & MAX_LIST;
        const licenceCount = counts >>> 16;
        const from = start + HEADER + pool[start]! + (pool[start + 1]! & MAX_LIST) + (pool[start + 1]! >>> 16) + (pool[start + 2]! & MAX_LIST) + (pool[start + 2]! >>> 16);
        if (languageIds.length > 0) {
          let credits = 0;
          for (let r = 0; r < languageIds.length; r++) {
            const languageId = languageIds[r]!;
            let have = -1;
            if (languageId >= 0) {
              for (let i = from; i < from + languageCount; i++) {
                const packed = pool[i]!;
                if (packed >> 3 === languageId && (packed & 7) > have) have = packed & 7;
              }
            }
            const requirement = prepared.languages[r]!;
            credits += languageCredit(have, requirement.level, prepared.languageSupport);
          }
          language = credits / languageIds.length;
        }
        if (prepared.drivingLicence !== null) {
          hasLicence = false;
          for (let i = from + languageCount; i < from + languageCount + licenceCount; i++) {
            if (licenceSatisfies[pool[i]!] === 1) {
              hasLicence = true;
              break;
            }
          }
        }
      }

      const score = round4(
        weightedTotal(
          skills,
          occupationPart(sameOccupation, sameIscoGroup, bestJaccard),
          placePart(code, distanceKm, radiusKm),
          workingTime,
          capabilityFit,
          prepared.adjustmentScoreByNeededMask[this.adjustmentsNeeded[slot]!]!,
          language,
          hasLicence ? 1 : 0,
        ),
      );
      top.offer(slot, score);
    }
  }

  // -------------------------------------------------------------------------------------------
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
    this.flags[slot] = ALIVE | (profile.remoteOk ? REMOTE_OK : 0);
    this.homeMunicipality[slot] = profile.homeMunicipalityCode === null ? -1 : this.municipalities.intern(profile.homeMunicipalityCode);
    this.latitude[slot] = profile.home ? profile.home.latitude : Number.NaN;
    this.longitude[slot] = profile.home ? profile.home.longitude : Number.NaN;
    this.radius[slot] = profile.commuteRadiusKm === null || !Number.isFinite(profile.commuteRadiusKm) ? Number.NaN : profile.commuteRadiusKm;
    this.hoursMin[slot] = profile.hoursMin ?? Number.NaN;
    this.hoursMax[slot] = profile.hoursMax ?? Number.NaN;
    const capability = normalizedCapability(profile);
    this.capability[slot] = capability === null ? -1 : capabilityCode(capability);
    this.adjustmentsNeeded[slot] = adjustmentMask(profile.adjustmentsNeeded);

    for (const skill of skills) this.skillPostings.add(skill, slot);
    for (const occupation of occupations) this.occupationPostings.add(occupation, slot);
    for (const occupation of wished) if (!occupations.includes(occupation)) this.occupationPostings.add(occupation, slot);
    for (const group of iscoGroups) this.iscoPostings.add(group, slot);
  }

  private profileAt(slot: number): MatchProfile {
    const pool = this.pool;
    const start = this.poolStart[slot]!;
    const counts = [pool[start]!, pool[start + 1]! & MAX_LIST, pool[start + 1]! >>> 16, pool[start + 2]! & MAX_LIST, pool[start + 2]! >>> 16, pool[start + 3]! & MAX_LIST, pool[start + 3]! >>> 16];
    let at = start + HEADER;
    const take = () => {
      const count = counts.shift()!;
      const values = Array.from(pool.subarray(at, at + count));
      at += count;
      return values;
    };
    const names = (interner: Interner) => (id: number) => interner.values[id]!;
    const skills = take().map(names(this.skills));
    const occupations = take().map(names(this.occupations));
    const wishedOccupations = take().map(names(this.occupations));
    const iscoGroups = take().map(names(this.iscoGroups));
    const acceptableMunicipalityCodes = take().map(names(this.municipalities));
    const languages: LanguageRequirement[] = take().map((packed) => ({ language: this.languages.values[packed >> 3]!, level: LANGUAGE_LEVELS[packed & 7]! }));
    const drivingLicences = take().map(names(this.licences));
    const latitude = this.latitude[slot]!;
    const radius = this.radius[slot]!;
    const hoursMin = this.hoursMin[slot]!;
    const hoursMax = this.hoursMax[slot]!;
    const home = this.homeMunicipality[slot]!;
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
      home: Number.isNaN(latitude) ? null : { latitude, longitude: this.longitude[slot]! },
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
    const resize = <T extends Int32Array | Float64Array | Uint8Array | Int16Array>(array: T, make: (length: number) => T): T => {
      const grown = make(capacity);
      grown.set(array);
      return grown;
    };
    this.flags = resize(this.flags, (n) => new Uint8Array(n));
    this.poolStart = resize(this.poolStart, (n) => new Int32Array(n));
    this.homeMunicipality = resize(this.homeMunicipality, (n) => new Int32Array(n));
    this.latitude = resize(this.latitude, (n) => new Float64Array(n));
    this.longitude = resize(this.longitude, (n) => new Float64Array(n));
    this.radius = resize(this.radius, (n) => new Float64Array(n));
    this.hoursMin = resize(this.hoursMin, (n) => new Float64Array(n));
    this.hoursMax = resize(this.hoursMax, (n) => new Float64Array(n));
    this.capability = resize(this.capability, (n) => new Int16Array(n));
    this.adjustmentsNeeded = resize(this.adjustmentsNeeded, (n) => new Uint8Array(n));
    this.capacity = capacity;
  }

  private ensurePool(length: number): void {
    if (length <= this.pool.length) return;
    const grown = new Int32Array(Math.max(length, Math.ceil(this.pool.length * 1.5)));
    grown.set(this.pool.subarray(0, this.poolLength));
    this.pool = grown;
  }

  private ensureScratch(): void {
    if (this.essentialHits.length === this.capacity) return;
    this.essentialHits = new Int32Array(this.capacity);
    this.optionalHits = new Int32Array(this.capacity);
    this.candidateFlags = new Uint8Array(this.capacity);
    this.touched = new Int32Array(this.capacity);
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
