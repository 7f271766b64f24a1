import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export const ADHERENT = { email: 'adherent@demo.test', password: 'demo-adherent-2025', firstName: 'Camille' };
export const AYANT_DROIT = { email: 'ayantdroit@demo.test', password: 'demo-ayantdroit-2025', firstName: 'Dominique' };

/** Signs in through the API; the page's browser context keeps the session cookie. */
export async function signInQuickly(page: Page, origin: string, account: { email: string; password: string }): Promise<void> {
  const response = await page.request.post('/api/auth/sign-in', {
    data: { email: account.email, password: account.password },
    headers: { Origin: origin },
  });
  expect(response.status()).toBe(200);
}

/** On /connexion: types the address and the password and sends the form. */
export async function fillSignInForm(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Presses Tab until the element has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** On /profil: asks for the e-mailed code, reads it in the demo outbox and confirms it. */
export async function confirmWithEmailedCode(page: Page, recipient: string): Promise<void> {
  await page.getByRole('button', { name: 'Recevoir un code par e-mail' }).click();
  const status = page.locator('[data-status-for="step-up"]');
  await expect(status).toContainText('Un code vient de vous être envoyé');
  const { messages } = (await (await page.request.get('/api/demo/outbox')).json()) as { messages: { to: string; subject: string }[] };
  const code = /(\d{6})/.exec(messages.filter((message) => message.to === recipient).at(-1)!.subject)![1]!;
  await page.getByLabel('Code reçu par e-mail').fill(code);
  await page.getByRole('button', { name: 'Confirmer le code' }).click();
  await expect(status).toContainText('Code confirmé');
}

/** The newest link of the given page found in the demo outbox for an address. */
export async function linkFromOutbox(request: APIRequestContext, recipient: string, path: string): Promise<string> {
  const response = await request.get('/api/demo/outbox');
  expect(response.status()).toBe(200);
  const { messages } = (await response.json()) as { messages: { to: string; text: string }[] };
  const message = messages.find((candidate) => candidate.to === recipient && candidate.text.includes(path));
  expect(message, `an e-mail to ${recipient} with a link to ${path}`).toBeTruthy();
  const link = new RegExp(`https?://[^\\s]+${path.replace('/', '\\/')}\\?jeton=[\\w-]+`).exec(message!.text)![0];
  return new URL(link).pathname + new URL(link).search;
}
