import { Injectable } from '@nestjs/common';
import { MatchNeedReader, NeedMatchFacts } from '@ytmt/needs';
import { EscoConceptsReader } from '@ytmt/skills';
import { MatchProfileReader, ProfileMatchFacts } from '@ytmt/talent';
import { EntityManager } from 'typeorm';
import type { MatchContext, MatchNeed, MatchProfile } from './engine';

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Reads needs and profiles into the engine's shapes, in bulk: one statement per batch from each
 * owning library (needs, talent) and one for the ISCO groups of the batch's occupations (skills).
 * Never reads identity.
 */
@Injectable()
export class MatchDataReader {
  constructor(
    private readonly needs: MatchNeedReader,
    private readonly talent: MatchProfileReader,
    private readonly esco: EscoConceptsReader,
  ) {}

  /** ESCO occupations with their skills: the engine's reference data for relatedness. */
  async context(): Promise<MatchContext> {
    const occupations = await this.esco.occupationSkillSets();
    return {
      occupations: new Map(occupations.map((o) => [o.uri, { iscoGroup: o.iscoGroup, essentialSkills: o.essentialSkills, optionalSkills: o.optionalSkills }])),
    };
  }

  async profiles(ids: readonly string[]): Promise<MatchProfile[]> {
    if (ids.length === 0) return [];
    return this.toMatchProfiles(await this.talent.byIds(ids));
  }

  /** Profiles changed since a time (consents included: they bump the profile). */
  async profilesChangedSince(since: Date): Promise<{ profiles: MatchProfile[]; latest: Date | null }> {
    const facts = await this.talent.changedSince(since);
    return { profiles: await this.toMatchProfiles(facts), latest: facts.length > 0 ? facts[facts.length - 1].updatedAt : null };
  }

  /** Every profile with a valid MATCHING consent, in keyset batches. */
  async *matchableProfiles(batchSize = 2000): AsyncGenerator<MatchProfile[]> {
    let after = FIRST_ID;
    for (;;) {
      const facts = await this.talent.matchableAfter(after, batchSize);
      if (facts.length === 0) return;
      yield await this.toMatchProfiles(facts);
      after = facts[facts.length - 1].id;
    }
  }

  async profileCount(): Promise<number> {
    return this.talent.count();
  }

  /** The need in the engine's shape, or null when it does not exist; `open` says whether it is matched at all. */
  async need(id: string, context: MatchContext): Promise<{ need: MatchNeed; open: boolean } | null> {
    const facts = await this.needs.matchFacts(id);
    if (!facts) return null;
    const [need] = await this.toMatchNeeds([facts], context);
    return { need, open: facts.open };
  }

  async *openNeeds(context: MatchContext, batchSize = 1000): AsyncGenerator<MatchNeed[]> {
    let after = FIRST_ID;
    for (;;) {
      const facts = await this.needs.openMatchFacts(after, batchSize);
      if (facts.length === 0) return;
      yield await this.toMatchNeeds(facts, context);
      after = facts[facts.length - 1].id;
    }
  }

  async openNeedCount(): Promise<number> {
    return this.needs.openCount();
  }

  /**
   * Of these needs, the ones that exist and are no longer matched (filled, closed, not recruiting),
   * locked against a reopen until the caller's transaction ends.
   */
  async closedNeedsAmong(needIds: readonly string[], manager: EntityManager): Promise<string[]> {
    return this.needs.closedAmong(needIds, manager, { lock: true });
  }

  private async toMatchProfiles(facts: readonly ProfileMatchFacts[]): Promise<MatchProfile[]> {
    const groups = await this.iscoGroups(facts.flatMap((f) => [...f.occupations, ...f.wishedOccupations]));
    return facts.map((f) => toMatchProfile(f, groups));
  }

  private async toMatchNeeds(facts: readonly NeedMatchFacts[], context: MatchContext): Promise<MatchNeed[]> {
    const groups = await this.iscoGroups(facts.flatMap((f) => (f.occupationUri ? [f.occupationUri] : [])));
    return facts.map((f) => toMatchNeed(f, groups, context));
  }

  /** Occupation URI → ISCO group, for the occupations that exist in ESCO now. */
  private async iscoGroups(occupationUris: readonly string[]): Promise<Map<string, string>> {
    const occupations = await this.esco.occupationsByUris(occupationUris);
    return new Map([...occupations.values()].map((o) => [o.uri, o.iscoGroup]));
  }
}

function toMatchProfile(facts: ProfileMatchFacts, iscoGroups: ReadonlyMap<string, string>): MatchProfile {
  // Distinct and sorted, as the groups of the person's occupations and wished occupations.
  const groups = new Set([...facts.occupations, ...facts.wishedOccupations].flatMap((uri) => iscoGroups.get(uri) ?? []));
  return {
    id: facts.id,
    matchingConsent: facts.matchingConsent,
    skills: facts.skills,
    occupations: facts.occupations,
    wishedOccupations: facts.wishedOccupations,
    iscoGroups: [...groups].sort(),
    homeMunicipalityCode: facts.homeMunicipalityCode,
    home: facts.homeLatitude !== null && facts.homeLongitude !== null ? { latitude: facts.homeLatitude, longitude: facts.homeLongitude } : null,
    commuteRadiusKm: facts.commuteRadiusKm,
    acceptableMunicipalityCodes: facts.acceptableMunicipalityCodes,
    remoteOk: facts.remoteOk,
    hoursMin: facts.hoursMin,
    hoursMax: facts.hoursMax,
    languages: facts.languages,
    drivingLicences: facts.drivingLicences,
    capability: facts.capability,
    adjustmentsNeeded: facts.adjustmentsNeeded,
  };
}

/** The employer's skills plus the occupation's ESCO skills: required ones are essential, wished ones optional. */
function toMatchNeed(facts: NeedMatchFacts, iscoGroups: ReadonlyMap<string, string>, context: MatchContext): MatchNeed {
  const occupation = facts.occupationUri ? context.occupations.get(facts.occupationUri) : undefined;
  const essential = new Set([...facts.requiredSkills, ...(occupation?.essentialSkills ?? [])]);
  const optional = new Set([...facts.wishedSkills, ...(occupation?.optionalSkills ?? [])].filter((uri) => !essential.has(uri)));
  return {
    id: facts.id,
    occupationUri: facts.occupationUri,
    iscoGroup: facts.occupationUri ? (iscoGroups.get(facts.occupationUri) ?? null) : null,
    essentialSkills: [...essential],
    optionalSkills: [...optional],
    employerRequiredSkills: facts.requiredSkills,
    municipalityCode: facts.municipalityCode,
    location: facts.latitude !== null && facts.longitude !== null ? { latitude: facts.latitude, longitude: facts.longitude } : null,
    remote: facts.remote,
    hoursMin: facts.hoursMin,
    hoursMax: facts.hoursMax,
    partTimePossible: facts.partTimePossible,
    drivingLicence: facts.drivingLicence,
    languages: facts.languages,
    adjustmentsOffered: facts.adjustmentsOffered,
    measuresOpenTo: facts.measuresOpenTo,
    openToPrecisionCapable: facts.openToPrecisionCapable,
    tasks: facts.tasks,
  };
}
