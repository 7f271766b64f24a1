import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteRoutes } from '../site/routes.ts';
import { ADHERENT, signInQuickly } from './support/accounts.ts';
import { expectViewsRendered } from './support/views.ts';

/**
 * The strict CSP (no 'unsafe-inline' for scripts) and the Solid islands together: every inline
 * script a built page carries is allowed by the hash list of the policy the server sends with it,
 * and every island hydrates under that policy without a console error or a CSP violation.
 */

/** The `'sha256-…'` sources of a policy's script-src. */
function scriptHashes(policy: string): Set<string> {
  const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
  return new Set([...scriptSrc.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1]!));
}

/** The SHA-256 sources of the page's inline scripts, as a browser computes them. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `sha256-${createHash('sha256').update(match[1]!).digest('base64')}`,
  );
}

/** The pages whose built HTML holds at least one island. */
const islandRoutes = siteRoutes.filter((route) => readFileSync(`dist${route.path === '/' ? '/index' : route.path}.html`, 'utf8').includes('<astro-island'));

test('the check finds an inline script the policy does not list', () => {
  const html = '<script>window.allowed = 1</script><script type="module" src="/a.js"></script><script>window.added = 2</script>';
  const [allowed, added] = inlineScriptHashes(html);
  expect(inlineScriptHashes(html)).toHaveLength(2);
  expect(scriptHashes(`default-src 'self'; script-src 'self' '${allowed}'`).has(added!)).toBe(false);
});

test('every inline script of every page is allowed by the policy the server sends with it', async ({ request }) => {
  const pages = [...siteRoutes.map((route) => route.path), '/page-inexistante'];
  let islandPages = 0;
  for (const path of pages) {
    const response = await request.get(path);
    const html = await response.text();
    const header = response.headers()['content-security-policy'] ?? '';
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(header, `${path}: a policy without unsafe-inline`).not.toContain('unsafe-inline');
    for (const policy of [header, meta]) {
      const allowed = scriptHashes(policy);
      expect(allowed.size, `${path}: script hashes in the policy`).toBeGreaterThan(0);
      expect(inlineScriptHashes(html).filter((hash) => !allowed.has(hash)), `${path}: inline scripts outside the policy`).toEqual([]);
    }
    if (html.includes('<astro-island')) islandPages += 1;
  }
  expect(islandPages, 'pages with islands checked').toBe(islandRoutes.length);
});

test('the islands are on signed-in pages only: public pages load no Solid', () => {
  expect(islandRoutes.length).toBeGreaterThanOrEqual(9);
  expect(islandRoutes.filter((route) => !route.signedIn).map((route) => route.path)).toEqual([]);
});

for (const route of islandRoutes) {
  test(`${route.path}: every island hydrates under the CSP, without a console error`, async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await signInQuickly(page, baseURL!, ADHERENT);
    await page.goto(route.path);
    const islands = page.locator('astro-island');
    const count = await islands.count();
    // Astro takes `ssr` off an island once its component has hydrated.
    for (let index = 0; index < count; index += 1) await expect(islands.nth(index)).not.toHaveAttribute('ssr', { timeout: 15_000 });
    await expectViewsRendered(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
