import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/**
 * The one test command: type checks, unit and API tests (PGlite, and PostgreSQL when
 * DATABASE_URL is set), a fresh site build, then the browser tests against the real server.
 * Ends with the plain "N passed, N failed" line that CI reads.
 */
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  return status === 0;
}

/** A check that is not a test: it adds a failure when it fails, nothing when it passes. */
function check(label: string, command: string, args: string[]) {
  if (!run(label, command, args)) failed += 1;
}

check('Vérification des types du site (astro check)', 'astro', ['check', '--tsconfig', 'site/tsconfig.json', '--minimumFailingSeverity', 'warning']);
check('Vérification des types (tsc)', 'tsc', ['--noEmit']);
check('Code partagé sans Node ni DOM (tsc, domain/)', 'tsc', ['-p', 'domain', '--noEmit']);
// Here rather than in .ci/run: `npm test` then fails the same way on a laptop and in CI.
check('Vulnérabilités connues des dépendances livrées (npm audit)', process.execPath, ['scripts/dependency-audit.ts']);
check('Inventaire des dépendances livrées : versions et licences', process.execPath, ['scripts/license-inventory.ts']);

rmSync('test-results', { recursive: true, force: true });
const unitOk = run('Tests unitaires et API (Vitest)', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const unit = countVitest();
passed += unit.passed;
failed += unit.failed + (unitOk || unit.failed > 0 ? 0 : 1);

if (run('Construction du site', 'astro', ['build', '--silent'])) {
  const e2eOk = run('Tests de bout en bout (Playwright, Chromium)', 'playwright', ['test']);
  const e2e = countPlaywright();
  passed += e2e.passed;
  failed += e2e.failed + (e2eOk || e2e.failed > 0 ? 0 : 1);
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function countVitest() {
  const report = readJson('test-results/vitest.json') as { numPassedTests: number; numFailedTests: number } | undefined;
  return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
}

function countPlaywright() {
  const report = readJson('test-results/e2e.json') as
    | { stats: { expected: number; unexpected: number; flaky: number } }
    | undefined;
  return {
    passed: (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0),
    failed: report?.stats.unexpected ?? 0,
  };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
