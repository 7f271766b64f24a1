/**
 * Dates written the French way. Calendar dates ("2025-03-03") and months ("2025-03") name a day
 * or a month wherever the reader is, so they are read in UTC; instants are shown in the reader's
 * own time zone unless one is given.
 */
const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const dayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "2025-03-03" → "3 mars 2025". */
export function longDate(isoDate: string): string {
  return LONG_DATE.format(dayOf(isoDate));
}

/** "2026-01-01" → "1 janv. 2026", for tables where room is short. */
export function shortDate(isoDate: string): string {
  return SHORT_DATE.format(dayOf(isoDate));
}

/** "2026-01" → "janvier 2026". */
export function monthName(isoMonth: string): string {
  return MONTH.format(dayOf(`${isoMonth}-01`));
}

/** "2025-03-03T13:05:00Z" → "3 mars 2025 à 14:05" (in Paris). */
export function dateAndTime(isoInstant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', ...(timeZone && { timeZone }) }).format(new Date(isoInstant));
}
