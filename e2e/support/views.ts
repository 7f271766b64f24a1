import { expect, type Locator, type Page } from '@playwright/test';

/** A personal view of the page (PersonalView.tsx), by its `data-personal-view` name. */
export function personalView(page: Page, name: string): Locator {
  return page.locator(`[data-personal-view="${name}"]`);
}

/** The polite message of a view: loading, problem, or the summary of what it shows. */
export function viewStatus(page: Page, name: string): Locator {
  return personalView(page, name).locator(':scope > [role="status"]');
}

/** The requests of « Suivi de mes demandes », each with its thread. */
export function requestItems(page: Page): Locator {
  return personalView(page, 'demandes').locator(':scope > ul > li');
}

/**
 * Resolves once every personal view on the page has drawn its data ("ready") or has nothing to
 * ask for ("idle"): the deterministic moment to audit what people see. A view that failed fails
 * the wait with its message.
 */
export async function expectViewsRendered(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const views = page.locator('[data-personal-view]');
  for (const view of await views.all()) {
    await expect(view, await view.getAttribute('data-personal-view').then((name) => `view « ${name} »`)).toHaveAttribute('data-view-state', /^(ready|idle)$/);
  }
}
