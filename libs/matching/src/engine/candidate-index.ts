// The in-memory inverted index the matching worker keeps: consenting profiles (ProfileStore),
// postings skill / occupation / ISCO group → profiles, and a match that scores only the candidates
// the postings reach. Scores equal scoreMatch's exactly: the parts come from the same functions, and
// the explanations of the final top k come from scoreMatch itself.
import { PostingLists, TopK } from './compact-storage';
import {
  assessTasks,
  capabilityFromCode,
  EXCLUDED,
  haversineKm,
  hoursPart,
  languageCredit,
  occupationPart,
  optionalCeiling,
  PLACE,
  placeCode,
  placePart,
  RELATION,
  round4,
  skillsPart,
  weightedTotal,
} from './match-parts';
import { EARTH_RADIUS_KM, ESSENTIAL_SHARE, OCCUPATION_SCORES, OPTIONAL_SATURATION_WEIGHT, SCORE_WEIGHTS } from './match-rules';
import { MatchContext, MatchedOutcome, MatchNeed, MatchProfile } from './match.types';
import { prepareContext } from './occupation-relatedness';
import { PreparedNeed, prepareNeed } from './prepared-need';
import { ALIVE, GEO, HEADER, INFERENCE_PENDING, MAX_LIST, NOT_INFERRED, ProfileStore, REMOTE_OK, STATES_OCCUPATION } from './profile-store';
import { scorePrepared } from './score-match';

// Per-match candidate flags.
const TOUCHED = 1;
const SAME_OCCUPATION = 2;
const SAME_ISCO_GROUP = 4;
const ACCEPTS_MUNICIPALITY = 8;
const RELATED_OCCUPATION = 16;
/** Same ISCO minor group (3 digits) as the need's occupation: a related trade. */
const SAME_ISCO_MINOR_GROUP = 32;
/** In candidateBits only: the person accepts remote work. */
const CANDIDATE_REMOTE_OK = 256;
/** The commute check may pass (see forCommutable); set only when the need filters by place. */
const COMMUTABLE = 64;
const SAME_ISCO_SUB_MAJOR_GROUP = 128;
// Kinds of fact postings (forFacts).
const FACT_ACCEPTS_MUNICIPALITY = 0;
const FACT_RELATED_OCCUPATION = 1;
const FACT_SUB_MAJOR_GROUP = 2;

// Everything except skills and occupation is at most 1: the bound that lets match skip candidates
// that cannot reach the top k before checking place, hours or capability.
const REST_WEIGHT =
  SCORE_WEIGHTS.place + SCORE_WEIGHTS.workingTime + SCORE_WEIGHTS.capabilityFit + SCORE_WEIGHTS.adjustments + SCORE_WEIGHTS.language + SCORE_WEIGHTS.drivingLicence;
// A bound below worst − 0.00005 rounds (4 decimals) below worst; the rest absorbs float error.
const BOUND_MARGIN = 0.00005 + 1e-9;
/** Candidates are processed in buckets of the skills + occupation part of their score (0 … 0.6). */
const KNOWN_BUCKETS = 512;
const KNOWN_BUCKET_WIDTH = (SCORE_WEIGHTS.skills + SCORE_WEIGHTS.occupation) / KNOWN_BUCKETS;
const bucketOf = (known: number) => Math.min(KNOWN_BUCKETS - 1, Math.floor(known / KNOWN_BUCKET_WIDTH));
/** Kilometres per degree of latitude on the sphere of haversineKm. */
const KM_PER_DEGREE_LATITUDE = (Math.PI / 180) * EARTH_RADIUS_KM;

export interface CandidateIndexOptions {
  /** Presize for this many profiles (avoids growth slack after a bulk load). */
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
  private readonly store: ProfileStore;

