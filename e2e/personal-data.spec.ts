import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';

test('all my data, to download as JSON and to read on the page', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/donnees-personnelles');
  await expect(page.getByRole('heading', { name: 'Identité et adhésion' })).toBeVisible();
  await expect(page.locator('#data-view')).toContainText('990012345');
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
  await expect(page.locator('#requests-list > li').first()).toContainText('Droit à la portabilité');
});
