/** Tags are free text, but one spelling each: "Metalli ", "METALLI" and "metalli" are the same tag. */
export const TAG_MIN_LENGTH = 2;
export const TAG_MAX_LENGTH = 40;

/** The stored form of a tag, or null when nothing usable is left. */
export function normalizeTag(raw: string): string | null {
  const tag = raw
    .normalize('NFC')
    // Control characters would make lookalike tags.
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('fi-FI');
  if (tag.length < TAG_MIN_LENGTH || tag.length > TAG_MAX_LENGTH) return null;
  return tag;
}
