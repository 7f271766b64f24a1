import { expect, test, type Page } from '@playwright/test';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForServiceWorker } from './support/offline.ts';

async function openSimulator(page: Page, baseURL: string): Promise<void> {
  await signInQuickly(page, baseURL, ADHERENT);
  await page.goto('/simulateur');
  await expect(page.getByLabel('Type de soin', { exact: true })).toBeVisible();
}

const part = (page: Page, label: string) => page.locator('#simulator-parts dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

test('an osteopath session beyond the yearly limit, with the keyboard only', async ({ page, baseURL }) => {
  await openSimulator(page, baseURL!);
  await page.getByLabel('Rechercher un type de soin').focus();
  await page.keyboard.type('ostéo');
  await expect(page.locator('#recherche-resultats')).toHaveText('1 résultat');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Type de soin', { exact: true })).toBeFocused();
  await expect(page.locator('#soin-garantie')).toContainText('10 € par séance, 5 par an au plus');

  const fill = async (label: string, value: string) => {
    await page.getByLabel(label, { exact: true }).fill(value);
  };
  await fill('Prix payé, en euros', '120');
  await fill('Base de remboursement de la Sécurité sociale, en euros', '0');
  await fill('Taux de remboursement de la Sécurité sociale, en %', '0');
  await fill('Nombre de séances', '2');
  await fill('Déjà remboursé cette année : nombre de séances', '4');
  await page.getByRole('button', { name: 'Estimer' }).focus();
  await page.keyboard.press('Enter');

  // 2 sessions, 120 € in all: only one left in the yearly limit of 5, so 10 € back; 110 € to pay.
  await expect(part(page, 'Remboursé par votre contrat')).toHaveText(/^10\s€$/);
  await expect(part(page, 'Reste à votre charge')).toHaveText(/^110\s€$/);
  await expect(page.locator('#simulator-steps')).toContainText('Limite de 5 par an, 4 déjà utilisé(s) : 1 sur 2 pris en compte.');
  await expect(page.locator('#simulator-summary')).toContainText('votre contrat 10');
  await expectNoAxeViolations(page);
});

test('a consultation with the official figures prefilled, and the contract capped at what is left', async ({ page, baseURL }) => {
  await openSimulator(page, baseURL!);
  await page.getByLabel('Type de soin', { exact: true }).selectOption({ label: 'Généralistes : consultations et visites — Signataires OPTAM' });
  await expect(page.getByLabel('Base de remboursement de la Sécurité sociale, en euros')).toHaveValue('30');
  await expect(page.getByLabel('Taux de remboursement de la Sécurité sociale, en %')).toHaveValue('70');
  await expect(page.locator('#valeurs-officielles')).toContainText('depuis le 22 décembre 2024');
  await page.getByLabel('Prix payé, en euros').fill('30');
  await page.getByLabel('Retenues de la Sécurité sociale, en euros').fill('2');
  await page.getByRole('button', { name: 'Estimer' }).click();
  // Sécurité sociale 70 % × 30 € − 2 € = 19 €; contract 40 % × 30 € = 12 €, capped at the 11 € left.
  await expect(part(page, 'Remboursé par la Sécurité sociale')).toHaveText(/^19\s€$/);
  await expect(part(page, 'Remboursé par votre contrat')).toHaveText(/^11\s€$/);
  await expect(part(page, 'Reste à votre charge')).toHaveText(/^0\s€$/);
});

test('glasses: an amount per lens, with cents', async ({ page, baseURL }) => {
  await openSimulator(page, baseURL!);
  await page.getByLabel('Rechercher un type de soin').fill('sphéro-cylindrique hors zone');
  await page.getByLabel('Type de soin', { exact: true }).selectOption({ index: 0 });
  await expect(page.locator('#soin-garantie')).toContainText('81 € par œil');
  await page.getByLabel('Prix payé, en euros').fill('289,90');
  await page.getByLabel('Base de remboursement de la Sécurité sociale, en euros').fill('0,10');
  await page.getByLabel('Taux de remboursement de la Sécurité sociale, en %').fill('60');
  await page.getByLabel('Nombre de verres').fill('2');
  await page.getByRole('button', { name: 'Estimer' }).click();
  // 60 % of 0,10 € = 0,06 €; 2 × 81 € = 162 €; left: 289,90 − 0,06 − 162 = 127,84 €.
  await expect(part(page, 'Remboursé par la Sécurité sociale')).toHaveText(/^0,06\s€$/);
  await expect(part(page, 'Remboursé par votre contrat')).toHaveText(/^162\s€$/);
  await expect(part(page, 'Reste à votre charge')).toHaveText(/^127,84\s€$/);
});

test('a mistyped amount is explained next to its field and nothing is lost', async ({ page, baseURL }) => {
  await openSimulator(page, baseURL!);
  await page.getByLabel('Type de soin', { exact: true }).selectOption({ label: 'Chambre particulière (y compris maternité)' });
  await page.getByLabel('Prix payé, en euros').fill('beaucoup');
  await page.getByRole('button', { name: 'Estimer' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Indiquez le prix payé/ })).toBeVisible();
  await expect(page.getByLabel('Prix payé, en euros')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Prix payé, en euros')).toHaveValue('beaucoup');
  await expectNoAxeViolations(page);
});

test('offline, the simulator still estimates from the coverage kept on the device', async ({ page, context, baseURL }) => {
  await openSimulator(page, baseURL!);
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.getByLabel('Type de soin', { exact: true })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#simulator-freshness')).toContainText('Hors ligne');
  await page.getByLabel('Type de soin', { exact: true }).selectOption({ label: "Lit d'accompagnant — Enfant couvert par le contrat" });
  await page.getByLabel('Prix payé, en euros').fill('100');
  await page.getByLabel('Base de remboursement de la Sécurité sociale, en euros').fill('0');
  await page.getByLabel('Taux de remboursement de la Sécurité sociale, en %').fill('0');
  await page.getByLabel('Nombre de jours').fill('3');
  await page.getByRole('button', { name: 'Estimer' }).click();
  await expect(part(page, 'Remboursé par votre contrat')).toHaveText(/^60\s€$/);
});

test('online, what the beneficiary already used this year comes from the reimbursements', async ({ page, baseURL }) => {
  await openSimulator(page, baseURL!);
  const { usage } = (await (await page.request.get('/api/reimbursements/usage?beneficiaire=1')).json()) as {
    usage: { coverageLineId: number; units: number }[];
  };
  await page.getByLabel('Rechercher un type de soin').fill('ostéo');
  const lineId = Number(await page.getByLabel('Type de soin', { exact: true }).inputValue());
  const expected = usage.find((entry) => entry.coverageLineId === lineId)?.units ?? 0;
  await expect(page.getByLabel('Déjà remboursé cette année : nombre de séances')).toHaveValue(String(expected));
  await expect(page.locator('#deja-source')).toContainText('Prérempli d’après les remboursements déjà reçus');
});
