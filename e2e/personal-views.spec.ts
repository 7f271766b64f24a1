import { expect, test, type Page } from '@playwright/test';
import { PERSONAL_CACHE } from '../site/scripts/cache-names.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { MEMBER_NUMBER } from './support/offline.ts';
import { personalView, viewStatus } from './support/views.ts';

/**
 * What every personal view shares (PersonalView.tsx): how it says it failed, how it lets one try
 * again, and what a 401 does. The API's answers are altered with page.route, which does not see
 * what a service worker fetches: the worker is kept out.
 */
test.use({ serviceWorkers: 'block' });

/** A copy of the card as the service worker keeps it for offline use. */
async function keepOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(
    async ([cacheName, memberNumber]) => (await caches.open(cacheName)).put('/api/card', new Response(JSON.stringify({ memberNumber }))),
    [PERSONAL_CACHE, MEMBER_NUMBER] as const,
  );
}

const cachedTexts = (page: Page) =>
  page.evaluate(async () => {
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) texts.push((await (await caches.match(request))?.text()) ?? '');
    }
    return texts.join('\n');
  });

test('a view that cannot reach the server says so politely, and tries again on request', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  let attempts = 0;
  await page.route('**/api/contract', async (route) => {
    attempts += 1;
    if (attempts === 1) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.goto('/contrat');
  const view = personalView(page, 'contrat');
  await expect(view).toHaveAttribute('data-view-state', 'failed');
  await expect(viewStatus(page, 'contrat')).toHaveText('Votre contrat n’a pas pu être chargé : vérifiez votre connexion à Internet puis réessayez.');
  await expect(viewStatus(page, 'contrat')).toHaveRole('status');

  await view.getByRole('button', { name: 'Réessayer' }).click();
  await expect(view).toHaveAttribute('data-view-state', 'ready');
  await expect(view).toContainText('« Famille »');
  await expect(view.getByRole('button', { name: 'Réessayer' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a refusal the API explains is given in its words, and the filter typed stays', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/remboursements?du=2026-06-30&au=2026-01-01');
  await expect(personalView(page, 'remboursements')).toHaveAttribute('data-view-state', 'failed');
  await expect(viewStatus(page, 'remboursements')).toHaveText('La date de début doit précéder la date de fin.');
  await expect(page.getByLabel('Payés depuis le')).toHaveValue('2026-06-30');
  await expect(page.getByLabel("Jusqu'au")).toHaveValue('2026-01-01');

  await page.getByLabel('Payés depuis le').fill('2025-12-01');
  await page.getByRole('button', { name: 'Afficher les remboursements' }).click();
  await expect(personalView(page, 'remboursements')).toHaveAttribute('data-view-state', 'ready');
  await expect(viewStatus(page, 'remboursements')).toContainText('du 1 déc. 2025 au 1 janv. 2026');
});

test('a view refused for want of a session sends to sign-in and wipes the offline copies', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/hors-ligne');
  await keepOfflineCopy(page);
  expect(await cachedTexts(page)).toContain(MEMBER_NUMBER);
  // Only the view's own data are refused: the page's session check still answers.
  await page.route('**/api/documents', (route) => route.fulfill({ status: 401, json: { error: { code: 'unauthenticated', message: 'Connectez-vous.' } } }));
  await page.goto('/documents');
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fdocuments$/);
  expect(await cachedTexts(page)).not.toContain(MEMBER_NUMBER);
});

test('a session that ends while the page is open: sign-in says it expired, and comes back to the same filter', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/remboursements');
  await expect(personalView(page, 'remboursements')).toHaveAttribute('data-view-state', 'ready');
  await keepOfflineCopy(page);
  await page.context().clearCookies({ name: '__Host-session' });
  await page.getByLabel('Payés depuis le').fill('2026-01-01');
  await page.getByRole('button', { name: 'Afficher les remboursements' }).click();
  await expect(page).toHaveURL(/\/connexion\?session=expiree&retour=%2Fremboursements%3Fdu%3D2026-01-01/);
  await expect(page.getByText('Votre session a expiré : reconnectez-vous.')).toBeVisible();
  expect(await cachedTexts(page)).not.toContain(MEMBER_NUMBER);
});