  // Scratch of match, sized to the slot capacity and clean between calls.
  // Weighted skill sums: integer weights (see WEIGHT_SCALE), so sums are exact in any order.
  private essentialHits = new Uint16Array(0);
  private optionalHits = new Uint16Array(0);
  private candidateFlags = new Uint8Array(0);
  private relatedness = new Float64Array(0);
  private touched = new Int32Array(0);
  private candidateSlots = new Int32Array(0);
  private candidateKnown = new Float64Array(0);
  /** The occupation part of each candidate. */
  private candidateOccupation = new Float64Array(0);
  private candidateBits = new Uint16Array(0);
  private candidateOrder = new Int32Array(0);
  private readonly bucketStarts = new Int32Array(KNOWN_BUCKETS);
  /** The context the inferred occupations of profiles stating none were inferred with. */
  private inferredWith: MatchContext | null = null;

  constructor(options: CandidateIndexOptions = {}) {
    this.store = new ProfileStore(Math.max(0, Math.floor(options.expectedProfiles ?? 0)));
  }

  /** Number of profiles in the index. */
  get size(): number {
    return this.store.size;
  }

  /** Adds or replaces a profile; a profile without matching consent is removed instead. */
  upsert(profile: MatchProfile): void {
    if (profile.matchingConsent) {
      this.store.put(profile);
      const slot = this.store.slotById.get(profile.id)!;
      if (this.inferredWith && this.store.inferred[slot] === INFERENCE_PENDING) {
        this.inferSlot(slot, prepareContext(this.inferredWith));
        this.store.pendingInference--;
      }
    } else this.store.delete(profile.id);
  }

  /** Removes a profile; false when it was not in the index. */
  remove(profileId: string): boolean {
    return this.store.delete(profileId);
  }

  /** The profile as the index holds it (lists de-duplicated, codes normalised), or null. */
  get(profileId: string): MatchProfile | null {
    const slot = this.store.slotById.get(profileId);
    return slot === undefined ? null : this.store.profileAt(slot);
  }

  /**
   * The k best matching profiles for a need, by score desc, then specificity-weighted essential
   * skills held desc, then distance asc (unknown last), then profile id asc (code-unit order).
   * Candidates come from the postings of the need's skills, occupation, ISCO unit and minor group,
   * and the occupations most related to the need's: a profile sharing none of them is not a candidate.
   */
  match(need: MatchNeed, k: number, context: MatchContext): MatchedOutcome[] {
    // `!(k >= 1)` also turns away NaN.
    if (!(k >= 1) || this.size === 0) return [];
    const prepared = prepareNeed(need, context);
    // The overlap accumulators are 16 bits wide.
    if (prepared.essentialTotalWeight > 0xffff || prepared.optionalTotalWeight > 0xffff) throw new RangeError(`need ${need.id} has too many skills to match`);
    this.ensureInference(context);
    this.ensureScratch();
    const top = new TopK(Math.min(Math.floor(k), this.size), this.store.ids);
    const municipality = prepared.municipalityCode === null ? -1 : this.store.municipalities.find(prepared.municipalityCode);
    // Without remote work and with a municipality, few candidates can pass the commute check:
    // mark those first and skip the others before any other work. (Remote needs reach everyone
    // open to remote work, and without a municipality most people are undecided: no filter.)
    const placeFiltered = !need.remote && prepared.municipalityCode !== null;
    let touchedCount = 0;
    try {
      touchedCount = this.collectCandidates(prepared, municipality, placeFiltered);
      // -2: a municipality no profile mentions, never equal to a stored id (-1 is "none").
      this.scoreCandidates(prepared, prepared.municipalityCode !== null && municipality < 0 ? -2 : municipality, touchedCount, top);
      this.clearScratch(prepared, municipality, touchedCount, placeFiltered);
    } catch (error) {
      // The touched list may be incomplete after a failure: clear all of the scratch.
      this.essentialHits.fill(0);
      this.optionalHits.fill(0);
      this.candidateFlags.fill(0);
      this.relatedness.fill(0);
      throw error;
    }
    const outcomes: MatchedOutcome[] = [];
    for (const { slot } of top.drain()) {
      const outcome = scorePrepared(prepared, this.store.profileAt(slot));
      if (outcome.matched) outcomes.push(outcome);
    }
    return outcomes;
  }

