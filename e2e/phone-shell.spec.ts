import { expect, test, type Page } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly, tabTo } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useDisplaySettings } from './support/display.ts';
import { MEMBER_NUMBER } from './support/offline.ts';
import { expectViewsRendered } from './support/views.ts';

/** The signed-in space on a phone (390 × 844, an iPhone 12 to 15), cookie question answered. */
const PHONE = { width: 390, height: 844 };
const BAR_MAX_HEIGHT = 64;
const signedInRoutes = siteRoutes.filter((route) => route.signedIn);

test.use({ viewport: PHONE });

const bar = (page: Page) => page.getByRole('navigation', { name: 'Mon espace' });
const menuButton = (page: Page) => bar(page).getByRole('button', { name: 'Menu' });

async function barHeight(page: Page): Promise<number> {
  return page.locator('.member-bar__main').evaluate((element) => element.getBoundingClientRect().height);
}

test('on every signed-in page the title starts within the first 200 px, under a bar no taller than 64 px', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signInQuickly(page, baseURL!, ADHERENT);
  const positions: string[] = [];
  for (const route of signedInRoutes) {
    await page.goto(route.path);
    await expectViewsRendered(page);
    const top = await page.locator('h1').evaluate((heading) => heading.getBoundingClientRect().top + scrollY);
    expect(await barHeight(page), `bar of ${route.path}`).toBeLessThanOrEqual(BAR_MAX_HEIGHT);
    positions.push(`${route.path}: ${Math.round(top)} px`);
    expect(top, `h1 of ${route.path}`).toBeLessThanOrEqual(200);
  }
  console.log(`Top of the h1 at 390 × 844: ${positions.join(', ')}`);
});

test('the bar offers the four most used pages in one tap, and « Menu » the rest, by keyboard too', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/remboursements');
  for (const name of ['Remboursements', 'Carte', 'Garanties', 'Demandes']) await expect(bar(page).getByRole('link', { name })).toBeVisible();
  await expect(bar(page).getByRole('link', { name: 'Remboursements' })).toHaveAttribute('aria-current', 'page');
  await expect(bar(page).getByRole('link', { name: 'Mes documents' })).toBeHidden();

  await tabTo(page, menuButton(page));
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
  const documents = bar(page).getByRole('link', { name: 'Mes documents' });
  await tabTo(page, documents);
  // Escape from inside the menu closes it and gives the focus back to « Menu ».
  await page.keyboard.press('Escape');
  await expect(menuButton(page)).toBeFocused();
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(documents).toBeHidden();

  await page.keyboard.press('Space');
  await tabTo(page, documents);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/documents$/);
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await menuButton(page).click();
  await expect(bar(page).getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
});

test('the menu opens in the flow of the page: it pushes the content down and covers nothing', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/contrat');
  const titleTop = () => page.locator('h1').evaluate((heading) => heading.getBoundingClientRect().top);
  const closed = await titleTop();
  await menuButton(page).click();
  const panel = page.locator('#menu-complet');
  const panelBottom = await panel.evaluate((element) => element.getBoundingClientRect().bottom);
  expect(await titleTop()).toBeGreaterThanOrEqual(panelBottom);
  expect(await titleTop()).toBeGreaterThan(closed);
  const positions = await page.evaluate(() =>
    [...document.querySelectorAll('header, nav, .member-bar *')].map((element) => getComputedStyle(element).position),
  );
  expect(positions.filter((position) => position === 'fixed' || position === 'sticky')).toEqual([]);
});

for (const [width, textSize] of [
  [320, 100],
  [320, 200],
  [390, 200],
] as const) {
  test(`at ${width} px with ${textSize} % text the bar and the menu work without sideways scroll`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height: 640 });
    await useDisplaySettings(page, { textSize });
    await signInQuickly(page, baseURL!, ADHERENT);
    await page.goto('/garanties');
    if (textSize === 100) expect(await barHeight(page)).toBeLessThanOrEqual(BAR_MAX_HEIGHT);
    await menuButton(page).click();
    for (const route of signedInRoutes) {
      const link = bar(page).getByRole('link', { name: route.barTitle ?? route.title, exact: true });
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(Math.min(box.width, box.height), `target of ${route.path}`).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test('a count on « Demandes » fits in the bar: neither taller nor wider', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/carte');
  const before = await barHeight(page);
  await bar(page)
    .getByRole('link', { name: 'Demandes' })
    .locator('.member-bar__icon')
    .evaluate((icon) => {
      const count = document.createElement('span');
      count.className = 'member-bar__count';
      count.textContent = '12';
      icon.append(count);
    });
  const count = page.locator('.member-bar__count');
  await expect(count).toBeVisible();
  expect(await count.evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
  expect(await barHeight(page)).toBe(before);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('wide screens keep the whole member menu in view, and no bar', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/profil');
  for (const route of signedInRoutes) await expect(bar(page).getByRole('link', { name: route.title, exact: true })).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  await expect(menuButton(page)).toBeHidden();
});

test('without JavaScript the phone lists every page of the member menu under the bar', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/contrat');
  await expect(menuButton(page)).toBeHidden();
  for (const route of signedInRoutes) await expect(bar(page).getByRole('link', { name: route.barTitle ?? route.title, exact: true })).toBeVisible();
  await context.close();
});

for (const contrast of ['standard', 'high'] as const) {
  test(`screenshots of the card, the reimbursements and the coverage at 390 px, ${contrast} contrast`, async ({ page, baseURL }, testInfo) => {
    await useDisplaySettings(page, { contrast });
    await signInQuickly(page, baseURL!, ADHERENT);
    const pages: [string, () => Promise<void>][] = [
      ['/carte', () => expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER)],
      ['/remboursements', () => expectViewsRendered(page)],
      ['/garanties', () => expect(page.getByRole('table').first()).toBeVisible()],
    ];
    for (const [path, rendered] of pages) {
      await page.goto(path);
      await rendered();
      await testInfo.attach(`${path.slice(1)}-390-${contrast}.png`, { body: await page.screenshot(), contentType: 'image/png' });
    }
  });
}
