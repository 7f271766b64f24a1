import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectViewsRendered } from './support/views.ts';

/**
 * The main journeys with the keyboard alone. At every stop of the focus: a visible indicator
 * (outline or box-shadow contrasting ≥ 3:1 with what surrounds the element, WCAG 2.4.7 / 1.4.11)
 * and the element not hidden under a fixed or sticky one (WCAG 2.4.11).
 */

interface FocusReport {
  description: string;
  /** Reached with Tab: it must show an indicator. Containers focused by script need not. */
  tabbable: boolean;
  indicator: string | null;
  contrast: number;
  obscuredBy: string | null;
}

async function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) throw new Error('nothing has the focus');
    const describe = (node: Element) =>
      `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} « ${(node.textContent ?? '').trim().slice(0, 40)} »`;

    const parse = (color: string): [number, number, number, number] => {
      const parts = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const contrast = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    /** The colour painted behind the element: the first opaque-enough background of its ancestors. */
    const backgroundAround = (node: Element): number[] => {
      for (let current = node.parentElement; current; current = current.parentElement) {
        const color = parse(getComputedStyle(current).backgroundColor);
        if (color[3] > 0.5) return color;
      }
      return [255, 255, 255, 1];
    };

    const style = getComputedStyle(element);
    let indicator: string | null = null;
    let indicatorColor: number[] | null = null;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
      indicator = `outline ${style.outlineWidth} ${style.outlineColor}`;
      indicatorColor = parse(style.outlineColor);
    } else if (style.boxShadow !== 'none') {
      indicator = `box-shadow ${style.boxShadow}`;
      indicatorColor = parse(style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? '');
    }

    const box = element.getBoundingClientRect();
    // A link wrapped over two lines: the middle of its box may fall between them, on its paragraph.
    const firstLine = element.getClientRects()[0] ?? box;
    const x = Math.min(Math.max(firstLine.left + firstLine.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(firstLine.top + firstLine.height / 2, 0), innerHeight - 1);
    const onTop = document.elementFromPoint(x, y);
    const visible = onTop !== null && (onTop === element || element.contains(onTop));
    const inViewport = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;

    return {
      description: describe(element),
      tabbable: element.tabIndex >= 0,
      indicator,
      contrast: indicatorColor ? contrast(indicatorColor, backgroundAround(element)) : 0,
      obscuredBy: !inViewport ? 'outside the viewport' : visible ? null : onTop ? describe(onTop) : 'nothing painted',
    };
  });
}

async function expectFocusSeen(page: Page): Promise<FocusReport> {
  const report = await focusReport(page);
  expect(report.obscuredBy, `${report.description} is hidden`).toBeNull();
  if (report.tabbable) {
    expect(report.indicator, `${report.description} shows a focus indicator`).not.toBeNull();
    expect(report.contrast, `${report.description}: ${report.indicator}`).toBeGreaterThanOrEqual(3);
  }
  return report;
}

/** Presses Tab (or Shift+Tab) until the target has the focus, checking every stop on the way. */
async function walkTo(page: Page, target: Locator, { backwards = false, maxPresses = 60 } = {}): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    await expectFocusSeen(page);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}

test('the checks catch a missing indicator and a focus hidden under a sticky header', async ({ page }) => {
  await page.setContent(`
    <header style="position:fixed;top:0;left:0;right:0;height:6rem;background:#fff;z-index:1">En-tête</header>
    <button style="outline:none;margin-top:10rem">Sans indicateur</button>
    <button style="position:relative;top:-8rem">Sous l'en-tête</button>`);
  await page.keyboard.press('Tab');
  expect((await focusReport(page)).indicator).toBeNull();
  await page.keyboard.press('Tab');
  expect((await focusReport(page)).obscuredBy).toMatch(/^header/);
});

test('the main journeys work with the keyboard alone, the focus always seen', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');

  // Skip link, then the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await expectFocusSeen(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expectFocusSeen(page);

  // Header menu: from the top of the page to « Mon espace », which asks to sign in.
  await page.goto('/');
  const memberSpace = page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mon espace' });
  await walkTo(page, memberSpace);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/connexion/);

  // Sign-in.
  await walkTo(page, page.getByLabel('Adresse e-mail'));
  await page.keyboard.type(ADHERENT.email);
  await walkTo(page, page.getByLabel('Mot de passe', { exact: true }));
  await page.keyboard.type(ADHERENT.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/remboursements/);

  // Member menu, to the card.
  const cardLink = page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Ma carte mutualiste' });
  await walkTo(page, cardLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/carte/);
  await expect(page.locator('#member-card')).toContainText('990012345');

  // « Présenter au professionnel » and back, with Enter then Escape.
  const present = page.getByRole('button', { name: 'Présenter au professionnel' });
  await walkTo(page, present);
  await page.keyboard.press('Enter');
  const leave = page.getByRole('button', { name: 'Quitter la présentation' });
  await expect(leave).toBeFocused();
  await expectFocusSeen(page);
  await page.keyboard.press('Escape');
  await expect(present).toBeFocused();
  await expectFocusSeen(page);
  await page.keyboard.press('Enter');
  await expect(leave).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(present).toBeFocused();

  // « Affichage »: open, choose high contrast with the arrow keys, close with Escape.
  const display = page.getByRole('button', { name: 'Affichage', exact: true });
  await walkTo(page, display, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('#display-panel').getByRole('radio', { name: 'Standard' }).first()).toBeFocused();
  await expectFocusSeen(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expectFocusSeen(page);
  await walkTo(page, page.getByRole('button', { name: "Rétablir l'affichage par défaut" }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
  await page.keyboard.press('Escape');
  await expect(display).toBeFocused();
  await expectFocusSeen(page);

  // Sign-out, reached from the header.
  await walkTo(page, page.getByRole('button', { name: 'Se déconnecter' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/connexion\?deconnexion=1/);
  await page.goto('/carte');
  await expect(page).toHaveURL(/\/connexion/);
});

test('on a phone, the member bar, its menu and a whole data page with the keyboard alone, the focus always seen', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInQuickly(page, baseURL!, ADHERENT);
  await page.goto('/demandes');
  await expectViewsRendered(page);
  const memberMenu = page.getByRole('navigation', { name: 'Mon espace' });
  const menu = memberMenu.getByRole('button', { name: 'Menu' });
  await walkTo(page, menu);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await walkTo(page, memberMenu.getByRole('link', { name: 'Mes documents' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/documents$/);

  // Every stop of a page with its data drawn, down to the footer: none hidden under anything.
  await page.goto('/remboursements');
  await expectViewsRendered(page);
  await walkTo(page, page.getByRole('navigation', { name: 'Pied de page' }).getByRole('link').last(), { maxPresses: 120 });
});
