import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';

const MEMBER_NUMBER = '990012345';
const OFFLINE_FRESHNESS = 'Hors ligne — informations à jour au';

/** Resolves once a service worker controls the page (it claims open pages when it activates). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Signs in, lets the service worker take control, then visits the card and the coverage once online. */
async function visitPersonalPagesOnline(page: Page, origin: string): Promise<void> {
  await signInQuickly(page, origin, ADHERENT);
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto('/carte');
  await expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER);
  await page.goto('/garanties');
  await expect(page.getByRole('table').first()).toBeVisible();
}

/** Every text this site left in Cache Storage, IndexedDB and localStorage. */
async function storedTexts(page: Page): Promise<string> {
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

test('the service worker installs, then controls the page after a reload', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  const precached = await page.evaluate(async () => {
    const urls = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
    return urls.flat().map((url) => new URL(url).pathname);
  });
  expect(precached).toEqual(expect.arrayContaining(['/hors-ligne.html', '/carte.html', '/garanties.html', '/manifest.webmanifest']));
});

test('offline, the card and the coverage seen once stay readable, and say how fresh they are', async ({ page, context, baseURL }) => {
  await visitPersonalPagesOnline(page, baseURL!);
  await context.setOffline(true);
  const cardAnswer = await page.evaluate(async () => {
    const response = await fetch('/api/card');
    return { status: response.status, servedFrom: response.headers.get('X-Served-From'), body: await response.text() };
  });
  expect(cardAnswer).toMatchObject({ status: 200, servedFrom: 'cache', body: expect.stringContaining(MEMBER_NUMBER) });

  await page.goto('/carte', { waitUntil: 'commit' });
  // Measured in the page's own clock, from the start of the navigation.
  const cardShownAt = await page.waitForFunction(
    (number) => document.querySelector('#card-container')?.textContent?.includes(number) && performance.now(),
    MEMBER_NUMBER,
  );
  expect(await cardShownAt.jsonValue(), 'milliseconds before the card is visible offline').toBeLessThan(500);
  await expect(page.locator('#card-container')).toBeVisible();
  await expect(page.locator('#card-freshness')).toContainText(OFFLINE_FRESHNESS);

  await page.goto('/garanties');
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.locator('#coverage-freshness')).toContainText(OFFLINE_FRESHNESS);
});

test('offline, a page never stored shows the offline page', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/page-jamais-enregistree');
  await expect(page.getByRole('heading', { level: 1, name: 'Hors ligne' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ma carte mutualiste' })).toHaveAttribute('href', '/carte');
  await expect(page.getByRole('link', { name: 'Réessayer' })).toHaveAttribute('href', '/');
});

test('the card is still there offline after the browser is closed and opened again', async ({ baseURL, launchOptions }) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'espace-adherent-profile-'));
  const open = () => chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL: baseURL!, locale: 'fr-FR' });
  try {
    const first = await open();
    await visitPersonalPagesOnline(first.pages()[0] ?? (await first.newPage()), baseURL!);
    await first.close();

    const second = await open();
    await second.setOffline(true);
    const page = second.pages()[0] ?? (await second.newPage());
    await page.goto('/carte');
    await expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER);
    await expect(page.locator('#card-freshness')).toContainText(OFFLINE_FRESHNESS);
    await second.close();
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('after sign-out, no trace of the member number is left in the browser', async ({ page, baseURL }) => {
  await visitPersonalPagesOnline(page, baseURL!);
  await page.goto('/carte');
  await expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER);
  expect(await storedTexts(page)).toContain(MEMBER_NUMBER);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
  expect(await storedTexts(page)).not.toContain(MEMBER_NUMBER);
});

test('the presentation mode passes axe and gives the focus back', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/carte');
  await expect(page.getByText(MEMBER_NUMBER).first()).toBeVisible();
  const present = page.getByRole('button', { name: 'Présenter au professionnel' });
  await present.click();
  const close = page.getByRole('button', { name: 'Quitter la présentation' });
  await expect(close).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(present).toBeFocused();
});
