import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { expectNoAxeViolations } from './support/axe.ts';

test('the list of routes names every built page', () => {
  const built = readdirSync('dist')
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => (file === 'index.html' ? '/' : `/${file.slice(0, -'.html'.length)}`))
    .sort();
  expect(siteRoutes.map((route) => route.path).sort()).toEqual(built);
});

const NOT_FOUND = { path: '/page-inexistante', title: 'Page introuvable' };

for (const route of [...siteRoutes, NOT_FOUND]) {
  test(`${route.path} passes axe (WCAG 2.2 A and AA)`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      // The 404 page's own status is expected; any other error (a CSP violation…) is not.
      const ownStatus = route === NOT_FOUND && message.location().url.endsWith(NOT_FOUND.path);
      if (message.type() === 'error' && !ownStatus) problems.push(message.text());
    });
    await page.goto(route.path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(`${route.title} – Espace adhérent`);
    await expectNoAxeViolations(page);
    expect(problems, 'console errors (CSP violations included)').toEqual([]);
  });
}
