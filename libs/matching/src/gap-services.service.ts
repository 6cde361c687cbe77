import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AdviceArticleType, AdviceLanguage, AdviceService } from '@ytmt/advice';
import { MEASURE_REASONS, NeedRepository, ServiceCoverage, SuggestedServicesService, SuggestedServiceType } from '@ytmt/needs';
import { DataSource } from 'typeorm';
import { CandidateAccessReader } from './candidate-access.service';
import type { MatchExplanation } from './engine';

const TRAINING_CATEGORIES = ['LABOUR_MARKET_TRAINING', 'RECRUITMENT_TRAINING', 'APPRENTICESHIP'];
const SKILLS_SEARCHED = 3;
const PER_SEARCH = 3;
/** Searches of one page in flight at once: well below the connection pool, so other requests go on. */
const SEARCHES_AT_ONCE = 4;

export interface MatchGaps {
  services: SuggestedServiceType[];
  advice: AdviceArticleType[];
}

/** One match whose gaps are asked for; without adjustment details (point 7) no advice names adjustments. */
export interface GapRequest {
  needId: string;
  profileId: string;
  adjustmentDetails: boolean;
}

interface Search {
  coverage: ServiceCoverage;
  categories: string[];
  text: string | null;
  reason: string;
}

/** Asks each distinct question once per batch, however many matches ask it. */
/** Runs at most `size` of the given tasks at a time, in the order they are asked for. */
function concurrencyLimit(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finished task hands its place to the next waiting one; otherwise the place is freed.
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

class Memo<T> {
  private readonly values = new Map<string, Promise<T>>();
  get(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.values.get(key);
    if (!value) {
      value = compute();
      this.values.set(key, value);
    }
    return value;
  }
}

/**
 * Links the gaps of one match to what closes them, where the work is: a missing essential skill
 * to training that covers it, an open measure to its services, an adjustment to accommodation
 * services and advice. Matches of a page are answered together: the matches of one need share
 * its measures and its place, and their missing skills are the need's own, so searches, advice
 * and services are read once per distinct question rather than once per match.
 */
@Injectable()
export class GapServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suggestions: SuggestedServicesService,
    private readonly advice: AdviceService,
    private readonly reader: CandidateAccessReader,
    private readonly needs: NeedRepository,
  ) {}

  async forMatch(needId: string, profileId: string, adjustmentDetails = true): Promise<MatchGaps> {
    const [gaps] = await this.forMatches([{ needId, profileId, adjustmentDetails }]);
    return gaps;
  }

  /** The gaps of each match, in request order. */
  async forMatches(requests: readonly GapRequest[]): Promise<MatchGaps[]> {
    if (requests.length === 0) return [];
    const needs = new Map((await this.needs.load([...new Set(requests.map((r) => r.needId))])).map(({ need }) => [need.id, need]));
    const explanations = await this.explanations(requests);
    const explanationOf = (request: GapRequest) => explanations.get(pairKey(request.needId, request.profileId)) ?? null;
    const label = await this.reader.skillLabels(requests.flatMap((request) => missingSearched(explanationOf(request))));

    // The coverage of each need's place, once per place.
    const placeOf = (need: { municipalityCode: string | null }) => need.municipalityCode ?? '';
    const coverages = new Map<string, ServiceCoverage>();
    for (const place of new Set([...needs.values()].map(placeOf))) coverages.set(place, await this.suggestions.coverageOf(place || null));

    // Each distinct search and advice lookup of the page runs once; up to SEARCHES_AT_ONCE at a time,
    // so that one page neither waits for its searches one by one nor takes every connection.
    const limit = concurrencyLimit(SEARCHES_AT_ONCE);
    const searches = new Memo<string[]>();
    const advice = new Memo<AdviceArticleType[]>();
    const hitsOf = (search: Search) =>
      searches.get(JSON.stringify([search.coverage.municipalityCode, search.categories, search.text]), () => limit(() => this.hitIds(search)));
    const adviceOn = (adjustments: string[]) =>
      advice.get(JSON.stringify(adjustments), () =>
        limit(() => this.advice.forNeed({ measuresOpenTo: [], adjustmentsOffered: adjustments, anonymousRecruitment: false }, AdviceLanguage.FI)),
      );

    // Plans every match's searches in one synchronous pass (so every promise has a handler before any
    // can fail), then reads their hits in each match's own order.
    type Planned = { searches: { hits: Promise<string[]>; reason: string }[]; advice: Promise<AdviceArticleType[]> } | null;
    const planned: Planned[] = requests.map((request) => {
      const need = needs.get(request.needId);
      if (!need) return null;
      const explanation = explanationOf(request);
      const coverage = coverages.get(placeOf(need)) as ServiceCoverage;
      const planSearches: { hits: Promise<string[]>; reason: string }[] = [];
      const collect = (search: Search) => planSearches.push({ hits: hitsOf(search), reason: search.reason });

      for (const uri of missingSearched(explanation)) {
        collect({ coverage, categories: TRAINING_CATEGORIES, text: label(uri), reason: `Puuttuva osaaminen: ${label(uri)}` });
      }
      for (const measure of need.measuresOpenTo) {
        const { categoryCode, reason } = MEASURE_REASONS[measure];
        collect({ coverage, categories: [categoryCode], text: null, reason });
      }
      const adjustments = [...new Set([...(explanation?.adjustmentsRelied ?? []), ...(explanation?.adjustmentsNotOffered ?? [])])];
      if (adjustments.length > 0) {
        collect({ coverage, categories: ['ACCOMMODATION_ADVICE'], text: null, reason: 'Mukautukset: neuvontaa työpaikan mukauttamiseen' });
      }
      return { searches: planSearches, advice: adjustments.length > 0 && request.adjustmentDetails ? adviceOn(adjustments) : Promise.resolve([]) };
    });
    await Promise.all(planned.flatMap((plan) => (plan ? [...plan.searches.map((search) => search.hits), plan.advice] : [])));

    const perRequest: ({ reasons: Map<string, string[]>; advice: AdviceArticleType[] } | null)[] = [];
    for (const plan of planned) {
      if (!plan) {
        perRequest.push(null);
        continue;
      }
      const reasons = new Map<string, string[]>();
      for (const search of plan.searches) addReason(reasons, await search.hits, search.reason);
      perRequest.push({ reasons, advice: await plan.advice });
    }

    // One load of every service named; each match keeps its own order and reasons.
    const named = new Map<string, string[]>();
    for (const gaps of perRequest) for (const id of gaps?.reasons.keys() ?? []) named.set(id, []);
    const services = new Map((await this.suggestions.toSuggested(named)).map((suggested) => [suggested.service.id, suggested.service]));
    return perRequest.map((gaps) => {
      if (!gaps) return { services: [], advice: [] };
      const suggested = [...gaps.reasons].flatMap(([id, reasons]) => {
        const service = services.get(id);
        return service ? [{ service, reasons }] : [];
      });
      return { services: suggested, advice: gaps.advice };
    });
  }

  private async explanations(requests: readonly GapRequest[]): Promise<Map<string, MatchExplanation>> {
    const rows: { need_id: string; profile_id: string; explanation: MatchExplanation }[] = await this.dataSource.query(
      `SELECT m.need_id, m.profile_id, m.explanation
         FROM match_result m
         JOIN unnest($1::uuid[], $2::uuid[]) AS pair(need_id, profile_id) ON pair.need_id = m.need_id AND pair.profile_id = m.profile_id`,
      [requests.map((r) => r.needId), requests.map((r) => r.profileId)],
    );
    return new Map(rows.map((row) => [pairKey(row.need_id, row.profile_id), row.explanation]));
  }

  /** The ids one search finds, in its order (SuggestedServicesService.collect into an empty map). */
  private async hitIds(search: Search): Promise<string[]> {
    const found = new Map<string, string[]>();
    await this.suggestions.collect(found, { ...search, limit: PER_SEARCH });
    return [...found.keys()];
  }
}

function pairKey(needId: string, profileId: string): string {
  return `${needId}/${profileId}`;
}

function missingSearched(explanation: MatchExplanation | null): string[] {
  return (explanation?.missingEssentialSkills ?? []).slice(0, SKILLS_SEARCHED);
}

/** What SuggestedServicesService.collect does with a search's hits: each hit gains the reason once. */
function addReason(reasonsByService: Map<string, string[]>, hitIds: readonly string[], reason: string): void {
  for (const id of hitIds) {
    const reasons = reasonsByService.get(id) ?? [];
    if (!reasons.includes(reason)) reasonsByService.set(id, [...reasons, reason]);
  }
}
