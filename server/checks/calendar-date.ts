/**
 * Real calendar dates, within the years the service deals with (births, care, payments). A date
 * outside them is a typo, and the database refuses some of them (there is no year 0): they are
 * turned away here with a French message rather than reaching a query. No imports: shared by the
 * pages and the server.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The YYYY-MM-DD form of a day, or null when the calendar has no such day (31 February, month 13). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March: a real day comes back unchanged.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a YYYY-MM-DD text names a real day of the years above. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}
