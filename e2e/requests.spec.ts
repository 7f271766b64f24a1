import { expect, test } from '@playwright/test';
import { ADHERENT, AYANT_DROIT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { answeredCookieQuestion } from './support/consent.ts';
import { samplePdf } from '../server/requests/sample-documents.ts';
import { requestItems } from './support/views.ts';


test('a reimbursement request with its invoice, then its history and a message', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/demandes');
  await page.getByLabel('Type de demande').selectOption('remboursement');
  await page.getByLabel('Objet').fill('Séance d’ostéopathie du 3 novembre');
  await page.getByLabel('Votre demande').fill('Voici la facture acquittée.');

  // Without a document: refused, explained next to the field, nothing typed lost.
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await expect(page.locator('#pieces-erreur')).toContainText('Joignez au moins un justificatif');
  await expect(page.getByLabel('Objet')).toHaveValue('Séance d’ostéopathie du 3 novembre');

  await page.getByLabel('Justificatifs').setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: await samplePdf() });
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.locator('#request-sent')).toContainText(/Votre demande n° \d+ est bien reçue/);
  const item = requestItems(page).filter({ hasText: 'Séance d’ostéopathie du 3 novembre' });
  await expect(item).toContainText('Statut : Reçue');
  await item.getByRole('button', { name: 'Voir le détail' }).click();
  await expect(item.getByRole('link', { name: 'facture.pdf' })).toBeVisible();
  await expect(item).toContainText('(PDF, 1 Ko)');
  await item.getByLabel('Ajouter un message').fill('J’ajoute l’ordonnance bientôt.');
  await item.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(item).toContainText('J’ajoute l’ordonnance bientôt.');
  await expectNoAxeViolations(page);
});

test('without JavaScript the request still goes, and the page confirms it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false, storageState: answeredCookieQuestion('127.0.0.1') });
  const page = await context.newPage();
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/demandes');
  await page.getByLabel('Type de demande').selectOption('carte_papier');
  await page.getByLabel('Objet').fill('Carte papier');
  await page.getByLabel('Votre demande').fill('Merci de m’envoyer une carte papier.');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page).toHaveURL(/\/demandes\?envoyee=\d+$/);
  await context.close();
});

test('an ayant droit cannot make a contract-management request', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, AYANT_DROIT);
  await page.goto('/demandes');
  await page.getByLabel('Type de demande').selectOption('resiliation');
  await page.getByLabel('Objet').fill('Résiliation');
  await page.getByLabel('Votre demande').fill('Je souhaite résilier.');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.locator('#type-erreur')).toContainText('Seul l’adhérent principal');
  await expect(page.getByLabel('Votre demande')).toHaveValue('Je souhaite résilier.');
});

test('an answered request shows each step of its history and the advisor’s answer', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/demandes');
  const item = requestItems(page).filter({ has: page.getByRole('heading', { name: /— Carte mutualiste papier$/ }) });
  await expect(item).toContainText('Statut : Traitée');
  await item.getByRole('button', { name: 'Voir le détail' }).click();
  await expect(item.getByRole('list').first().getByRole('listitem')).toHaveText([/^Reçue le /, /^En cours le /, /^Traitée le /]);
  await expect(item).toContainText('Votre conseiller');
});
