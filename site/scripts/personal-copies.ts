import { PERSONAL_CACHE } from './cache-names.ts';

/** Deletes this device's offline copies of the person's card and coverage (sign-out, account closing). */
export async function forgetPersonalCopies(): Promise<void> {
  // Cache Storage is the origin's, shared with the service worker: deleting it here is enough.
  if ('caches' in window) await caches.delete(PERSONAL_CACHE);
}
