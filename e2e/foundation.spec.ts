import { expect, test } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';

test('the home page works before any script and carries its security headers', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/');
  expect(response!.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-encoding']).toBe('br');
  await expect(page.getByRole('heading', { level: 1, name: 'Votre espace adhérent' })).toBeVisible();
  await context.close();
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focusedInMain).toBe(true);
});

test('every page offers the footer links to accessibility, legal notice and cookie management', async ({ page }) => {
  await page.goto('/plan-du-site');
  const footer = page.getByRole('navigation', { name: 'Pied de page' });
  for (const name of ['Accessibilité', 'Mentions légales', 'Gestion des cookies']) {
    await expect(footer.getByRole('link', { name })).toBeVisible();
  }
});

test('no page scrolls sideways at 320 px wide with 200 % text', async ({ browser, baseURL }) => {
  // bypassCSP only lets the test inject its enlarging style sheet.
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await context.newPage();
  await signInQuickly(page, baseURL!, ADHERENT);
  for (const { path } of siteRoutes) {
    await page.goto(path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('an unknown address shows the French 404 page', async ({ page }) => {
  const response = await page.goto('/nulle-part');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
});
