import { expect, test } from '@playwright/test';
import { ADHERENT, AYANT_DROIT, linkFromOutbox, signInQuickly, tabTo } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { personalView } from './support/views.ts';

test('sign-in with the keyboard only lands on « Mes remboursements »', async ({ page }) => {
  await page.goto('/connexion');
  await expectNoAxeViolations(page);
  await tabTo(page, page.locator('input[name=email]'));
  await page.keyboard.type(ADHERENT.email);
  await tabTo(page, page.locator('input[name=password]'));
  await page.keyboard.type(ADHERENT.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/remboursements$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes remboursements' })).toBeVisible();
  await expect(page.getByText(ADHERENT.firstName).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a failed sign-in says so once, keeps the e-mail and moves focus to the message', async ({ page }) => {
  await page.goto('/connexion');
  await page.locator('input[name=email]').fill(ADHERENT.email);
  await page.locator('input[name=password]').fill('ce nest pas le bon');
  await page.keyboard.press('Enter');
  const summary = page.locator(':focus');
  await expect(summary).toContainText('Adresse e-mail ou mot de passe incorrect.');
  await expect(page.locator('input[name=email]')).toHaveValue(ADHERENT.email);
  await expectNoAxeViolations(page);
});

test('the password can be shown, and pasted', async ({ page }) => {
  await page.goto('/connexion');
  const password = page.locator('input[name=password]');
  const pasteBlocked = await password.evaluate((input) => {
    const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
    input.dispatchEvent(paste);
    return paste.defaultPrevented;
  });
  expect(pasteBlocked).toBe(false);
  await expect(password).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: /Afficher le mot de passe/ }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
});

test('a private page sends to sign-in and back', async ({ page }) => {
  await page.goto('/parametres');
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fparametres$/);
  await page.locator('input[name=email]').fill(ADHERENT.email);
  await page.locator('input[name=password]').fill(ADHERENT.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/parametres$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('sign-out with the keyboard ends the session and confirms it', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/remboursements');
  const signOut = page.getByRole('button', { name: 'Se déconnecter' });
  await tabTo(page, signOut);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Vous êtes déconnecté' })).toBeVisible();
  expect((await page.request.get('/api/auth/session')).status()).toBe(401);
  await expectNoAxeViolations(page);
});

test('activation through the e-mailed link, with the keyboard only', async ({ page }) => {
  await page.goto('/activation');
  await expectNoAxeViolations(page);
  const email = 'lea.martin@demo.test';
  for (const [name, value] of [
    ['memberNumber', '990012345'],
    ['birthDay', '4'],
    ['birthMonth', '5'],
    ['birthYear', '2016'],
    ['email', email],
  ] as const) {
    await tabTo(page, page.locator(`input[name=${name}]`));
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Vérifiez votre messagerie' })).toBeFocused();

  await page.goto(await linkFromOutbox(page.request, email, '/activation/confirmer'));
  await expectNoAxeViolations(page);
  const password = 'un ours brun lit le journal';
  await tabTo(page, page.locator('input[name=password]'));
  await page.keyboard.type(password);
  const consent = page.getByRole('checkbox', { name: "J'ai lu et j'accepte les conditions générales d'utilisation du service" });
  await expect(consent).not.toBeChecked();
  await tabTo(page, consent);
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/connexion\?active=1$/);

  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/remboursements$/);
  await expect(page.getByText('Léa').first()).toBeVisible();
});

test('forgotten password: a new one through the e-mailed link, with the keyboard only', async ({ page, baseURL }) => {
  // Yanis activates his account first, through the API.
  const email = 'yanis.benali@demo.test';
  const origin = { Origin: baseURL! };
  await page.request.post('/api/auth/activation', {
    headers: origin,
    data: { memberNumber: '990067890', birthDay: '30', birthMonth: '11', birthYear: '1991', email },
  });
  const activation = new URLSearchParams((await linkFromOutbox(page.request, email, '/activation/confirmer')).split('?')[1]);
  const activated = await page.request.post('/api/auth/activation/complete', {
    headers: origin,
    data: { token: activation.get('jeton'), password: 'premier mot de passe de Yanis', acceptCgu: true },
  });
  expect(activated.status()).toBe(200);

  await page.goto('/mot-de-passe-oublie');
  await expectNoAxeViolations(page);
  await tabTo(page, page.locator('input[name=email]'));
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Il est valable 30 minutes/).first()).toBeVisible();

  await page.goto(await linkFromOutbox(page.request, email, '/mot-de-passe/nouveau'));
  const newPassword = 'second mot de passe de Yanis';
  await tabTo(page, page.locator('input[name=password]'));
  await page.keyboard.type(newPassword);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/connexion\?reinitialise=1$/);
  await expectNoAxeViolations(page);

  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(newPassword);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/remboursements$/);
});

test('« Appareils connectés » marks this device and signs the other ones out', async ({ browser, page, baseURL }) => {
  // A device of its own: the ayant droit's account, which no other test signs out.
  const elsewhere = await browser.newContext({ baseURL: baseURL! });
  await signInQuickly(await elsewhere.newPage(), baseURL!, AYANT_DROIT);
  await signInQuickly(page, baseURL!, AYANT_DROIT);
  await page.goto('/parametres');
  const devices = personalView(page, 'appareils').getByRole('listitem');
  await expect(personalView(page, 'appareils')).toHaveAttribute('data-view-state', 'ready');
  expect(await devices.count()).toBeGreaterThanOrEqual(2);
  await expect(devices.filter({ hasText: 'cet appareil' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Se déconnecter des autres appareils' }).click();
  await expect(page.locator('#sessions-status')).toHaveText(/\d+ autres? sessions? fermées?\./);
  await expect(devices).toHaveCount(1);
  await expect(devices.first()).toContainText('cet appareil');
  expect((await elsewhere.request.get('/api/auth/session')).status()).toBe(401);
  await elsewhere.close();
});
