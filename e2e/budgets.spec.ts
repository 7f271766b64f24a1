import { expect, test, type Page, type Response } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectViewsRendered } from './support/views.ts';

/** shared/GUIDE.md §8: compressed bytes of a first visit, API answers excluded. */
const BUDGETS: Record<string, { total: number; script: number }> = {
  public: { total: 50_000, script: 15_000 },
  card: { total: 60_000, script: 25_000 },
  signedIn: { total: 80_000, script: 35_000 },
};
const API_ANSWER = /\/api\//;

function budgetOf(path: string, signedIn: boolean) {
  if (path === '/carte' || path === '/garanties') return BUDGETS.card!;
  return signedIn ? BUDGETS.signedIn! : BUDGETS.public!;
}

/**
 * Bytes on the wire (Content-Length of the compressed answer) for one first visit, and whether
 * the Solid runtime came with it (its hydration registry, `_$HY`, is in no other script).
 */
async function firstVisit(page: Page, path: string) {
  let total = 0;
  let script = 0;
  const scripts: Response[] = [];
  // Our server sends a Content-Length with every answer, compressed or not.
  page.on('response', (response) => {
    if (API_ANSWER.test(new URL(response.url()).pathname)) return;
    const size = Number(response.headers()['content-length'] ?? 0);
    total += size;
    if (response.request().resourceType() === 'script') {
      script += size;
      scripts.push(response);
    }
  });
  await page.goto(path, { waitUntil: 'load' });
  // A signed-in page that sent us to /connexion would measure the wrong page.
  expect(new URL(page.url()).pathname.replace(/\.html$/, ''), 'page measured').toBe(path);
  // Everything the islands load to draw their data is part of the visit.
  await expectViewsRendered(page);
  const solid = (await Promise.all(scripts.map((response) => response.text()))).some((text) => text.includes('_$HY'));
  return { total, script, solid };
}

test('every page of a first visit stays within its budget', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  const over: string[] = [];
  const withSolid: string[] = [];
  for (const route of siteRoutes) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    if (route.signedIn) await signInQuickly(page, baseURL!, ADHERENT);
    const visit = await firstVisit(page, route.path);
    expect(visit.total, `bytes counted for ${route.path}`).toBeGreaterThan(1_000);
    const budget = budgetOf(route.path, route.signedIn);
    rows.push(
      `${route.path.padEnd(24)} ${String(visit.total).padStart(7)} / ${budget.total}   JS ${String(visit.script).padStart(6)} / ${budget.script}${visit.solid ? '   Solid' : ''}`,
    );
    if (visit.total > budget.total || visit.script > budget.script) over.push(route.path);
    // The header, the display settings and the consent panel are small plain scripts.
    if (!route.signedIn && visit.solid) withSolid.push(route.path);
    await context.close();
  }
  console.log(`First visit, compressed bytes (page, total / budget, JavaScript / budget, Solid loaded):\n${rows.join('\n')}`);
  expect(over, 'pages over budget').toEqual([]);
  expect(withSolid, 'public pages loading the Solid runtime').toEqual([]);
});
