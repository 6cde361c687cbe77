/** The longest reason the API takes for closing a candidacy (shown to the jobseeker). */
export const CLOSURE_REASON_MAX = 300;

/** What the reason field's counter says: characters used and left, and whether it is too long. */
export function reasonCount(value: string): { used: number; left: number; tooLong: boolean } {
  // String length, as the API and the field's maxLength count.
  const used = value.length;
  return { used, left: Math.max(0, CLOSURE_REASON_MAX - used), tooLong: used > CLOSURE_REASON_MAX };
}

/** The reason as sent: trimmed, and none at all when only blanks were written. */
export function reasonToSend(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
