import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page and fails with a readable list of the violations found. `enhancedContrast`
 * adds the AAA contrast rule (7:1), promised by the high-contrast display mode.
 */
export async function expectNoAxeViolations(page: Page, { enhancedContrast = false } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (enhancedContrast) builder = builder.options({ rules: { 'color-contrast-enhanced': { enabled: true } } });
  const { violations, passes, incomplete } = await builder.analyze();
  const readable = violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
  if (enhancedContrast) {
    const checked = [...passes, ...incomplete].some((result) => result.id === 'color-contrast-enhanced');
    expect(checked, 'the AAA contrast rule ran').toBe(true);
  }
}
