import type { Adjustment, LanguageLevel, TaskKind } from '@ytmt/needs';
import type { MatchExplanationType, TaskOutcome } from './dto/candidate.types';
import type { MatchExplanation } from './engine';

/** The stored explanation (URIs) as the API shows it (with labels). */
export function toExplanationType(explanation: MatchExplanation, skillLabel: (uri: string) => string): MatchExplanationType {
  const ref = (uri: string) => ({ uri, label: skillLabel(uri) });
  const carved = new Set(explanation.carvedOutTaskIds);
  return {
    matchedEssentialSkills: explanation.matchedEssentialSkills.map(ref),
    missingEssentialSkills: explanation.missingEssentialSkills.map(ref),
    matchedOptionalSkills: explanation.matchedOptionalSkills.map(ref),
    occupationRelation: explanation.occupationRelation,
    tasks: explanation.tasks.map((t) => ({
      title: t.title,
      kind: t.kind as TaskKind,
      outcome: t.outcome as TaskOutcome,
      exceededDimensions: t.exceededDimensions,
      adjustmentsRelied: t.adjustmentsRelied as Adjustment[],
    })),
    carvedOutTasks: explanation.tasks.filter((t) => carved.has(t.taskId)).map((t) => t.title),
    adjustmentsRelied: explanation.adjustmentsRelied as Adjustment[],
    adjustmentsNotOffered: explanation.adjustmentsNotOffered as Adjustment[],
    distanceKm: explanation.distanceKm,
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
