import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { expectViewsRendered } from './views.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is and lists the violations readably. `enhancedContrast` adds the
 * AAA contrast rule (7:1), promised by the high-contrast display mode.
 */
export async function axeViolations(page: Page, { enhancedContrast = false } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (enhancedContrast) builder = builder.options({ rules: { 'color-contrast-enhanced': { enabled: true } } });
  const { violations, passes, incomplete } = await builder.analyze();
  if (enhancedContrast) {
    const checked = [...passes, ...incomplete].some((result) => result.id === 'color-contrast-enhanced');
    expect(checked, 'the AAA contrast rule ran').toBe(true);
  }
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The audit of what people see: once every personal view of the page has drawn its data. */
export async function axeViolationsAsSeen(page: Page, options: { enhancedContrast?: boolean } = {}): Promise<string[]> {
  await expectViewsRendered(page);
  return axeViolations(page, options);
}

/** Fails with the list of violations found once the page's data are drawn. */
export async function expectNoAxeViolations(page: Page, options: { enhancedContrast?: boolean } = {}): Promise<void> {
  expect(await axeViolationsAsSeen(page, options), `axe violations on ${page.url()}`).toEqual([]);
}
