import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForServiceWorker } from './support/offline.ts';

const SIX_MONTHS_AND_A_DAY_MS = 183 * 24 * 3600 * 1000;

/** A browser that never came here: no cookie choice yet. */
async function firstVisit(browser: Browser, baseURL: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR', storageState: { cookies: [], origins: [] }, ...options });
  const page = await context.newPage();
  const measurements: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/audience/')) measurements.push(new URL(request.url()).pathname);
  });
  return { context, page, measurements };
}

const panel = (page: Page) => page.getByRole('region', { name: 'Cookies : votre choix' });
const consentCookie = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === 'consentement');

test('first visit: the question comes first, refusing is as easy as accepting, nothing is measured', async ({ browser, baseURL }) => {
  const { context, page, measurements } = await firstVisit(browser, baseURL!);
  await page.goto('/');
  await expect(panel(page)).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await page.keyboard.press('Tab');
  const accept = panel(page).getByRole('button', { name: 'Tout accepter' });
  const refuse = panel(page).getByRole('button', { name: 'Tout refuser' });
  await expect(accept).toBeFocused();

  const look = (button: typeof accept) =>
    button.evaluate((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return [style.color, style.backgroundColor, style.fontSize, style.fontWeight, Math.round(box.width), Math.round(box.height)];
    });
  expect(await look(refuse)).toEqual(await look(accept));
  await expect(panel(page).getByRole('link', { name: 'Personnaliser' })).toHaveAttribute('href', '/cookies#choix');

  // Browsing without answering: no measurement, no cookie at all.
  await page.goto('/accessibilite');
  await page.goto('/cgu');
  await page.waitForLoadState('networkidle');
  expect(measurements).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await expectNoAxeViolations(page);
  await context.close();
});

test('a refusal is kept like an acceptance: the panel goes, nothing is measured, no flash on return', async ({ browser, baseURL }) => {
  const { context, page, measurements } = await firstVisit(browser, baseURL!);
  await page.goto('/');
  await panel(page).getByRole('button', { name: 'Tout refuser' }).click();
  await expect(panel(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Choix enregistré' })).toContainText("mesure d'audience refusée");
  await expect(page.locator('main')).toBeFocused();
  expect((await consentCookie(page))?.value).toMatch(/^[\w-]+\.0\.\d+\.[\d-]+$/);

  // Before the first paint of the next pages, <html> already says a choice stands.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      sessionStorage.setItem('consentAtFirstPaint', document.documentElement.getAttribute('data-consent') ?? 'none');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/cgu');
  expect(await page.evaluate(() => sessionStorage.getItem('consentAtFirstPaint'))).toBe('necessary');
  await expect(panel(page)).toBeHidden();
  await page.waitForLoadState('networkidle');
  expect(measurements).toEqual([]);
  await context.close();
});

test('an acceptance counts this page and the next ones, on our own server only', async ({ browser, baseURL }) => {
  const { context, page, measurements } = await firstVisit(browser, baseURL!);
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto('/accessibilite');
  const counted = page.waitForResponse((response) => response.url().endsWith('/api/audience/page-views'));
  await panel(page).getByRole('button', { name: 'Tout accepter' }).click();
  expect((await counted).status()).toBe(204);
  await page.goto('/cgu');
  await expect.poll(() => measurements.length).toBe(2);
  expect([...hosts]).toEqual([new URL(baseURL!).host]);
  await context.close();
});

test('customise, then withdraw from « Gestion des cookies »', async ({ browser, baseURL }) => {
  const { context, page, measurements } = await firstVisit(browser, baseURL!);
  await page.goto('/');
  await panel(page).getByRole('link', { name: 'Personnaliser' }).click();
  await expect(page).toHaveURL(/\/cookies#choix$/);
  await expect(page.getByText("Vous n'avez pas encore fait de choix")).toBeVisible();

  await page.getByRole('radio', { name: "J'accepte" }).check();
  await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Choix enregistré' })).toContainText('acceptée');
  await expect(page.getByText(/vous avez accepté la mesure d'audience/)).toBeVisible();
  await expect.poll(() => measurements.length).toBe(1);

  // Withdrawing is as easy: the footer link, one choice, one button.
  await page.goto('/accessibilite');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Gestion des cookies' }).click();
  await page.getByRole('radio', { name: 'Je refuse' }).check();
  await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
  await expect(page.getByText(/vous avez refusé la mesure d'audience/)).toBeVisible();
  const before = measurements.length;
  await page.goto('/cgu');
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(measurements.length).toBe(before);
  await expectNoAxeViolations(page);
  await context.close();
});

test('after six months the question is asked again, and nothing is measured meanwhile', async ({ browser, baseURL }) => {
  const { context, page, measurements } = await firstVisit(browser, baseURL!);
  await page.goto('/');
  await panel(page).getByRole('button', { name: 'Tout accepter' }).click();
  await expect(panel(page)).toBeHidden();
  await expect.poll(() => measurements.length).toBe(1);
  // The pages come from the service worker's copies, where the page's own clock decides.
  await waitForServiceWorker(page);

  await page.clock.install({ time: Date.now() + SIX_MONTHS_AND_A_DAY_MS });
  await page.goto('/cgu');
  await expect(panel(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(measurements.length).toBe(1);
  await context.close();
});

test('without JavaScript the panel is a plain form that brings the person back', async ({ browser, baseURL }) => {
  const { context, page } = await firstVisit(browser, baseURL!, { javaScriptEnabled: false });
  await page.goto('/cgu');
  await panel(page).getByRole('button', { name: 'Tout refuser' }).click();
  await expect(page).toHaveURL(/\/cgu$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await consentCookie(page))?.value).toMatch(/\.0\.\d+\./);
  await expect(panel(page)).toHaveCount(0);
  await page.goto('/accessibilite');
  await expect(panel(page)).toHaveCount(0);
  await context.close();
});

test('at 320 px with 200 % text the panel and /cookies do not scroll sideways', async ({ browser, baseURL }) => {
  const { context, page } = await firstVisit(browser, baseURL!, { viewport: { width: 320, height: 640 }, bypassCSP: true });
  for (const path of ['/', '/cookies']) {
    await page.goto(path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await expect(panel(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
