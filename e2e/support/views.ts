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
 * ask for ("idle"): the deterministic moment to audit what people see. A view still loading
 * (an island that did not hydrate…) or that failed fails the wait.
 */
export async function expectViewsRendered(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  for (const view of await page.locator('[data-personal-view]').all()) {
    const name = await view.getAttribute('data-personal-view');
    await expect(view, `view « ${name} » drawn`).toHaveAttribute('data-view-state', /^(ready|idle)$/, { timeout: 15_000 });
  }
}
