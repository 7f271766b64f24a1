import { expect, test } from '@playwright/test';
import { ADHERENT, AYANT_DROIT, confirmWithEmailedCode, fillSignInForm, linkFromOutbox, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { answeredCookieQuestion } from './support/consent.ts';
import { withOwnServer } from './support/own-server.ts';
import { personalView } from './support/views.ts';

// page.route does not see the requests a service worker passes on; these pages need none offline.
test.use({ serviceWorkers: 'block' });

test('contact details and the NIR, checked as the server does, kept on error', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/profil');
  await expect(page.getByLabel('Téléphone')).toHaveValue('06 12 34 56 78');
  await expectNoAxeViolations(page);

  await page.getByLabel('Téléphone').fill('12');
  await page.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
  await expect(page.locator('#phone-erreur')).toContainText('numéro français');
  await expect(page.getByLabel('Téléphone')).toHaveValue('12');
  // The page reloads what was saved; held until the NIR is typed, that reload must leave it alone.
  let nirTyped!: () => void;
  const typing = new Promise<void>((resolve) => (nirTyped = resolve));
  await page.route('**/api/profile', async (route) => {
    if (route.request().method() === 'GET') await typing;
    await route.continue();
  });
  const reloaded = page.waitForResponse((response) => response.url().endsWith('/api/profile') && response.request().method() === 'GET');
  await page.getByLabel('Téléphone').fill('07 11 22 33 44');
  await page.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
  await expect(page.locator('[data-status-for="contact-details-form"]')).toHaveText('Vos coordonnées sont enregistrées.');

  const nir = page.getByLabel('Numéro de sécurité sociale');
  await nir.fill('2 84 03 75 123 456 00');
  nirTyped();
  await reloaded;
  await expect(page.getByLabel('Téléphone')).toHaveValue('07 11 22 33 44');
  await expect(nir).toHaveValue('2 84 03 75 123 456 00');
  await page.unroute('**/api/profile');
  await page.getByLabel("Caisse d'assurance maladie").fill('CPAM de Paris');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.locator('#nir-erreur')).toContainText('La clé ne correspond pas');
  await expect(nir).toHaveValue('2 84 03 75 123 456 00');
});

test('a saved number comes back masked, in its own form only', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, AYANT_DROIT);
  await page.goto('/profil');
  await expect(personalView(page, 'profil')).toHaveAttribute('data-view-state', 'ready');
  await page.getByLabel('Téléphone').fill('06 00 00 00 01');
  const nir = page.getByLabel('Numéro de sécurité sociale');
  await nir.fill('2 84 03 75 123 456 40');
  await page.getByLabel("Caisse d'assurance maladie").fill('CPAM de Paris');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.locator('[data-status-for="health-insurance-form"]')).not.toBeEmpty();
  // Shown masked beside its field, never whole; the phone being typed is left alone.
  await expect(page.locator('#current-nir')).toHaveText('• •• •• •• ••• •56 40');
  await expect(page.getByLabel('Téléphone')).toHaveValue('06 00 00 00 01');
});

test('an ayant droit changes their phone, without the household’s address and IBAN, which are not theirs', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, AYANT_DROIT);
  await page.goto('/profil');
  await expect(personalView(page, 'profil')).toHaveAttribute('data-view-state', 'ready');
  await expect(page.getByLabel('Adresse postale du foyer')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'IBAN pour vos remboursements' })).toHaveCount(0);
  await page.getByLabel('Téléphone').fill('07 98 76 54 32');
  await page.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
  await expect(page.locator('[data-status-for="contact-details-form"]')).toHaveText('Vos coordonnées sont enregistrées.');
  await page.reload();
  await expect(page.getByLabel('Téléphone')).toHaveValue('07 98 76 54 32');
});

test('a new IBAN after the e-mailed code: refused when wrong, masked once saved', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/profil');
  await expect(page.locator('#current-iban')).toHaveText('FR76 •••• •••• 0189');
  await confirmWithEmailedCode(page, ADHERENT.email);

  await page.getByLabel('Nouvel IBAN').fill('FR14 2004 1010 0505 0001 3M02 607');
  await page.getByRole('button', { name: "Changer d'IBAN" }).click();
  await expect(page.locator('#iban-erreur')).toContainText('pas valide');
  await page.getByLabel('Nouvel IBAN').fill('FR14 2004 1010 0505 0001 3M02 606');
  await page.getByRole('button', { name: "Changer d'IBAN" }).click();
  await expect(page.locator('[data-status-for="bank-form"]')).toHaveText('Votre IBAN est enregistré : FR14 •••• •••• 2606.');
  await expect(page.locator('#current-iban')).toHaveText('FR14 •••• •••• 2606');
});

test('without JavaScript, preferences post and the page says they are saved', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false, storageState: answeredCookieQuestion('127.0.0.1') });
  const page = await context.newPage();
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/profil');
  await page.getByLabel('Par courrier, sur papier').check();
  await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
  await expect(page).toHaveURL(/\/profil#enregistre$/);
  await expect(page.getByText('Vos informations sont enregistrées.')).toBeVisible();

  // Refused: a French page says what to correct and leads back to the form.
  await page.getByLabel('Téléphone').fill('12');
  await page.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Il y a un problème' })).toBeVisible();
  await expect(page.getByRole('listitem')).toContainText('Saisissez un numéro français');
  await expect(page.getByRole('link', { name: 'Revenir au formulaire' })).toHaveAttribute('href', /^\/profil/);
  await context.close();
});

test('a new sign-in address takes over only once the link sent to it is opened', async ({ browser }) => {
  // The address the other tests sign in with changes here.
  await withOwnServer(async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    try {
      const page = await context.newPage();
      await signInQuickly(page, server.url, ADHERENT);
      await page.goto('/profil');
      await confirmWithEmailedCode(page, ADHERENT.email);
      const emailForm = page.locator('#email-form');
      await emailForm.getByLabel('Adresse e-mail').fill('camille.nouvelle@exemple.fr');
      await emailForm.getByRole('button', { name: "Changer d'adresse e-mail" }).click();
      await expect(page.locator('[data-status-for="email-form"]')).toContainText("Un lien vient d'être envoyé à camille.nouvelle@exemple.fr");
      await expect(page.locator('#current-email')).toHaveText(ADHERENT.email);

      const link = await linkFromOutbox(page.request, 'camille.nouvelle@exemple.fr', '/adresse-email/confirmer');
      // Opened later, from the mailbox, signed out.
      await context.clearCookies({ name: '__Host-session' });
      await page.goto(link);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Confirmer cette adresse' }).click();
      await expect(page).toHaveURL(/\/connexion\?courriel=confirme$/);
      await expect(page.getByText('Votre nouvelle adresse e-mail est confirmée')).toBeVisible();

      await fillSignInForm(page, { email: 'camille.nouvelle@exemple.fr', password: ADHERENT.password });
      await expect(page).toHaveURL(/\/remboursements$/);
      await page.goto(link);
      await page.getByRole('button', { name: 'Confirmer cette adresse' }).click();
      await expect(page.locator('#email-change-complete-form')).toContainText("Ce lien n'est plus valable");
    } finally {
      await context.close();
    }
  });
});
