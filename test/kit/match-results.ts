import type { DataSource } from 'typeorm';

/** An explanation as the matching engine stores it in match_result: a close, fully fitting match. */
export function storedExplanation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    matchedEssentialSkills: [],
    missingEssentialSkills: [],
    matchedOptionalSkills: [],
    occupationRelation: 'NONE',
    tasks: [],
    carvedOutTaskIds: [],
    adjustmentsRelied: [],
    adjustmentsNotOffered: [],
    distanceKm: 5,
    placeReason: 'WITHIN_RADIUS',
    missingLanguages: [],
    missingDrivingLicence: null,
    parts: { skills: 0.8, occupation: 1, place: 0.9, workingTime: 1, capabilityFit: 1, adjustments: 1, language: 1, drivingLicence: 1 },
    ...overrides,
  };
}

/** Stores a suggestion of the person for the need as the engine would, without running the engine. */
export async function storeSuggestion(
  dataSource: DataSource,
  needId: string,
  profileId: string,
  { score = 0.8, explanation = storedExplanation() }: { score?: number; explanation?: Record<string, unknown> } = {},
): Promise<void> {
  await dataSource.query(
    `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at) VALUES ($1, $2, $3, $4, 'match-test', now())`,
    [needId, profileId, score, JSON.stringify(explanation)],
  );
}
