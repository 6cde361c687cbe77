import type { ShareRequestStatus } from '../../gql/graphql';

/**
 * The API names what an accepted request would share in Finnish words (`wouldShare`); the page
 * shows them in the chosen language. A word it does not know is shown as the API gave it.
 */
const SHARED_FIELD_KEYS: Record<string, string> = {
  etunimi: 'firstName',
  sukunimi: 'lastName',
  sähköposti: 'email',
  puhelin: 'phone',
};

export function sharedFieldKey(word: string): string | null {
  return SHARED_FIELD_KEYS[word.trim().toLowerCase()] ?? null;
}

/** Waiting for the person's answer first (soonest deadline first), then the rest newest first. */
export function splitShareRequests<T extends { status: ShareRequestStatus; deadline: string; requestedAt: string }>(requests: readonly T[]): { open: T[]; closed: T[] } {
  const open = requests.filter((r) => r.status === 'REQUESTED').sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline));
  const closed = requests.filter((r) => r.status !== 'REQUESTED').sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt));
  return { open, closed };
}

/** The name of the downloaded copy: `<prefix>-YYYY-MM-DD.json`, the date in the person's own time zone. */
export function exportFileName(prefix: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** How many items of each kind the export holds, for the sentence after the download. */
export function exportSummary(json: string): { shareRequests: number; candidacies: number; accessLog: number } | null {
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
    return { shareRequests: count(parsed['shareRequests']), candidacies: count(parsed['candidacies']), accessLog: count(parsed['accessLog']) };
  } catch {
    return null;
  }
}
