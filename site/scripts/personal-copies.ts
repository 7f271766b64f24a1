import { PERSONAL_CACHE } from './cache-names.ts';

/** Deletes this device's offline copies of the person's card and coverage (sign-out, account closing). */
export async function forgetPersonalCopies(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: 'FORGET_PERSONAL_DATA' });
  if ('caches' in window) await caches.delete(PERSONAL_CACHE);
}
