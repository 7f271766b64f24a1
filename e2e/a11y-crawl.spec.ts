import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { axeViolations, axeViolationsAsSeen } from './support/axe.ts';
import { DISPLAY_MODES, useDisplaySettings } from './support/display.ts';

test('the list of routes names every built page', () => {
  const built = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => (file === 'index.html' ? '/' : `/${file.slice(0, -'.html'.length)}`))
    .sort();
  expect(siteRoutes.map((route) => route.path).sort()).toEqual(built);
});

test.describe('what the crawl audits', () => {
  // page.route does not see what a service worker fetches.
  test.use({ serviceWorkers: 'block' });

  test('the drawn data, where a fault the empty page has not got is found', async ({ page, baseURL }) => {
    await signInQuickly(page, baseURL!, ADHERENT);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The API answers a document without a title: once drawn, a link without a name (WCAG 2.4.4).
    await page.route('**/api/documents', async (route) => {
      await held;
      const response = await route.fetch();
      const body = (await response.json()) as { documents: { title: string }[] };
      body.documents[0]!.title = '';
      await route.fulfill({ response, json: body });
    });
    await page.goto('/documents');
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page), 'the page before its data, as an audit at the title saw it').toEqual([]);
    release();
    expect(await axeViolationsAsSeen(page)).toEqual([expect.stringMatching(/^link-name \(serious\): /)]);
  });
});

const NOT_FOUND = { path: '/page-inexistante', title: 'Page introuvable', signedIn: false };

for (const mode of DISPLAY_MODES) {
  for (const route of [...siteRoutes, NOT_FOUND]) {
    test(`${route.path} passes axe (WCAG 2.2 A and AA), ${mode.name}`, async ({ page, baseURL }) => {
      await useDisplaySettings(page, mode.settings);
      if (route.signedIn) await signInQuickly(page, baseURL!, ADHERENT);
      const problems: string[] = [];
      page.on('console', (message) => {
        // Expected: the 404 page's own status. Any other error (a CSP violation…) is a failure.
        const expected = route === NOT_FOUND && message.location().url.endsWith(NOT_FOUND.path);
        if (message.type() === 'error' && !expected) problems.push(message.text());
      });
      await page.goto(route.path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(`${route.title} – Espace adhérent`);
      // The audit waits for the data views to draw what people see, not for the page's title.
      expect(await axeViolationsAsSeen(page, { enhancedContrast: mode.enhancedContrast }), `axe violations on ${route.path}`).toEqual([]);
      expect(problems, 'console errors (CSP violations included)').toEqual([]);
    });
  }
}
