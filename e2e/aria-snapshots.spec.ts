import { expect, test } from '@playwright/test';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectViewsRendered, personalView, requestItems } from './support/views.ts';

/**
 * What a screen reader is given, compared with the committed snapshots in
 * aria-snapshots.spec.ts-snapshots/. A change to them is a change in what blind members hear:
 * review it, then update with `playwright test e2e/aria-snapshots.spec.ts --update-snapshots`.
 * Values that move with the calendar (freshness of the data, dates and amounts of the demonstration
 * history) are matched by regular expressions; a long list is matched by its first items.
 */

/** The card's standard block, in the order of the Assurance Maladie's tiers payant specification. */
const STANDARD_BLOCK = ['Période de validité', 'N° AMC', 'Type de convention', 'CSR', "N° d'adhérent"];

test.describe('signed in', () => {
  test.beforeEach(async ({ page, baseURL }) => {
    await signInQuickly(page, baseURL!, ADHERENT);
  });

  test('the member card reads as its snapshot', async ({ page }) => {
    await page.goto('/carte');
    const card = page.locator('#member-card');
    await expect(card).toContainText('990012345');
    await expect(card).toMatchAriaSnapshot({ name: 'card.aria.yml' });
  });

  test('the card is read from its standard block first', async ({ page }) => {
    await page.goto('/carte');
    const card = page.locator('#member-card');
    await expect(card).toContainText('990012345');
    // Reading order is document order: the card's title, then the five standard entries.
    const lines = (await card.innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines[0]).toBe('Carte de tiers payant');
    const terms = await card.locator('dt').allInnerTexts();
    expect(terms.slice(0, STANDARD_BLOCK.length)).toEqual(STANDARD_BLOCK);
    expect(lines[1], 'first thing read after the title').toBe(STANDARD_BLOCK[0]);
    const positions = STANDARD_BLOCK.map((term) => lines.indexOf(term));
    expect(positions, 'standard entries in order, each followed by its value').toEqual(positions.map((_, index) => 1 + 2 * index));
  });

  test('the reimbursements list reads as its snapshot: the summary, the headers, a payment and the totals', async ({ page }) => {
    await page.goto('/remboursements');
    await expectViewsRendered(page);
    await expect(personalView(page, 'remboursements')).toMatchAriaSnapshot({ name: 'reimbursements-list.aria.yml' });
  });

  test('a request’s thread reads as its snapshot: its history, the messages both ways and the reply', async ({ page }) => {
    await page.goto('/demandes');
    await expectViewsRendered(page);
    const request = requestItems(page).filter({ has: page.getByRole('heading', { name: /— Carte mutualiste papier$/ }) });
    await request.getByRole('button', { name: 'Voir le détail' }).click();
    await expectViewsRendered(page);
    await expect(request).toMatchAriaSnapshot({ name: 'request-thread.aria.yml' });
  });

  test('the first category of the coverage table reads as its snapshot', async ({ page }) => {
    await page.goto('/garanties');
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.locator('.coverage-category').first()).toMatchAriaSnapshot({ name: 'coverage-first-category.aria.yml' });
  });
});

test('the sign-in form reads as its snapshot', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.locator('main form')).toMatchAriaSnapshot({ name: 'sign-in-form.aria.yml' });
});

test('the display settings read as their snapshot', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Affichage', exact: true }).click();
  await expect(page.locator('#display-panel')).toMatchAriaSnapshot({ name: 'display-settings.aria.yml' });
});
