import { expect, test } from '@playwright/test';
import { ADHERENT, fillSignInForm } from './support/accounts.ts';
import { MEMBER_NUMBER } from './support/offline.ts';
import { withOwnServer } from './support/own-server.ts';

test('a reader of the terms is asked nothing: no session request, no console error', async ({ page }) => {
  const sessionRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/auth/')) sessionRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('/cgu');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1, name: "Conditions générales d'utilisation" })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accepter les conditions' })).toBeHidden();
  expect(sessionRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a member whose accepted version is outdated accepts the new one at sign-in, then goes on', async ({ page }) => {
  await withOwnServer(async (server) => {
    await server.whileStopped(async (db) => {
      const account = await db.selectFrom('accounts').select('id').where('email', '=', ADHERENT.email).executeTakeFirstOrThrow();
      await db.updateTable('cgu_acceptances').set({ version: '2020-01' }).where('account_id', '=', account.id).execute();
    });

    await page.goto(`${server.url}/connexion`);
    await fillSignInForm(page, ADHERENT);
    await expect(page).toHaveURL(/\/cgu\?retour=%2Fremboursements$/);
    await expect(page.getByRole('link', { name: 'acceptez-les en bas de page' })).toBeVisible();

    const accept = page.getByRole('button', { name: 'Accepter les conditions' });
    await accept.click();
    await expect(page.getByText('Cochez la case pour accepter les conditions.').first()).toBeVisible();
    await page.getByRole('checkbox', { name: "J'ai lu et j'accepte les conditions générales d'utilisation du service" }).check();
    await accept.click();
    await expect(page).toHaveURL(/\/remboursements$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Accepted once, not asked again: the card shows instead of a detour to the terms.
    await page.goto(`${server.url}/carte`);
    await expect(page.locator('#card-container')).toContainText(MEMBER_NUMBER);
    await expect(page).toHaveURL(/\/carte$/);
  });
});
