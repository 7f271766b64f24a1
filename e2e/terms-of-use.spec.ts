import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../db/index.ts';
import { startServer } from '../server/testing-process.ts';
import { ADHERENT } from './support/accounts.ts';
import { MEMBER_NUMBER } from './support/offline.ts';

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
  // A server of its own: the accepted version is made outdated in its database while it is stopped.
  const root = await mkdtemp(join(tmpdir(), 'espace-adherent-cgu-'));
  const env = { SITE_DIR: 'dist', DATA_DIR: join(root, 'data'), HOST: '127.0.0.1', DEMO_OUTBOX: 'false' };
  let server = await startServer(env);
  try {
    server.child.kill();
    await server.exited;
    const db = await openDatabase({ kind: 'pglite', dataDir: env.DATA_DIR });
    const account = await db.selectFrom('accounts').select('id').where('email', '=', ADHERENT.email).executeTakeFirstOrThrow();
    await db.updateTable('cgu_acceptances').set({ version: '2020-01' }).where('account_id', '=', account.id).execute();
    await db.destroy();
    server = await startServer(env);

    await page.goto(`${server.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(ADHERENT.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(ADHERENT.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
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
  } finally {
    // The embedded database writes until its process is gone: only then can its folder go.
    server.child.kill();
    await server.exited;
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  }
});
