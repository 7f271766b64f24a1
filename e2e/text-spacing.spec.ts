import { expect, test, type Page } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectViewsRendered } from './support/views.ts';

/** WCAG 1.4.12: what a reader may impose through a user style sheet or a bookmarklet. */
const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-bottom: 2em !important; }
`;

/** Boxes that hide part of their content, and whether the page scrolls sideways. */
function clippedText() {
  const clipping = (value: string) => value === 'hidden' || value === 'clip';
  const clipped: string[] = [];
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    if (element.matches('input, textarea, select, svg, svg *, img')) continue;
    const style = getComputedStyle(element);
    if (!clipping(style.overflowX) && !clipping(style.overflowY)) continue;
    // Visually hidden text (1 px boxes) is meant for screen readers, not clipped by accident.
    if (element.clientWidth <= 1 || element.clientHeight <= 1 || !(element.textContent ?? '').trim()) continue;
    const overX = clipping(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const overY = clipping(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    if (overX || overY) {
      clipped.push(
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} ` +
          `(${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}) « ${element.textContent!.trim().slice(0, 40)} »`,
      );
    }
  }
  const root = document.documentElement;
  return { clipped, sideways: root.scrollWidth > root.clientWidth ? `${root.scrollWidth} px for ${root.clientWidth} px` : null };
}

async function applyTextSpacing(page: Page) {
  // A constructed sheet, like a user style sheet: the page's CSP does not apply to it.
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing), 'spacing applied').not.toBe('normal');
}

test('the check finds text cut by a box sized for the default spacing', async ({ page }) => {
  await page.setContent(
    '<body style="margin:0"><div style="overflow:hidden;height:1.2em;width:20em;line-height:1.2">Une ligne de texte</div></body>',
  );
  await applyTextSpacing(page);
  expect((await page.evaluate(clippedText)).clipped).toHaveLength(1);
});

for (const route of siteRoutes) {
  test(`${route.path} clips no text with WCAG text spacing at 320 px`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    if (route.signedIn) await signInQuickly(page, baseURL!, ADHERENT);
    await page.goto(route.path, { waitUntil: 'networkidle' });
    expect(new URL(page.url()).pathname.replace(/\.html$/, ''), 'page checked').toBe(route.path);
    await expectViewsRendered(page);
    await applyTextSpacing(page);
    const { clipped, sideways } = await page.evaluate(clippedText);
    expect(clipped, 'boxes hiding part of their text').toEqual([]);
    expect(sideways, 'sideways scroll').toBeNull();
    await context.close();
  });
}