  /** Rewrites the storage without dead slots; runs by itself when a quarter of the slots are dead. */
  compact(): void {
    this.store.compact();
  }

  /** Drops the growth slack of the pool and the postings, e.g. after the worker's initial bulk load. */
  trim(): void {
    this.store.trim();
  }

  stats(): CandidateIndexStats {
    const store = this.store;
    const scratch = [
      this.essentialHits,
      this.optionalHits,
      this.candidateFlags,
      this.relatedness,
      this.touched,
      this.candidateSlots,
      this.candidateKnown,
      this.candidateOccupation,
      this.candidateBits,
      this.candidateOrder,
    ];
    return {
      profiles: store.size,
      slots: store.slotCount,
      deadSlots: store.deadCount,
      skills: store.skills.size,
      occupations: store.occupations.size,
      postings:
        store.skillPostings.entries() +
        store.occupationPostings.entries() +
        store.iscoPostings.entries() +
        store.iscoMinorPostings.entries() +
        store.iscoSubMajorPostings.entries(),
      typedArrayBytes: store.bytes() + scratch.reduce((sum, array) => sum + array.byteLength, 0),
    };
  }

  // -------------------------------------------------------------------------------------------
  /**
   * Accumulates what scoring needs from the need's postings: skill overlap, same occupation or
   * ISCO group (each makes a candidate, listed in `touched` on first touch), acceptance of the
   * need's municipality and the best relatedness (Jaccard) of the person's occupations to the
   * need's (facts only, no candidates). Returns the number of touched slots.
   */
  private collectCandidates(prepared: PreparedNeed, municipality: number, placeFiltered: boolean): number {
    const { store, essentialHits, optionalHits, candidateFlags: flags, relatedness, touched } = this;
    // With a place filter, the commutable slots are marked first and only they accumulate: the
    // rest would fail the commute check, and a posting read costs less than a posting write.
    const required = placeFiltered ? COMMUTABLE : 0;
    if (placeFiltered) this.forCommutable(prepared, municipality, (slot) => (flags[slot] |= COMMUTABLE));
    let count = 0;
    // Essential postings come first, so a slot is new exactly when its essential sum was 0.
    prepared.essentialSkills.forEach((skill, i) => {
      const term = store.skills.find(skill);
      if (term < 0) return;
      const weight = prepared.essentialWeights[i]!;
      const list = store.skillPostings.lists[term]!;
      const length = store.skillPostings.lengths[term]!;
      for (let j = 0; j < length; j++) {
        const slot = list[j]!;
        if ((flags[slot]! & required) !== required) continue;
        const sum = essentialHits[slot]!;
        if (sum === 0) touched[count++] = slot;
        essentialHits[slot] = sum + weight;
      }
    });
    prepared.optionalSkills.forEach((skill, i) => {
      const term = store.skills.find(skill);
      if (term < 0) return;
      const weight = prepared.optionalWeights[i]!;
      const list = store.skillPostings.lists[term]!;
      const length = store.skillPostings.lengths[term]!;
      for (let j = 0; j < length; j++) {
        const slot = list[j]!;
        if ((flags[slot]! & required) !== required) continue;
        const hits = optionalHits[slot]!;
        if (hits === 0 && essentialHits[slot] === 0) touched[count++] = slot;
        optionalHits[slot] = hits + weight;
      }
    });
    const mark = (postings: PostingLists, term: number, flag: number) => {
      if (term < 0 || term >= postings.lists.length) return;
      const list = postings.lists[term]!;
      const length = postings.lengths[term]!;
      for (let j = 0; j < length; j++) {
        const slot = list[j]!;
        const current = flags[slot]!;
        if ((current & required) !== required) continue;
        if ((current & TOUCHED) === 0 && essentialHits[slot] === 0 && optionalHits[slot] === 0) touched[count++] = slot;
        flags[slot] = current | flag;
      }
    };
    if (prepared.occupationUri) mark(store.occupationPostings, store.occupations.find(prepared.occupationUri), TOUCHED | SAME_OCCUPATION);
    if (prepared.iscoGroup) {
      mark(store.iscoPostings, store.iscoGroups.find(prepared.iscoGroup), TOUCHED | SAME_ISCO_GROUP);
      // Related trades (same minor group) are candidates even without a shared skill.
      if (prepared.iscoGroup.length >= 3) mark(store.iscoMinorPostings, store.iscoMinorGroups.find(prepared.iscoGroup.slice(0, 3)), TOUCHED | SAME_ISCO_MINOR_GROUP);
    }
    // So are the people of the occupations closest to the need's by shared essential skills, a
    // bounded number of occupations so that a generic role does not make everyone a candidate.
    for (const uri of this.candidateOccupations(prepared)) mark(store.occupationPostings, store.occupations.find(uri), TOUCHED);
    this.forFacts(prepared, municipality, (slot, kind, jaccard) => {
      if (kind === FACT_ACCEPTS_MUNICIPALITY) flags[slot] |= ACCEPTS_MUNICIPALITY;
      else if (kind === FACT_SUB_MAJOR_GROUP) flags[slot] |= SAME_ISCO_SUB_MAJOR_GROUP;
      else {
        if (jaccard > relatedness[slot]!) relatedness[slot] = jaccard;
        flags[slot] |= RELATED_OCCUPATION;
      }
    });
    return count;
  }

