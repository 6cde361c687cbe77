import type { MatchExplanation } from '../src/engine';
import { hireReliedOnCarvedRole } from '../src/candidacy-progress.service';

const explanation = (overrides: Partial<MatchExplanation> = {}): MatchExplanation => ({
  matchedEssentialSkills: [],
  missingEssentialSkills: [],
  matchedOptionalSkills: [],
  occupationRelation: 'SAME_OCCUPATION',
  tasks: [{ taskId: 't1', title: 'Tilausten keräily', kind: 'CORE', outcome: 'WITHIN', exceededDimensions: [], adjustmentsRelied: [] }],
  carvedOutTaskIds: [],
  adjustmentsRelied: [],
  adjustmentsNotOffered: [],
  distanceKm: null,
  placeReason: 'SAME_MUNICIPALITY',
  missingLanguages: [],
  missingDrivingLicence: null,
  parts: { skills: 1, occupation: 1, place: 1, workingTime: 1, capabilityFit: 1, adjustments: 1, language: 1, drivingLicence: 1 },
  ...overrides,
} as MatchExplanation);

describe('whether a hire relied on a carved role', () => {
  it('is true when a task was carved out or the fit rested on offered adjustments', () => {
    expect(hireReliedOnCarvedRole(explanation({ carvedOutTaskIds: ['t2'] }))).toBe(true);
    expect(hireReliedOnCarvedRole(explanation({ adjustmentsRelied: ['WORKING_TIME'] as MatchExplanation['adjustmentsRelied'] }))).toBe(true);
  });

  it('is false for a role taken as it is, or with no explanation kept', () => {
    expect(hireReliedOnCarvedRole(explanation())).toBe(false);
    expect(hireReliedOnCarvedRole(null)).toBe(false);
  });
});
