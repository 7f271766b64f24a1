import { HttpError } from './api.ts';
import { timeElement } from './format-date.ts';
import { SERVED_FROM_HEADER } from './cache-names.ts';

/**
 * Personal data kept for offline use (the card, the coverage). The service worker answers these
 * requests from the network first, and from its personal cache when the network is down,
 * marking such answers with the SERVED_FROM_HEADER.
 */
interface PersonalData<T> {
  data: T;
  /** The answer is the copy kept on this device, not a fresh one from the server. */
  fromCache: boolean;
}

/** GET of a personal resource ("/api/card"); rejects with HttpError, or TypeError when offline with no copy kept. */
async function fetchPersonal<T>(path: string): Promise<PersonalData<T>> {
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

/**
 * Loads a personal resource and draws it. On failure, `showFailure` runs only when nothing is
 * drawn yet; a 401 is left to member-session.ts, which is already sending the person to sign-in.
 */
export async function loadPersonalView<T>(
  path: string,
  container: HTMLElement,
  draw: (data: T, fromCache: boolean) => void,
  showFailure: () => void,
): Promise<void> {
  try {
    const { data, fromCache } = await fetchPersonal<T>(path);
    draw(data, fromCache);
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return;
    if (container.childElementCount === 0) showFailure();
  }
}
