/** What the card says about itself: usable, soon to end (a new one will be needed), or no longer usable. */
export type CardStatus = 'valid' | 'expiring' | 'expired';

/** Dates as YYYY-MM-DD, the way the database gives them. */
export interface Coverage {
  affiliationDate: string;
  terminationDate: string | null;
  contractEndDate: string | null;
}

export interface CardValidity {
  from: string;
  to: string;
  status: CardStatus;
}

/** A card still valid this many days or fewer is announced as about to expire. */
const EXPIRING_WITHIN_DAYS = 30;

/**
 * The card covers one civil year, cut by the start and the end of the coverage. Once the coverage
 * has ended, the card shown is the last one issued: that of the year the coverage ended.
 */
export function cardValidity(coverage: Coverage, today: string): CardValidity {
  const coverageEnd = earliest(coverage.terminationDate, coverage.contractEndDate);
  const reference = coverageEnd !== null && coverageEnd < today ? coverageEnd : today;
  const year = reference.slice(0, 4);
  const from = latest(`${year}-01-01`, coverage.affiliationDate);
  const to = earliest(`${year}-12-31`, coverageEnd)!;
  return { from, to, status: status(to, today) };
}

function status(to: string, today: string): CardStatus {
  if (today > to) return 'expired';
  return daysBetween(today, to) <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

/** Today's date in mainland France, where the card is used, whatever the server's time zone. */
export function parisDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** "2026-12-31" → "31/12/2026", as printed on the card. */
export function frenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function earliest(a: string, b: string | null): string;
function earliest(a: string | null, b: string | null): string | null;
function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function latest(a: string, b: string): string {
  return a > b ? a : b;
}
