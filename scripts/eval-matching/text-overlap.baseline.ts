// The simplest possible matcher, for the evaluation to beat: how many words a need's text and a
// profile's text share. No ESCO, no place, no hours, no capability.

/** Lower-cased words: runs of letters and digits (ä, ö, å included). */
export function textTokens(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Jaccard index of the two texts' word sets, 0…1; 0 when either text has no words. */
export function textOverlapScore(needText: string, profileText: string): number {
  const need = textTokens(needText);
  const profile = textTokens(profileText);
  if (need.size === 0 || profile.size === 0) return 0;
  let shared = 0;
  for (const token of need) if (profile.has(token)) shared++;
  return shared / (need.size + profile.size - shared);
}
