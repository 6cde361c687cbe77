// The simplest possible matcher, for the evaluation to beat: how many words a need's text and a
// profile's text share. No ESCO, no place, no hours, no capability.

/** Lower-cased words: runs of letters and digits (ä, ö, å included). */
export function textTokens(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Jaccard index of the two texts' word sets, 0…1; 0 when either text has no words. */
export function textOverlapScore(needText: string, profileText: string): number {
  return tokenJaccard(textTokens(needText), textTokens(profileText));
}

/** Jaccard index of two word sets already split by textTokens (to split each profile once, not once per need). */
export function tokenJaccard(need: ReadonlySet<string>, profile: ReadonlySet<string>): number {
  if (need.size === 0 || profile.size === 0) return 0;
  let shared = 0;
  for (const token of need) if (profile.has(token)) shared++;
  return shared / (need.size + profile.size - shared);
}
