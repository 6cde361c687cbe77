// Pure: the share request's deadline as a person types it (d.M.yyyy, as the date picker writes
// it) and as the API wants it (the end of that day, as an instant).

export function displayDate(date: Date): string {
  return `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`;
}

/** The default answer time: a week from today. */
export function defaultDeadline(now: Date = new Date()): string {
  const date = new Date(now);
  date.setDate(date.getDate() + 7);
  return displayDate(date);
}

/** The end of the typed day as an ISO instant; null when the text is not a real date. */
export function deadlineInstant(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 23, 59, 0, 0);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.toISOString();
}
