import { expect, type Page } from '@playwright/test';
import { ADHERENT, signInQuickly } from './accounts.ts';

export const MEMBER_NUMBER = '990012345';
export const OFFLINE_FRESHNESS = 'Hors ligne — informations à jour au';

/** Resolves once a service worker controls the page (it claims open pages when it activates). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Signs in, lets the service worker take control, then visits the card and the coverage once online. */
export async function visitPersonalPagesOnline(page: Page, origin: string): Promise<void> {
  await signInQuickly(page, origin, ADHERENT);
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto('/carte');
  await expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER);
  await page.goto('/garanties');
  await expect(page.getByRole('table').first()).toBeVisible();
}

/** Every text this site left in Cache Storage, IndexedDB and localStorage. */
export async function storedTexts(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const texts: string[] = [JSON.stringify({ ...localStorage })];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        texts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
      }
    }
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        texts.push(JSON.stringify(await new Promise((resolve) => (all.onsuccess = () => resolve(all.result)))));
      }
      db.close();
    }
    return texts.join('\n');
  });
}

