import { expect, test } from '@playwright/test';
import { ADHERENT, AYANT_DROIT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { personalView, viewStatus } from './support/views.ts';

test('the payments of the last twelve months, filtered by beneficiary and period with the keyboard', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/remboursements');
  const table = page.getByRole('table', { name: 'Vos remboursements, du plus récent au plus ancien' });
  await expect(table).toBeVisible();
  await expect(viewStatus(page, 'remboursements')).toContainText(/\d+ paiements? du .* votre contrat a remboursé/);
  const people = await table.locator('tbody td[data-label="Bénéficiaire"]').allTextContents();
  expect(new Set(people)).toEqual(new Set(['Camille', 'Dominique', 'Léa']));
  await expectNoAxeViolations(page);

  await page.getByLabel('Bénéficiaire').focus();
  await page.getByLabel('Bénéficiaire').selectOption({ label: 'Léa Martin' });
  await page.getByLabel('Payés depuis le').fill('2026-01-01');
  await page.getByLabel("Jusqu'au").fill('2026-06-30');
  await page.getByRole('button', { name: 'Afficher les remboursements' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/du=2026-01-01&au=2026-06-30&beneficiaire=3/);
  await expect(viewStatus(page, 'remboursements')).toContainText('du 1 janv. 2026 au 30 juin 2026');
  expect(new Set(await table.locator('tbody td[data-label="Bénéficiaire"]').allTextContents())).toEqual(new Set(['Léa']));
  await expect(page.getByRole('link', { name: /Télécharger cette liste/ })).toHaveAttribute('href', /export\.csv\?du=2026-01-01&au=2026-06-30&beneficiaire=3/);

  // The same filter after a reload: the address keeps it.
  await page.reload();
  await expect(page.getByLabel('Bénéficiaire')).toHaveValue('3');
});

test('the CSV and a monthly statement download', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/remboursements');
  const csv = page.waitForEvent('download');
  await page.getByRole('link', { name: /Télécharger cette liste/ }).click();
  expect((await csv).suggestedFilename()).toMatch(/^remboursements-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);

  const statements = personalView(page, 'releves').getByRole('link');
  await expect(statements.first()).toHaveText(/^Relevé de \p{L}+ \d{4}$/u);
  expect(await statements.count()).toBeGreaterThanOrEqual(18);
  const pdf = page.waitForEvent('download');
  await statements.first().click();
  expect((await pdf).suggestedFilename()).toMatch(/^releve-de-prestations-\d{4}-\d{2}\.pdf$/);
});

test('an ayant droit sees only their own payments', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, AYANT_DROIT);
  await page.goto('/remboursements');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  expect(new Set(await table.locator('tbody td[data-label="Bénéficiaire"]').allTextContents())).toEqual(new Set(['Dominique']));
  await expect(page.getByLabel('Bénéficiaire').locator('option')).toHaveText(['Tous', 'Dominique Martin']);
});
