import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAllowed, licenseOf } from './license-policy.ts';

/**
 * Every dependency that ships (`npm ls --omit=dev`), with its version and licence, printed so
 * that the test output is the inventory; fails on a package without a licence or with one
 * outside the allow-list of license-policy.ts. Unlike the advisories, this needs no network.
 */
const listing = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
const folders = listing.stdout.split('\n').filter(Boolean).slice(1);
if (listing.status !== 0 || folders.length === 0) {
  console.log(`Inventaire impossible : npm ls a échoué (${listing.stderr.trim().split('\n')[0] ?? 'sans message'}).`);
  process.exit(1);
}

const packages = new Map<string, { name: string; version: string; license: string | null }>();
for (const folder of folders) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown; licenses?: unknown };
  packages.set(`${manifest.name}@${manifest.version}`, { name: manifest.name, version: manifest.version, license: licenseOf(manifest) });
}
const sorted = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
const width = Math.max(...sorted.map((entry) => `${entry.name}@${entry.version}`.length));
for (const entry of sorted) console.log(`  ${`${entry.name}@${entry.version}`.padEnd(width)}  ${entry.license ?? '(aucune)'}`);

const counts = new Map<string, number>();
for (const entry of sorted) counts.set(entry.license ?? '(aucune)', (counts.get(entry.license ?? '(aucune)') ?? 0) + 1);
console.log(
  `${sorted.length} paquets livrés : ${[...counts].sort((a, b) => b[1] - a[1]).map(([license, count]) => `${license} ${count}`).join(', ')}.`,
);

const refused = sorted.filter((entry) => !entry.license || !isAllowed(entry.license));
if (refused.length === 0) process.exit(0);
console.log('Licences absentes ou hors de la liste autorisée (scripts/license-policy.ts) :');
for (const entry of refused) console.log(`  ${entry.name}@${entry.version} : ${entry.license ?? 'aucune licence déclarée'}`);
process.exit(1);
