import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { DISPLAY_MODES, useDisplaySettings } from './support/display.ts';

test('the list of routes names every built page', () => {
  const built = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => (file === 'index.html' ? '/' : `/${file.slice(0, -'.html'.length)}`))
    .sort();
  expect(siteRoutes.map((route) => route.path).sort()).toEqual(built);
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
      await expectNoAxeViolations(page, { enhancedContrast: mode.enhancedContrast });
      expect(problems, 'console errors (CSP violations included)').toEqual([]);
    });
  }
}
