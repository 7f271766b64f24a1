import { expect, test, type Page } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';

/** shared/GUIDE.md §8: compressed bytes of a first visit, personal JSON excluded. */
const BUDGETS: Record<string, { total: number; script: number }> = {
  public: { total: 50_000, script: 15_000 },
  card: { total: 60_000, script: 25_000 },
  signedIn: { total: 80_000, script: 35_000 },
};
const PERSONAL_DATA = /\/api\/(card|coverage|auth\/session|account\/sessions)/;

function budgetOf(path: string, signedIn: boolean) {
  if (path === '/carte' || path === '/garanties') return BUDGETS.card!;
  return signedIn ? BUDGETS.signedIn! : BUDGETS.public!;
}

/** Bytes on the wire (Content-Length of the compressed answer) for one first visit. */
async function firstVisitBytes(page: Page, path: string) {
  let total = 0;
  let script = 0;
  // Our server sends a Content-Length with every answer, compressed or not.
  page.on('response', (response) => {
    if (PERSONAL_DATA.test(response.url())) return;
    const size = Number(response.headers()['content-length'] ?? 0);
    total += size;
    if (response.request().resourceType() === 'script') script += size;
  });
  await page.goto(path, { waitUntil: 'load' });
  // A signed-in page that sent us to /connexion would measure the wrong page.
  expect(new URL(page.url()).pathname.replace(/\.html$/, ''), 'page measured').toBe(path);
  return { total, script };
}

test('every page of a first visit stays within its budget', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  const over: string[] = [];
  for (const route of siteRoutes) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    if (route.signedIn) await signInQuickly(page, baseURL!, ADHERENT);
    const bytes = await firstVisitBytes(page, route.path);
    expect(bytes.total, `bytes counted for ${route.path}`).toBeGreaterThan(1_000);
    const budget = budgetOf(route.path, route.signedIn);
    rows.push(`${route.path.padEnd(24)} ${String(bytes.total).padStart(7)} / ${budget.total}   JS ${String(bytes.script).padStart(6)} / ${budget.script}`);
    if (bytes.total > budget.total || bytes.script > budget.script) over.push(route.path);
    await context.close();
  }
  console.log(`First visit, compressed bytes (page, total / budget, JavaScript / budget):\n${rows.join('\n')}`);
  expect(over, 'pages over budget').toEqual([]);
});