  /**
   * Visits a superset of the profiles that can pass the commute check (placeCode) of a need that
   * has a municipality and no remote work: those living in the municipality or accepting it,
   * those whose home lies in a grid cell within the longest stored radius of the workplace, and
   * those without any municipality (undecided, or decided by distance alone). A slot may be
   * visited more than once.
   */
  private forCommutable(prepared: PreparedNeed, municipality: number, visit: (slot: number) => void): void {
    const store = this.store;
    const visitAll = (postings: PostingLists, term: number) => {
      if (term < 0 || term >= postings.lists.length) return;
      const list = postings.lists[term]!;
      const length = postings.lengths[term]!;
      for (let j = 0; j < length; j++) visit(list[j]!);
    };
    visitAll(store.homePostings, municipality);
    visitAll(store.acceptablePostings, municipality);
    visitAll(store.withoutMunicipalityPostings, 0);
    if (prepared.location) store.commuteGrid.visitNear(prepared.location.latitude, prepared.location.longitude, visit);
  }

  /**
   * Visits the postings that carry facts but make no candidate: the profiles accepting the need's
   * municipality (jaccard -1) and those with an occupation related to the need's.
   */
  private forFacts(prepared: PreparedNeed, municipality: number, visit: (slot: number, kind: number, jaccard: number) => void): void {
    const store = this.store;
    if (municipality >= 0 && municipality < store.acceptablePostings.lists.length) {
      const list = store.acceptablePostings.lists[municipality]!;
      const length = store.acceptablePostings.lengths[municipality]!;
      for (let j = 0; j < length; j++) visit(list[j]!, FACT_ACCEPTS_MUNICIPALITY, -1);
    }
    const subMajor = prepared.iscoGroup && prepared.iscoGroup.length >= 2 ? store.iscoSubMajorGroups.find(prepared.iscoGroup.slice(0, 2)) : -1;
    if (subMajor >= 0 && subMajor < store.iscoSubMajorPostings.lists.length) {
      const list = store.iscoSubMajorPostings.lists[subMajor]!;
      const length = store.iscoSubMajorPostings.lengths[subMajor]!;
      for (let j = 0; j < length; j++) visit(list[j]!, FACT_SUB_MAJOR_GROUP, -1);
    }
    const related = prepared.occupationUri ? prepared.context.relatedOccupations(prepared.occupationUri) : null;
    if (!related) return;
    for (let r = 0; r < related.uris.length; r++) {
      const term = store.occupations.find(related.uris[r]!);
      if (term < 0 || term >= store.occupationPostings.lists.length) continue;
      const value = related.jaccards[r]!;
      const list = store.occupationPostings.lists[term]!;
      const length = store.occupationPostings.lengths[term]!;
      for (let j = 0; j < length; j++) visit(list[j]!, FACT_RELATED_OCCUPATION, value);
    }
  }

