import { configDefaults, defineConfig } from 'vitest/config';
import type { TestProjectConfiguration } from 'vitest/config';

const include = ['domain/**/*.test.ts', 'db/**/*.test.ts', 'server/**/*.test.ts', 'site/**/*.test.ts', 'scripts/**/*.test.ts'];
/** They start the server on embedded databases of their own, whatever DATABASE_URL says. */
const pgliteOnly = ['server/main.test.ts'];

// Every test runs on the embedded PGlite; with DATABASE_URL set, once more on that PostgreSQL server.
const projects: TestProjectConfiguration[] = [{ test: { name: 'pglite', include, env: { DATABASE_URL: '' } } }];
if (process.env.DATABASE_URL) {
  projects.push({
    test: {
      name: 'postgresql',
      include,
      exclude: [...configDefaults.exclude, ...pgliteOnly],
      env: { DATABASE_URL: process.env.DATABASE_URL },
    },
  });
}

export default defineConfig({
  test: {
    projects,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
