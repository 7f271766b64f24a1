import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { chromiumExecutable } from '../e2e/support/chromium.ts';
import { startServer } from '../server/testing-process.ts';
import { siteRoutes } from '../site/routes.ts';
import { buildSiteIfNeeded } from './site-build.ts';

/**
 * Lighthouse (mobile, default simulated throttling) on every public page and, signed in with the
 * demo account, on the pages kept for offline use. Exits 1 under the thresholds below.
 * One run's performance score moves by 15 points on a shared 2-core machine, so each page is
 * audited AUDIT_RUNS times (3 by default) and judged on the median run, as Lighthouse advises.
 * The table also shows Lighthouse's benchmark index of the machine for that run (higher is faster;
 * under 1000 Lighthouse itself warns) and the load at the start: a busy machine shows there first.
 */
type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('AUDIT_RUNS doit être un nombre entier de passages, au moins 1.');
  process.exit(1);
}
const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
type Category = keyof typeof THRESHOLDS;
const CATEGORIES = Object.keys(THRESHOLDS) as Category[];
const SIGNED_IN_PAGES = ['/carte', '/garanties'];
const DEMO_ACCOUNT = { email: 'adherent@demo.test', password: 'demo-adherent-2025' };

buildSiteIfNeeded();
const dataDir = join(await mkdtemp(join(tmpdir(), 'audit-')), 'data');
// Demonstration mode, as under `npm start`: /demo/courriels is audited as a demonstration shows it.
const server = await startServer({ SITE_DIR: 'dist', DATA_DIR: dataDir, DEMO_MODE: 'true' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? chromiumExecutable(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Pages opened from an e-mailed link are audited as members reach them, with the link's token. */
const ARRIVAL_QUERY: Record<string, string> = {
  '/activation/confirmer': '?jeton=exemple-de-lien',
  '/mot-de-passe/nouveau': '?jeton=exemple-de-lien',
  '/adresse-email/confirmer': '?jeton=exemple-de-lien',
};

let failed = false;
try {
  const cookie = await signIn(server.url);
  // `npm run audit -- /carte /cgu` audits only those pages.
  const only = process.argv.slice(2);
  const pages = [
    ...siteRoutes.filter((route) => !route.signedIn).map((route) => ({ path: route.path, cookie: undefined })),
    ...SIGNED_IN_PAGES.map((path) => ({ path, cookie })),
  ].filter((page) => only.length === 0 || only.includes(page.path));
  console.log(`Lighthouse (mobile, limitation simulée) — ${pages.length} pages, médiane de ${RUNS} passages, seuils : performance ≥ ${THRESHOLDS.performance}, accessibilité ≥ ${THRESHOLDS.accessibility}, bonnes pratiques ≥ ${THRESHOLDS['best-practices']}\n`);
  console.log(`Charge de la machine au départ : ${loadavg()[0]!.toFixed(2)} sur ${availableParallelism()} cœurs\n`);
  console.log('| page | performance | accessibilité | bonnes pratiques | indice machine |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const shortfalls: string[] = [];
  for (const page of pages) {
    const started = Date.now();
    const runs: LighthouseReport[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`${server.url}${page.path}${ARRIVAL_QUERY[page.path] ?? ''}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse n'a rien renvoyé pour ${page.path}`);
      runs.push(result.lhr);
    }
    const valid = filterToValidRuns(runs);
    const lhr = valid.length > 0 ? (computeMedianRun(valid) as LighthouseReport) : runs[0]!;
    const scores = CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const benchmarkIndex = Math.round(lhr.environment.benchmarkIndex);
    console.log(`| ${page.path} | ${scores.join(' | ')} | ${benchmarkIndex} |   (${seconds} s)`);
    CATEGORIES.forEach((category, index) => {
      if (scores[index]! >= THRESHOLDS[category]) return;
      failed = true;
      const audits = lhr.categories[category]!.auditRefs
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
      const reason = lhr.runtimeError ? `Lighthouse en erreur : ${lhr.runtimeError.code} ${lhr.runtimeError.message}` : audits.join(', ');
      shortfalls.push(`${page.path} — ${category} ${scores[index]} : ${reason}`);
    });
  }
  if (shortfalls.length > 0) console.log(`\nSous les seuils :\n${shortfalls.join('\n')}`);
} finally {
  await chrome.kill();
  server.child.kill('SIGTERM');
  await server.exited;
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify(DEMO_ACCOUNT),
  });
  const cookie = /(__Host-session=[^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')?.[1];
  if (response.status !== 200 || !cookie) throw new Error(`Connexion du compte de démonstration impossible (${response.status}).`);
  return cookie;
}