  /** The RELATED_CANDIDATE_OCCUPATIONS occupations most related to the need's (best Jaccard first, then URI). */
  private candidateOccupations(prepared: PreparedNeed): string[] {
    const related = prepared.related;
    if (!related) return [];
    const order = Array.from(related.uris.keys()).sort((a, b) => related.jaccards[b]! - related.jaccards[a]! || (related.uris[a]! < related.uris[b]! ? -1 : 1));
    return order.slice(0, OCCUPATION_SCORES.RELATED_CANDIDATE_OCCUPATIONS).map((i) => related.uris[i]!);
  }

  /**
   * Infers the occupation of the profiles stating none (from their skills, through the context's
   * ESCO relations), all of them when the context changed, else only those written since.
   */
  private ensureInference(context: MatchContext): void {
    if (this.inferredWith === context && this.store.pendingInference === 0) return;
    if (this.inferredWith !== context) {
      const { flags, inferred, slotCount } = this.store;
      for (let slot = 0; slot < slotCount; slot++) if ((flags[slot]! & STATES_OCCUPATION) === 0) inferred[slot] = INFERENCE_PENDING;
      this.inferredWith = context;
    }
    this.inferPending(context);
  }

  private inferPending(context: MatchContext): void {
    const store = this.store;
    const preparedContext = prepareContext(context);
    for (let slot = 0; slot < store.slotCount; slot++) {
      if (store.inferred[slot] === INFERENCE_PENDING) this.inferSlot(slot, preparedContext);
    }
    store.pendingInference = 0;
  }

  private inferSlot(slot: number, preparedContext: ReturnType<typeof prepareContext>): void {
    const store = this.store;
    if ((store.flags[slot]! & ALIVE) === 0) {
      store.inferred[slot] = NOT_INFERRED;
      return;
    }
    // The skills as profileAt gives them to scorePrepared: the same order, so the same inference.
    const inferred = preparedContext.inferOccupation(store.profileAt(slot).skills);
    store.inferred[slot] = inferred ? store.occupations.intern(inferred.uri) : NOT_INFERRED;
  }

