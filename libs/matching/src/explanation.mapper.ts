import type { Adjustment, LanguageLevel, TaskKind } from '@ytmt/needs';
import { distanceBand } from './candidate-pseudonyms';
import type { MatchExplanationType, TaskOutcome } from './dto/candidate.types';
import type { MatchExplanation } from './engine';

/** What the viewer may learn of the person from an explanation (issue 11, point 7). */
export interface ExplanationView {
  /**
   * Which demand dimensions the person exceeds and which adjustments they rely on: for
   * coordinators of the person's own area, or with the SHARE_ADJUSTMENT_NEEDS consent. Without
   * it, only whether the role fits with adjustments.
   */
  workAbilityDetails: boolean;
  /** The distance in kilometres (own area); otherwise a band. */
  exactDistance: boolean;
}

export const FULL_VIEW: ExplanationView = { workAbilityDetails: true, exactDistance: true };

/** The stored explanation (URIs) as the API shows it (with labels), within what the viewer may see. */
export function toExplanationType(
  explanation: MatchExplanation,
  skillLabel: (uri: string) => string,
  view: ExplanationView = FULL_VIEW,
): MatchExplanationType {
  const ref = (uri: string) => ({ uri, label: skillLabel(uri) });
  const carved = new Set(explanation.carvedOutTaskIds);
  const details = view.workAbilityDetails;
  return {
    matchedEssentialSkills: explanation.matchedEssentialSkills.map(ref),
    missingEssentialSkills: explanation.missingEssentialSkills.map(ref),
    matchedOptionalSkills: explanation.matchedOptionalSkills.map(ref),
    occupationRelation: explanation.occupationRelation,
    occupationInferred: (explanation.inferredOccupation ?? null) !== null,
    // Results stored by engines before match-2.0.0 lack the count.
    optionalSkillCount: explanation.optionalSkillCount ?? null,
    tasks: explanation.tasks.map((t) => ({
      title: t.title,
      kind: t.kind as TaskKind,
      outcome: t.outcome as TaskOutcome,
      exceededDimensions: details ? t.exceededDimensions : [],
      adjustmentsRelied: details ? (t.adjustmentsRelied as Adjustment[]) : [],
    })),
    carvedOutTasks: explanation.tasks.filter((t) => carved.has(t.taskId)).map((t) => t.title),
    fitsWithAdjustments: explanation.adjustmentsRelied.length > 0 || explanation.tasks.some((t) => t.outcome === 'ADJUSTED'),
    workAbilityDetailsHidden: !details,
    adjustmentsRelied: details ? (explanation.adjustmentsRelied as Adjustment[]) : [],
    adjustmentsNotOffered: details ? (explanation.adjustmentsNotOffered as Adjustment[]) : [],
    distanceKm: view.exactDistance ? explanation.distanceKm : null,
    distanceBand: distanceBand(explanation.distanceKm),
    placeReason: explanation.placeReason,
    missingLanguages: explanation.missingLanguages.map((l) => ({ language: l.language, level: l.level as LanguageLevel })),
    missingDrivingLicence: explanation.missingDrivingLicence,
    parts: explanation.parts,
  };
}

/** Every skill URI an explanation mentions, for one label lookup. */
export function explanationSkillUris(explanation: MatchExplanation | null): string[] {
  if (!explanation) return [];
  return [...explanation.matchedEssentialSkills, ...explanation.missingEssentialSkills, ...explanation.matchedOptionalSkills];
}
