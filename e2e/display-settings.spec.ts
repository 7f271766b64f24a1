import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DISPLAY } from '../domain/display-preferences.ts';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly, tabTo } from './support/accounts.ts';
import { useDisplaySettings } from './support/display.ts';

async function openDisplayPanel(page: Page) {
  const toggle = page.getByRole('button', { name: 'Affichage', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return page.locator('#display-panel');
}

const bodyStyle = (page: Page, property: string) =>
  page.evaluate((name) => getComputedStyle(document.body).getPropertyValue(name), property);
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the « Affichage » panel works with the keyboard alone and gives the focus back', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Affichage', exact: true });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('#display-panel');
  await expect(panel.getByRole('heading', { name: "Réglages d'affichage" })).toBeVisible();
  await expect(panel.getByRole('radio', { name: 'Standard' }).first()).toBeFocused();

  // Arrow keys move within a group of radio buttons, and the choice applies at once.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expect(panel.getByRole('status')).toHaveText('Contraste : Élevé.');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('each setting changes what it should', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await page.goto('/connexion');
  const panel = await openDisplayPanel(page);

  await panel.getByRole('radio', { name: 'Élevé' }).check();
  expect(await bodyStyle(page, 'color')).toBe('rgb(0, 0, 0)');
  expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
  const browserBars = page.locator('meta[name="theme-color"]');
  await panel.getByRole('radio', { name: 'Sombre' }).check();
  expect(await bodyStyle(page, 'color')).toBe('rgb(255, 255, 255)');
  expect(await pageBackground(page)).toBe('rgb(0, 0, 0)');
  await expect(browserBars).toHaveAttribute('content', '#000000');
  await panel.getByRole('radio', { name: 'Standard' }).first().check();
  expect(await pageBackground(page)).toBe('rgb(18, 20, 23)');
  await expect(browserBars).toHaveAttribute('content', '#1d2126');
  await panel.getByRole('radio', { name: 'Clair' }).check();
  expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
  await expect(browserBars).toHaveAttribute('content', '#0b4f6c');

  expect(fontRequests, 'no font is downloaded before the dyslexia mode is chosen').toEqual([]);
  await panel.getByRole('radio', { name: /Adaptée à la dyslexie/ }).check();
  expect(await bodyStyle(page, 'font-family')).toMatch(/^"Atkinson Hyperlegible"/);
  const fontSize = parseFloat(await bodyStyle(page, 'font-size'));
  expect(parseFloat(await bodyStyle(page, 'letter-spacing'))).toBeCloseTo(0.12 * fontSize, 1);
  expect(parseFloat(await bodyStyle(page, 'word-spacing'))).toBeCloseTo(0.16 * fontSize, 1);
  expect(parseFloat(await bodyStyle(page, 'line-height'))).toBeGreaterThanOrEqual(1.5 * fontSize);
  await expect.poll(() => fontRequests.some((url) => url.includes('atkinson-hyperlegible'))).toBe(true);

  await panel.getByRole('radio', { name: '200 %' }).check();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');

  const buttonTransition = () =>
    page.getByRole('button', { name: 'Se connecter' }).evaluate((button) => getComputedStyle(button).transitionDuration);
  await panel.getByRole('radio', { name: 'Normales' }).check();
  expect(await buttonTransition()).toMatch(/^0\.15s/);
  await panel.getByRole('radio', { name: 'Réduites' }).check();
  expect(await buttonTransition()).toMatch(/^1e-05s/);

  await panel.getByRole('button', { name: "Rétablir l'affichage par défaut" }).click();
  await expect(panel.getByRole('status')).toHaveText('Affichage par défaut rétabli.');
  const html = page.locator('html');
  for (const attribute of ['data-contrast', 'data-font', 'data-motion', 'style']) {
    expect(await html.getAttribute(attribute), attribute).toBeFalsy();
  }
  await expect(panel.getByRole('radio', { name: '100 %' })).toBeChecked();
});

test('the settings are on <html> before the page is drawn, after a reload and offline', async ({ page, context }) => {
  // Records <html> the moment <body> starts, that is before anything can be painted.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const root = document.documentElement;
      sessionStorage.setItem('atFirstPaint', JSON.stringify([root.dataset['contrast'], root.dataset['theme'], root.style.fontSize]));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const panel = await openDisplayPanel(page);
  await panel.getByRole('radio', { name: 'Élevé' }).check();
  await panel.getByRole('radio', { name: 'Sombre' }).check();
  await panel.getByRole('radio', { name: '150 %' }).check();

  const atFirstPaint = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('atFirstPaint') ?? 'null'));
  await page.reload();
  expect(await atFirstPaint()).toEqual(['high', 'dark', '150%']);

  await context.setOffline(true);
  await page.goto('/accessibilite');
  expect(await atFirstPaint()).toEqual(['high', 'dark', '150%']);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('at 320 px wide with the text at 200 %, no page scrolls sideways', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await useDisplaySettings(context, { textSize: 200, font: 'dyslexia' });
  const page = await context.newPage();
  await signInQuickly(page, baseURL!, ADHERENT);
  for (const { path } of siteRoutes) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the settings follow the member to another device, and a change made offline is sent later', async ({ browser, baseURL }) => {
  const laptop = await browser.newContext({ baseURL: baseURL! });
  const laptopPage = await laptop.newPage();
  await signInQuickly(laptopPage, baseURL!, ADHERENT);
  await laptopPage.goto('/parametres');
  const settings = laptopPage.locator('#affichage');
  const saved = laptopPage.waitForResponse((response) => response.url().endsWith('/api/preferences/display') && response.request().method() === 'PUT');
  await settings.getByRole('radio', { name: 'Élevé' }).check();
  expect((await saved).status()).toBe(200);

  const phone = await browser.newContext({ baseURL: baseURL! });
  const phonePage = await phone.newPage();
  await signInQuickly(phonePage, baseURL!, ADHERENT);
  await phonePage.goto('/remboursements');
  await expect(phonePage.locator('html')).toHaveAttribute('data-contrast', 'high');

  // Offline on the phone: the change applies at once and waits for the network.
  await phonePage.goto('/parametres');
  await phone.setOffline(true);
  await phonePage.locator('#affichage').getByRole('radio', { name: '175 %' }).check();
  await expect(phonePage.locator('html')).toHaveAttribute('style', /font-size: 175%/);
  const sent = phonePage.waitForResponse((response) => response.url().endsWith('/api/preferences/display') && response.request().method() === 'PUT');
  await phone.setOffline(false);
  expect((await sent).status()).toBe(200);

  await laptopPage.goto('/carte');
  await expect(laptopPage.locator('html')).toHaveAttribute('style', /font-size: 175%/);
  // The account is shared with the other tests: it gets its default look back.
  const reset = await laptopPage.request.put('/api/preferences/display', {
    data: { ...DEFAULT_DISPLAY, updatedAt: new Date().toISOString() },
    headers: { Origin: baseURL! },
  });
  expect(reset.status()).toBe(200);
  await laptop.close();
  await phone.close();
});

test('with a Windows contrast theme (forced colours), buttons keep a visible edge', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/connexion');
  const panel = await openDisplayPanel(page);
  for (const button of [page.getByRole('button', { name: 'Se connecter' }), panel.getByRole('button', { name: "Rétablir l'affichage par défaut" })]) {
    const edge = await button.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: parseFloat(style.borderTopWidth), style: style.borderTopStyle, colour: style.borderTopColor };
    });
    expect(edge.width).toBeGreaterThan(0);
    expect(edge.style).toBe('solid');
    expect(edge.colour).not.toBe('rgba(0, 0, 0, 0)');
  }
});
