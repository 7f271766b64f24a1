import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['site', 'astro.config.mjs', 'package-lock.json'];
const BUILT_MARKER = join('dist', 'index.html');

/** Builds the site unless dist/ is newer than every source file. */
export function buildSiteIfNeeded(): void {
  const built = modifiedAt(BUILT_MARKER);
  if (built !== undefined && built >= Math.max(...SOURCES.map(newestModification))) return;
  console.log('Construction du site…');
  const result = spawnSync('astro', ['build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error('La construction du site a échoué (voir ci-dessus).');
    process.exit(result.status ?? 1);
  }
}

function newestModification(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

function modifiedAt(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}
