// Pure: builds what an employer may see of a candidate. Every field decision is here, in one place.
import type { CandidateProfileFacts } from '@ytmt/talent';
import type { EmployerStatus } from './candidate.enums';
import type { CandidacyClosureType, CandidacyProgressType, CandidateCardType, CandidateIdentityType } from './dto/candidate.types';
import type { MatchExplanation } from './engine';

/** A presented candidate: the profile's card facts, and what the candidate list adds to them. */
export interface CardSource extends CandidateProfileFacts {
  candidateId: string;
  position: number;
  score: number | null;
  explanation: MatchExplanation | null;
  presentedAt: Date;
  employerStatus: EmployerStatus;
  shareAdjustmentNeeds: boolean;
  /** Only given when a share request for this need was accepted. */
  identity: CandidateIdentityType | null;
  /** How the candidacy ended; absent or null while it is open. */
  closure?: CandidacyClosureType | null;
  /** Progress outcomes recorded on the candidacy. */
  progress?: CandidacyProgressType[];
}

export function toCandidateCard(source: CardSource, skillLabel: (uri: string) => string): CandidateCardType {
  const explanation = source.explanation;
  const carvedOut = new Set(explanation?.carvedOutTaskIds ?? []);
  return {
    candidateId: source.candidateId,
    label: `Ehdokas ${source.position}`,
    score: source.score,
    matchedSkills: [...(explanation?.matchedEssentialSkills ?? []), ...(explanation?.matchedOptionalSkills ?? [])].map((uri) => ({ uri, label: skillLabel(uri) })),
    missingSkills: (explanation?.missingEssentialSkills ?? []).map((uri) => ({ uri, label: skillLabel(uri) })),
    occupations: source.occupations,
    languages: source.languages,
    drivingLicences: source.drivingLicences,
    educationLevel: source.educationLevel,
    hoursMin: source.hoursMin,
    hoursMax: source.hoursMax,
    remoteOk: source.remoteOk,
    carvedOutTasks: (explanation?.tasks ?? []).filter((t) => carvedOut.has(t.taskId)).map((t) => t.title),
    adjustmentsNeeded: source.shareAdjustmentNeeds ? source.adjustmentsNeeded : null,
    presentedAt: source.presentedAt,
    employerStatus: source.employerStatus,
    identity: source.identity,
    closure: source.closure ?? null,
    progress: source.progress ?? [],
  };
}