  /** Resets the scratch the collect wrote: touched slots and the fact postings. */
  private clearScratch(prepared: PreparedNeed, municipality: number, touchedCount: number, placeFiltered: boolean): void {
    const { essentialHits, optionalHits, candidateFlags, relatedness, touched } = this;
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i]!;
      essentialHits[slot] = 0;
      optionalHits[slot] = 0;
      candidateFlags[slot] = 0;
    }
    this.forFacts(prepared, municipality, (slot) => {
      candidateFlags[slot] = 0;
      relatedness[slot] = 0;
    });

    if (placeFiltered) this.forCommutable(prepared, municipality, (slot) => (candidateFlags[slot] = 0));
  }

  /**
   * Pass 1 over the touched slots: lists every live candidate with the part of its score the
   * postings gave (skills, occupation) and counts them per bucket of that part.
   */
  private rankCandidates(prepared: PreparedNeed, touchedCount: number): number {
    const { essentialHits, optionalHits, candidateFlags, relatedness, touched, candidateSlots, candidateKnown, candidateOccupation, candidateBits, bucketStarts } = this;
    const { flags, inferred } = this.store;
    const occupationWeight = SCORE_WEIGHTS.occupation;
    const skillsWeight = SCORE_WEIGHTS.skills;
    const essentialTotal = prepared.essentialTotalWeight;
    const optionalTotal = prepared.optionalTotalWeight;
    // An upper bound of the skills part without Math.exp per candidate: 1 − e^(−x) ≤ x, so optional
    // coverage ≤ min(1, held / (τ × ceiling)). Pass 2 computes the exact part (BOUND_MARGIN absorbs rounding).
    const essentialScale = essentialTotal > 0 ? (optionalTotal > 0 ? ESSENTIAL_SHARE : 1) / essentialTotal : 0;
    const optionalScale = optionalTotal > 0 ? (essentialTotal > 0 ? 1 - ESSENTIAL_SHARE : 1) : 0;
    const optionalSlope = optionalTotal > 0 ? 1 / (OPTIONAL_SATURATION_WEIGHT * optionalCeiling(optionalTotal)) : 0;
    const relationFlags = SAME_OCCUPATION | SAME_ISCO_GROUP | SAME_ISCO_MINOR_GROUP | SAME_ISCO_SUB_MAJOR_GROUP | RELATED_OCCUPATION;
    const hasOccupation = prepared.occupationUri !== null || prepared.iscoGroup !== null;
    // Occupation part through an inferred occupation, per occupation id (NaN: not computed yet).
    const inferredParts = new Map<number, number>();
    const occupationValues = this.store.occupations.values;
    bucketStarts.fill(0);
    let count = 0;
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i]!;
      const slotFlags = flags[slot]!;
      const candidate = candidateFlags[slot]!;
      if ((slotFlags & ALIVE) === 0) continue;
      let occupation = 0;
      if ((slotFlags & STATES_OCCUPATION) !== 0) {
        if ((candidate & relationFlags) !== 0) occupation = occupationPart(relationBits(candidate), (candidate & RELATED_OCCUPATION) !== 0 ? relatedness[slot]! : 0, false);
      } else if (hasOccupation && inferred[slot]! >= 0) {
        const id = inferred[slot]!;
        let part = inferredParts.get(id);
        if (part === undefined) {
          const facts = prepared.relationTo(occupationValues[id]!);
          part = occupationPart(facts.relations, facts.jaccard, true);
          inferredParts.set(id, part);
        }
        occupation = part;
      }
      // The occupation part exactly, the skills part as an upper bound.
      const skillsBound = essentialScale * essentialHits[slot]! + optionalScale * Math.min(1, optionalHits[slot]! * optionalSlope);
      const known = skillsWeight * skillsBound + occupationWeight * occupation;
      candidateSlots[count] = slot;
      candidateKnown[count] = known;
      candidateOccupation[count] = occupation;
      // The candidate's flags and whether the person works remotely, for pass 2 without random reads.
      candidateBits[count] = candidate | ((slotFlags & REMOTE_OK) !== 0 ? CANDIDATE_REMOTE_OK : 0);
      bucketStarts[bucketOf(known)]++;
      count++;
    }
    return count;
  }

  /**
   * Scores the candidates into the top k, best skills + occupation part first (pass 2 after the
   * bucketing of pass 1), so that the top k fills with strong candidates early. Once it is full, a
   * candidate is dropped as soon as an upper bound of its score falls below the k-th score: first
   * from skills and occupation, then with place, hours, capability and adjustments known, before
   * the profile's lists are read for language and licence; the pass ends when no later bucket can
   * reach the k-th score.
   */
  private scoreCandidates(prepared: PreparedNeed, municipality: number, touchedCount: number, top: TopK): void {
    const need = prepared.need;
    const { essentialHits, optionalHits } = this;
    const { pool, poolStart, geo, acceptableCount, hoursMin: profileHoursMin, hoursMax: profileHoursMax, capability: capabilities, adjustmentsNeeded } = this.store;
    const essentialTotal = prepared.essentialTotalWeight;
    const optionalTotal = prepared.optionalTotalWeight;
    const ceiling = optionalCeiling(optionalTotal);
    const weights = SCORE_WEIGHTS;

    // Place, per need.
    const needRemote = need.remote;
    const needHasPlace = prepared.hasPlace;
    const hasMunicipality = prepared.municipalityCode !== null;
    const location = prepared.location;
    const hasLocation = location !== null;
    const needLatitude = location ? location.latitude : 0;
    const needLongitude = location ? location.longitude : 0;
    const hoursMin = prepared.hoursMin;
    const hoursMax = prepared.hoursMax;
    const partTime = need.partTimePossible;

    // Capability fit, memoised per distinct capability (4^6 codes).
    const capabilityMemo = prepared.tasks.length > 0 ? new Float64Array(4096).fill(Number.NaN) : null;
    const fitWithoutLimits = assessTasks(prepared, null, null);

    // Languages and licence, as ids of this index.
    const languageIds = prepared.languages.map((language) => this.store.languages.find(language.language));
    const licenceSatisfies = new Uint8Array(this.store.licences.size);
    for (const licence of prepared.licenceSatisfiers) {
      const id = this.store.licences.find(licence);
      if (id >= 0) licenceSatisfies[id] = 1;
    }
    const readsLists = languageIds.length > 0 || prepared.drivingLicence !== null;
    const listsWeight = weights.language + weights.drivingLicence;

    const { candidateSlots, candidateKnown, candidateBits, candidateOrder, candidateOccupation, bucketStarts } = this;
    const count = this.rankCandidates(prepared, touchedCount);
    let position = 0;
    for (let bucket = KNOWN_BUCKETS - 1; bucket >= 0; bucket--) {
      const size = bucketStarts[bucket]!;
      bucketStarts[bucket] = position;
      position += size;
    }
    for (let i = 0; i < count; i++) candidateOrder[bucketStarts[bucketOf(candidateKnown[i]!)]++] = i;

    // Pass 2. Scores below the threshold cannot enter the top k (see BOUND_MARGIN); -Infinity until it is full.
    let threshold = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < count; j++) {
      const candidateIndex = candidateOrder[j]!;
      const known = candidateKnown[candidateIndex]!;
      if (known + REST_WEIGHT < threshold) {
        if ((bucketOf(known) + 1) * KNOWN_BUCKET_WIDTH + REST_WEIGHT < threshold) break;
        continue;
      }
      const slot = candidateSlots[candidateIndex]!;
      const candidate = candidateBits[candidateIndex]!;

      // Hard limits: place, hours, capability. The place rules are placeCode's, unrolled for the
      // common case (a workplace, no remote work): most candidates live too far away.
      const at = slot * GEO;
      const radiusKm = geo[at + 2]!;
      let distanceKm = Number.NaN;
      let code: number;
      const remoteCompatible = needRemote && (candidate & CANDIDATE_REMOTE_OK) !== 0;
      if (remoteCompatible || !needHasPlace) code = placeCode(remoteCompatible, needHasPlace, false, false, distanceKm, radiusKm, false);
      else {
        const home = geo[at + 3]!;
        if (hasMunicipality && home === municipality) code = PLACE.SAME_MUNICIPALITY;
        else if ((candidate & ACCEPTS_MUNICIPALITY) !== 0) code = PLACE.ACCEPTABLE_MUNICIPALITY;
        else {
          const latitude = geo[at]!;
          // NaN (unknown) compares false: both known and the workplace known decide by distance.
          if (hasLocation && radiusKm === radiusKm && latitude === latitude) {
            // The north–south distance alone is a lower bound of the great-circle distance.
            distanceKm =
              Math.abs(latitude - needLatitude) * KM_PER_DEGREE_LATITUDE > radiusKm + 1
                ? Number.POSITIVE_INFINITY
                : haversineKm(latitude, geo[at + 1]!, needLatitude, needLongitude);
            code = distanceKm <= radiusKm ? PLACE.WITHIN_RADIUS : PLACE.EXCLUDED;
          } else code = hasMunicipality && (home >= 0 || acceptableCount[slot]! > 0) ? PLACE.EXCLUDED : PLACE.UNDECIDED;
        }
      }
      if (code === PLACE.EXCLUDED) continue;
      const workingTime = hoursPart(hoursMin, hoursMax, profileHoursMin[slot]!, profileHoursMax[slot]!, partTime);
      if (workingTime === EXCLUDED) continue;
      let capabilityFit = fitWithoutLimits;
      const capability = capabilities[slot]!;
      if (capability >= 0 && capabilityMemo) {
        capabilityFit = capabilityMemo[capability]!;
        if (Number.isNaN(capabilityFit)) {
          capabilityFit = assessTasks(prepared, capabilityFromCode(capability), null);
          capabilityMemo[capability] = capabilityFit;
        }
      }
      if (capabilityFit === EXCLUDED) continue;
      const place = placePart(code, distanceKm, radiusKm);
      const adjustments = prepared.adjustmentScoreByNeededMask[adjustmentsNeeded[slot]!]!;
      if (known + weights.place * place + weights.workingTime * workingTime + weights.capabilityFit * capabilityFit + weights.adjustments * adjustments + listsWeight < threshold) continue;
      const essentialHit = essentialHits[slot]!;
      const optionalHit = optionalHits[slot]!;

      // Language and licence, from the profile's lists in the pool.
      let language = 1;
      let hasLicence = true;
      if (readsLists) {
        const start = poolStart[slot]!;
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
            credits += languageCredit(have, prepared.languages[r]!.level, prepared.languageSupport);
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
          skillsPart(essentialHit, essentialTotal, optionalHit, optionalTotal, ceiling),
          candidateOccupation[candidateIndex]!,
          place,
          workingTime,
          capabilityFit,
          adjustments,
          language,
          hasLicence ? 1 : 0,
        ),
      );
      // Ties go to more essential skills held, then the shorter commute (known coordinates only).
      let tieDistance = distanceKm;
      if (tieDistance !== tieDistance && hasLocation && geo[at]! === geo[at]!) tieDistance = haversineKm(geo[at]!, geo[at + 1]!, needLatitude, needLongitude);
      top.offer(slot, score, essentialHit, tieDistance);
      if (top.full) threshold = top.worstScore - BOUND_MARGIN;
    }
  }

  // -------------------------------------------------------------------------------------------
  private ensureScratch(): void {
    if (this.essentialHits.length === this.store.capacity) return;
    this.essentialHits = new Uint16Array(this.store.capacity);
    this.optionalHits = new Uint16Array(this.store.capacity);
    this.candidateFlags = new Uint8Array(this.store.capacity);
    this.relatedness = new Float64Array(this.store.capacity);
    this.touched = new Int32Array(this.store.capacity);
    this.candidateSlots = new Int32Array(this.store.capacity);
    this.candidateKnown = new Float64Array(this.store.capacity);
    this.candidateOccupation = new Float64Array(this.store.capacity);
    this.candidateBits = new Uint16Array(this.store.capacity);
    this.candidateOrder = new Int32Array(this.store.capacity);
  }
}

/** The RELATION bits of a candidate's flags. */
function relationBits(candidate: number): number {
  return (
    ((candidate & SAME_OCCUPATION) !== 0 ? RELATION.SAME_OCCUPATION : 0) |
    ((candidate & SAME_ISCO_GROUP) !== 0 ? RELATION.SAME_ISCO_GROUP : 0) |
    ((candidate & SAME_ISCO_MINOR_GROUP) !== 0 ? RELATION.SAME_ISCO_MINOR_GROUP : 0) |
    ((candidate & SAME_ISCO_SUB_MAJOR_GROUP) !== 0 ? RELATION.SAME_ISCO_SUB_MAJOR_GROUP : 0)
  );
}
