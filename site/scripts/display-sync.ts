import { api, bodyOf } from './api.ts';
import { storeDisplay, storedDisplay } from './display-settings.ts';

/**
 * Brings this device and the account to the same settings: a change made here (even offline)
 * is sent; otherwise a newer choice made on another device is taken. The server keeps the
 * latest change by its date, so the order in which devices reconnect does not matter.
 */
export async function syncDisplayWithAccount(): Promise<void> {
  const local = storedDisplay();
  try {
    if (local?.pending) {
      const { pending: _, ...change } = local;
      const { preferences } = await bodyOf(await api.preferences.display.$put({ json: change }));
      storeDisplay(preferences, false);
      return;
    }
    const { preferences } = await bodyOf(await api.preferences.display.$get());
    if (preferences && (!local || preferences.updatedAt > local.updatedAt)) storeDisplay(preferences, false);
  } catch {
    // Offline, or signed out meanwhile: the change stays pending for the next connection.
  }
}
