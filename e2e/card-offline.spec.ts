import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useDisplaySettings } from './support/display.ts';
import { MEMBER_NUMBER, OFFLINE_FRESHNESS, storedTexts, visitPersonalPagesOnline, waitForServiceWorker } from './support/offline.ts';

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

test('after sign-out, no trace of the member number is left in the browser, and the display settings stay', async ({ page, baseURL }) => {
  await useDisplaySettings(page, { contrast: 'high' });
  await visitPersonalPagesOnline(page, baseURL!);
  await page.goto('/carte');
  await expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER);
  expect(await storedTexts(page)).toContain(MEMBER_NUMBER);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
  expect(await storedTexts(page)).not.toContain(MEMBER_NUMBER);
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
});

test('the presentation mode stays black on white in the dark high-contrast mode', async ({ page, baseURL }) => {
  await useDisplaySettings(page, { contrast: 'high', theme: 'dark' });
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/carte');
  await expect(page.getByText(MEMBER_NUMBER).first()).toBeVisible();
  await page.getByRole('button', { name: 'Présenter au professionnel' }).click();
  const leave = page.getByRole('button', { name: 'Quitter la présentation' });
  const colours = await leave.evaluate((button) => {
    const style = getComputedStyle(button);
    return [getComputedStyle(document.documentElement).backgroundColor, style.backgroundColor, style.color];
  });
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await expectNoAxeViolations(page);
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

test('when the session ends elsewhere, the next answer 401 wipes the offline copies', async ({ page, browser, baseURL }) => {
  await visitPersonalPagesOnline(page, baseURL!);
  expect(await storedTexts(page)).toContain(MEMBER_NUMBER);

  // The same person, on another device, closes every other session.
  const otherDevice = await browser.newContext({ baseURL: baseURL! });
  const otherPage = await otherDevice.newPage();
  await signInQuickly(otherPage, baseURL!, ADHERENT);
  const closing = await otherPage.request.post('/api/account/sessions/sign-out-others', { headers: { Origin: baseURL! } });
  expect(closing.status()).toBe(200);
  await otherDevice.close();

  await page.goto('/carte');
  await expect(page).toHaveURL(/\/connexion/);
  await expect.poll(() => storedTexts(page)).not.toContain(MEMBER_NUMBER);
});

test('on a network too slow to answer within 4 s, the card comes from the offline copy', async ({ page, context, baseURL }) => {
  await visitPersonalPagesOnline(page, baseURL!);
  // Holds the card's request, as a saturated mobile network would.
  await context.route('**/api/card', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await route.continue().catch(() => undefined);
  });
  const started = Date.now();
  await page.goto('/carte');
  await expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER, { timeout: 7_000 });
  await expect(page.locator('#card-freshness')).toContainText(OFFLINE_FRESHNESS);
  expect(Date.now() - started, 'milliseconds before the card is shown').toBeLessThan(6_500);
});
