import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports run one way: site → domain, server → db → domain. The browser never loads server or
 * database code, the database layer never reaches into the server, and domain/ stays pure (no
 * package, no Node, nothing outside itself). `import type` is erased at build time, so a type may
 * cross only where the README says why.
 */
const ROOT = normalize(join(import.meta.dirname, '..'));
const LAYERS = ['site', 'server', 'db', 'domain'] as const;
type Layer = (typeof LAYERS)[number];

const FORBIDDEN: Record<Layer, readonly string[]> = {
  site: ['server', 'db'],
  db: ['server', 'site'],
  server: ['site'],
  domain: ['site', 'server', 'db'],
};

/** Type imports the README explains: the site's API client is typed by the server's routes. */
const ALLOWED_TYPES = new Set(['site/scripts/api.ts → server/app.ts']);

/**
 * The coverage code (server/coverage/, the coverage categories of db/schema.ts, the notice's
 * glossary) is still read in place by the coverage, simulator and seed modules below; the README
 * says so. Every entry must still be found, so the list only shrinks.
 */
const COVERAGE_IN_PLACE = new Set([
  'db/seed/demo-reimbursements.ts → server/coverage/estimate.ts',
  'db/seed/demo-reimbursements.ts → server/coverage/format.ts',
  'site/pages/garanties.astro → db/seed/notice/glossary.ts',
  'site/scripts/coverage-categories.ts → db/schema.ts',
  'site/scripts/simulator-page.ts → server/coverage/estimate.ts',
  'site/scripts/simulator-page.ts → server/coverage/format.ts',
  'site/scripts/simulator-page.ts → db/schema.ts',
]);

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Static imports and re-exports (type-only ones marked), dynamic imports and bare `import 'x'`. */
function importsOf(source: string): Import[] {
  const found: Import[] = [];
  const statement = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(statement)) {
    const clause = match[3]!.trim();
    const named = /^\{([^}]*)\}$/.exec(clause);
    const everyNameIsType = named !== null && named[1]!.split(',').filter((name) => name.trim()).every((name) => /^\s*type\s/.test(name));
    found.push({ specifier: match[4]!, typeOnly: Boolean(match[2]) || everyNameIsType });
  }
  for (const match of source.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) found.push({ specifier: match[1]!, typeOnly: false });
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

function sourceFiles(layer: Layer): string[] {
  return readdirSync(join(ROOT, layer), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs|astro)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => `${layer}/${file}`);
}

const layerOf = (path: string) => path.split('/')[0]!;

/** Every import crossing a layer boundary the wrong way, as "from → to" (or "from → package"). */
function crossings(): { runtime: string[]; types: string[] } {
  const runtime: string[] = [];
  const types: string[] = [];
  for (const layer of LAYERS) {
    for (const file of sourceFiles(layer)) {
      const isTest = /\.test\.tsx?$/.test(file);
      for (const { specifier, typeOnly } of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
        if (!specifier.startsWith('.')) {
          // domain/ stays free of packages and of Node; its tests may use the test runner.
          if (layer === 'domain' && !(isTest && (specifier === 'vitest' || specifier.startsWith('node:')))) runtime.push(`${file} → ${specifier}`);
          continue;
        }
        const target = relative(ROOT, join(ROOT, dirname(file), specifier)).split('\\').join('/');
        if (!FORBIDDEN[layer].includes(layerOf(target))) continue;
        (typeOnly ? types : runtime).push(`${file} → ${target}`);
      }
    }
  }
  return { runtime, types };
}

describe('the direction of imports', () => {
  const { runtime, types } = crossings();

  it('recognises what is erased at build time and what is not', () => {
    expect(importsOf("import type { A } from '../server/app.ts';")).toEqual([{ specifier: '../server/app.ts', typeOnly: true }]);
    expect(importsOf("import { type A, type B } from '../db/schema.ts';")).toEqual([{ specifier: '../db/schema.ts', typeOnly: true }]);
    expect(importsOf("import { type A, b } from '../db/schema.ts';")).toEqual([{ specifier: '../db/schema.ts', typeOnly: false }]);
    expect(importsOf("export { euros } from '../domain/money.ts';\nimport '../scripts/x.ts';\nvoid import('./y.ts');")).toEqual([
      { specifier: '../domain/money.ts', typeOnly: false },
      { specifier: '../scripts/x.ts', typeOnly: false },
      { specifier: './y.ts', typeOnly: false },
    ]);
  });

  it('finds the files of every layer', () => {
    for (const layer of LAYERS) expect(sourceFiles(layer).length, layer).toBeGreaterThan(3);
  });

  it('never loads server or database code in the site, nor server code in db/, nor anything but itself in domain/', () => {
    expect(runtime.filter((crossing) => !COVERAGE_IN_PLACE.has(crossing))).toEqual([]);
  });

  it('lets a type cross only where the README explains why', () => {
    expect(types.filter((crossing) => !ALLOWED_TYPES.has(crossing) && !COVERAGE_IN_PLACE.has(crossing))).toEqual([]);
  });

  it('keeps no exception that is no longer needed', () => {
    const all = new Set([...runtime, ...types]);
    expect([...COVERAGE_IN_PLACE, ...ALLOWED_TYPES].filter((crossing) => !all.has(crossing))).toEqual([]);
  });
});
