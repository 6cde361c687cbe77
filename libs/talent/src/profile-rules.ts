// Pure: no Nest, no I/O. Rules of a profile that span fields, and the data-minimising touches.
import { randomInt } from 'node:crypto';
import type { FieldProblem } from '@ytmt/core';

export interface ProfileRuleInput {
  hoursMin?: number | null;
  hoursMax?: number | null;
  homeLatitude?: number | null;
  homeLongitude?: number | null;
  commuteRadiusKm?: number | null;
  occupations: readonly string[];
  wishedOccupations: readonly string[];
}

export function profileRuleProblems(input: ProfileRuleInput, path = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.hoursMin != null && input.hoursMax != null && input.hoursMin > input.hoursMax) {
    problems.push({ path: `${path}.hoursMax`, message: 'must not be below hoursMin' });
  }
  if ((input.homeLatitude == null) !== (input.homeLongitude == null)) {
    problems.push({ path: `${path}.${input.homeLatitude == null ? 'homeLatitude' : 'homeLongitude'}`, message: 'give both coordinates, or neither' });
  }
  const both = input.wishedOccupations.findIndex((uri) => input.occupations.includes(uri));
  if (both >= 0) {
    problems.push({ path: `${path}.wishedOccupations[${both}]`, message: 'is already among the occupations worked in' });
  }
  return problems;
}

/** About a kilometre: enough to compute commuting distances, too coarse to point at a home. */
export function roundCoordinate(value: number | null | undefined): number | null {
  return value == null ? null : Math.round(value * 100) / 100;
}

// No 0/O, 1/I/L: pseudonyms are read aloud on the phone.
const PSEUDONYM_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newPseudonym(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += PSEUDONYM_ALPHABET[randomInt(PSEUDONYM_ALPHABET.length)];
  return `Hakija ${code}`;
}
