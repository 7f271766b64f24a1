import { expect, test } from '@playwright/test';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { personalView, requestItems, viewStatus } from './support/views.ts';

test('« Contact et aide »: the managing insurer, the complaint path, and a message to an advisor', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/contact');
  await expect(page.getByRole('region', { name: 'Votre centre de gestion' }).locator('address')).toContainText('Par courrier');
  await expect(page.getByRole('region', { name: 'Vos données personnelles' })).toContainText('CNIL');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await page.getByLabel('Objet').fill('Question sur un remboursement');
  await page.getByLabel('Votre message').fill('Bonjour, où en est ma demande ?');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByRole('heading', { name: 'Message envoyé' })).toBeFocused();
  await page.goto('/demandes');
  await expect(personalView(page, 'demandes')).toContainText('Question sur un remboursement');
});

test('« Mes services »: find the insurer of an establishment as one types, and ask for an appointment', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/services');
  await page.getByLabel('Entreprise, ville ou département').pressSequentially('gennevilliers');
  await expect(viewStatus(page, 'etablissements')).toHaveText(/\d+ établissements? trouvés?\./);
  await expect(personalView(page, 'etablissements').getByRole('listitem').first()).toContainText('GENNEVILLIERS');
  await expect(personalView(page, 'etablissements').getByRole('listitem').first()).toContainText('Centre de gestion');

  await page.getByLabel('En agence').check();
  await page.getByLabel('Par téléphone').check();
  await page.getByLabel('Jour préféré').selectOption('jeudi');
  await page.getByLabel('Moment préféré').selectOption('apres_midi');
  await page.getByRole('button', { name: 'Demander un rendez-vous' }).click();
  await expect(page.getByRole('heading', { name: 'Demande de rendez-vous envoyée' })).toBeFocused();
  await expectNoAxeViolations(page);
  // Only the chosen radio button is sent.
  await page.goto('/demandes');
  await expect(requestItems(page).first()).toContainText('Rendez-vous par téléphone');
});
