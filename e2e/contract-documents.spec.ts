import { expect, test } from '@playwright/test';
import { ADHERENT, AYANT_DROIT, signInQuickly, tabTo } from './support/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { personalView } from './support/views.ts';

test('« Mon contrat »: the contract, the cotisation up to date, the people covered', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/contrat');
  await expect(page.getByText('Catégorie de cotisation')).toBeVisible();
  await expect(personalView(page, 'contrat')).toContainText('« Famille »');
  await expect(personalView(page, 'contrat')).toContainText('À jour');
  await expect(page.getByRole('table', { name: 'Derniers appels de cotisation' })).toBeVisible();
  const people = page.getByRole('region', { name: 'Les personnes couvertes' }).getByRole('listitem');
  await expect(people).toHaveCount(3);
  await expect(people.first()).toContainText('Camille Martin — Adhérent principal, rang 1');
  await expectNoAxeViolations(page);
});

test('an ayant droit sees their own line and no cotisation', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, AYANT_DROIT);
  await page.goto('/contrat');
  await expect(page.getByText('La cotisation est gérée par l’adhérent principal.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Personne couverte' }).getByRole('listitem')).toHaveCount(1);
});

test('« Mes documents »: the attestation states its type and size, and downloads with the keyboard', async ({ page, baseURL }) => {
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/documents');
  const link = page.getByRole('link', { name: "Attestation d'affiliation" });
  const item = personalView(page, 'documents').getByRole('listitem').first();
  await expect(item).toContainText(/\(PDF, \d+\sKo\)/);
  const statedKilobytes = Number(/\(PDF, (\d+)\sKo\)/.exec((await item.textContent()) ?? '')![1]);

  await tabTo(page, link);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await (await download).createReadStream();
  let bytes = 0;
  for await (const chunk of file) bytes += (chunk as Buffer).length;
  expect(Math.max(1, Math.round(bytes / 1000))).toBe(statedKilobytes);
  await expect(page.getByRole('heading', { name: 'Votre notice en bref' })).toBeVisible();
  await expectNoAxeViolations(page);
});
