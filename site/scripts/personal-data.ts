import { HttpError } from './api.ts';
import { timeElement } from './format-date.ts';

/**
 * Personal data kept for offline use (the card, the coverage). The service worker answers these
 * requests from the network first, and from its `personal-v1` cache when the network is down,
 * marking such answers with `X-Served-From: cache`.
 */
export const PERSONAL_CACHE = 'personal-v1';
export const SERVED_FROM_HEADER = 'X-Served-From';

export interface PersonalData<T> {
  data: T;
  /** The answer is the copy kept on this device, not a fresh one from the server. */
  fromCache: boolean;
}

/** GET of a personal resource ("/api/card"); rejects with HttpError, or TypeError when offline with no copy kept. */
export async function fetchPersonal<T>(path: string): Promise<PersonalData<T>> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new HttpError(response.status);
  return { data: (await response.json()) as T, fromCache: response.headers.get(SERVED_FROM_HEADER) === 'cache' };
}

/**
 * Writes when the data were produced into `element`: "Informations à jour au 3 mars 2025 à
 * 14:05.", prefixed with "Hors ligne — " when they are the copy kept on this device.
 */
export function showFreshness(element: HTMLElement | null, updatedAt: string, fromCache: boolean): void {
  if (!element) return;
  const lead = fromCache || !navigator.onLine ? 'Hors ligne — informations à jour au ' : 'Informations à jour au ';
  element.replaceChildren(lead, timeElement(updatedAt), '.');
}
