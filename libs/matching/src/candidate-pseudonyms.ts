// Pure: how a person is named on one need's candidate list. Keyed per need, so that the same
// person on two lists cannot be recognised as one by anyone without the secret (issue 11, point 7).
import { createHmac } from 'node:crypto';

// As the profile pseudonyms: no 0/O, 1/I/L, since they are read aloud on the phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function digest(secret: string, purpose: string, needId: string, profileId: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\u0000${needId}\u0000${profileId}`).digest();
}

/** "Hakija K7M2QX": stable for one person on one need, different on every other need. */
export function needPseudonym(secret: string, needId: string, profileId: string): string {
  const bytes = digest(secret, 'pseudonym', needId, profileId);
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[bytes[i] % ALPHABET.length];
  return `Hakija ${code}`;
}

/**
 * A UUID-shaped stand-in for the profile id on one need's list, accepted back by that list's
 * mutations. Coordinators outside the person's own area see only this.
 */
export function needReference(secret: string, needId: string, profileId: string): string {
  const bytes = digest(secret, 'reference', needId, profileId).subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export enum DistanceBand {
  UNDER_10_KM = 'UNDER_10_KM',
  FROM_10_TO_30_KM = 'FROM_10_TO_30_KM',
  FROM_30_TO_60_KM = 'FROM_30_TO_60_KM',
  OVER_60_KM = 'OVER_60_KM',
}

/** Coarse enough that distances to several needs do not triangulate a home. */
export function distanceBand(distanceKm: number | null): DistanceBand | null {
  if (distanceKm === null || !Number.isFinite(distanceKm)) return null;
  if (distanceKm < 10) return DistanceBand.UNDER_10_KM;
  if (distanceKm < 30) return DistanceBand.FROM_10_TO_30_KM;
  if (distanceKm < 60) return DistanceBand.FROM_30_TO_60_KM;
  return DistanceBand.OVER_60_KM;
}
