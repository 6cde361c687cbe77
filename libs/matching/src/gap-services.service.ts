import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AdviceArticleType, AdviceLanguage, AdviceService } from '@ytmt/advice';
import { Measure, MEASURE_REASONS, SuggestedServicesService, SuggestedServiceType } from '@ytmt/needs';
import { DataSource } from 'typeorm';
import { CandidateAccessReader } from './candidate-access.service';
import type { MatchExplanation } from './engine';

const TRAINING_CATEGORIES = ['LABOUR_MARKET_TRAINING', 'RECRUITMENT_TRAINING', 'APPRENTICESHIP'];
const SKILLS_SEARCHED = 3;

export interface MatchGaps {
  services: SuggestedServiceType[];
  advice: AdviceArticleType[];
}

/**
 * Links the gaps of one match to what closes them, where the work is: a missing essential skill
 * to training that covers it, an open measure to its services, an adjustment to accommodation
 * services and advice.
 */
@Injectable()
export class GapServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suggestions: SuggestedServicesService,
    private readonly advice: AdviceService,
    private readonly reader: CandidateAccessReader,
  ) {}

  /** Without adjustment details (point 7), accommodation help is suggested generically, no advice naming adjustments. */
  async forMatch(needId: string, profileId: string, adjustmentDetails = true): Promise<MatchGaps> {
    const [row] = await this.dataSource.query(
      `SELECT n.municipality_code, n.measures_open_to::text[] AS measures, m.explanation
         FROM need n LEFT JOIN match_result m ON m.need_id = n.id AND m.profile_id = $2 WHERE n.id = $1`,
      [needId, profileId],
    );
    if (!row) return { services: [], advice: [] };
    const explanation = row.explanation as MatchExplanation | null;
    const coverage = await this.suggestions.coverageOf(row.municipality_code as string | null);
    const reasons = new Map<string, string[]>();

    const missing = (explanation?.missingEssentialSkills ?? []).slice(0, SKILLS_SEARCHED);
    const label = await this.reader.skillLabels(missing);
    for (const uri of missing) {
      await this.suggestions.collect(reasons, { coverage, categories: TRAINING_CATEGORIES, text: label(uri), reason: `Puuttuva osaaminen: ${label(uri)}`, limit: 3 });
    }
    for (const measure of row.measures as Measure[]) {
      const { categoryCode, reason } = MEASURE_REASONS[measure];
      await this.suggestions.collect(reasons, { coverage, categories: [categoryCode], text: null, reason, limit: 3 });
    }
    const adjustments = [...new Set([...(explanation?.adjustmentsRelied ?? []), ...(explanation?.adjustmentsNotOffered ?? [])])];
    if (adjustments.length > 0) {
      await this.suggestions.collect(reasons, { coverage, categories: ['ACCOMMODATION_ADVICE'], text: null, reason: 'Mukautukset: neuvontaa työpaikan mukauttamiseen', limit: 3 });
    }
    const advice = adjustments.length > 0 && adjustmentDetails
      ? await this.advice.forNeed({ measuresOpenTo: [], adjustmentsOffered: adjustments, anonymousRecruitment: false }, AdviceLanguage.FI)
      : [];
    return { services: await this.suggestions.toSuggested(reasons), advice };
  }
}
