import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ADHERENT, confirmWithEmailedCode, fillSignInForm, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useDisplaySettings } from './support/display.ts';
import { MEMBER_NUMBER, storedTexts, visitPersonalPagesOnline } from './support/offline.ts';
import { withOwnServer } from './support/own-server.ts';
import { personalView, requestItems } from './support/views.ts';

test('all my data, to download as JSON and to read on the page', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/donnees-personnelles');
  await expect(page.getByRole('heading', { name: 'Identité et adhésion' })).toBeVisible();
  await expect(personalView(page, 'donnees')).toContainText('990012345');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger toutes mes données' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await file.path())!, 'utf8')) as { sections: { key: string }[] };
  expect(JSON.stringify(data)).toContain('990012345');
  expect(data.sections.length).toBeGreaterThanOrEqual(10);
});

test('a right is exercised as a tracked request', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/donnees-personnelles');
  await page.getByLabel('Le droit à exercer').selectOption({ label: 'Droit à la portabilité' });
  await page.getByLabel('Précisez votre demande').fill('Merci de transmettre mes données à ma nouvelle mutuelle.');
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.getByRole('heading', { name: 'Demande envoyée' })).toBeFocused();
  await page.goto('/demandes');
  await expect(requestItems(page).first()).toContainText('Droit à la portabilité');
});

test('closing the account, after the e-mailed code, leaves no copy of the card on the device', async ({ browser }) => {
  // The demonstration account the other tests use is closed here.
  await withOwnServer(async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    try {
      const page = await context.newPage();
      await useDisplaySettings(page, { contrast: 'high' });
      await visitPersonalPagesOnline(page, server.url);
      expect(await storedTexts(page)).toContain(MEMBER_NUMBER);

      await page.goto('/donnees-personnelles');
      const close = page.getByRole('button', { name: 'Fermer mon compte' });
      const confirm = page.getByRole('checkbox', { name: 'Je comprends et je veux fermer mon compte' });
      await confirm.check();
      await close.click();
      await expect(page.locator('#close-account-form')).toContainText('confirmez cette opération avec le code envoyé par e-mail');
      await expect(page).toHaveURL(/\/donnees-personnelles$/);

      await page.goto('/profil');
      await confirmWithEmailedCode(page, ADHERENT.email);

      await page.goto('/donnees-personnelles');
      await close.click();
      await expect(page.locator('#confirm-erreur')).toContainText('Cochez la case');
      await confirm.check();
      await close.click();
      await expect(page).toHaveURL(/\/connexion\?compte=ferme$/);
      await expect(page.getByText('Votre compte en ligne est fermé.')).toBeVisible();
      expect(await storedTexts(page)).not.toContain(MEMBER_NUMBER);
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');

      await fillSignInForm(page, ADHERENT);
      await expect(page.locator('#sign-in-form')).toContainText('Adresse e-mail ou mot de passe incorrect.');
    } finally {
      await context.close();
    }
  });
});
