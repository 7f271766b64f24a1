import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type Kysely, sql } from 'kysely';
import { type DatabaseTarget, openDatabase } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { seedIfEmpty } from '../db/seed/index.ts';
import { openSession } from '../server/auth/sessions.ts';
import { startServer } from '../server/testing-process.ts';
import { buildSiteIfNeeded } from './site-build.ts';

/**
 * Load test of the personal API against a static file, on PostgreSQL and on PGlite. The 100
 * sessions are opened by the server's own session module in the database the server then uses:
 * signing in 100 times would measure argon2 and trip the sign-in rate limit instead.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SESSIONS = 100;
const TARGETS = ['/api/card', '/api/coverage', '/favicon.svg'];
const DEMO_EMAIL = 'adherent@demo.test';
const postgresUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

interface Backend {
  name: string;
  target: DatabaseTarget;
  serverEnv: Record<string, string>;
  dispose(): Promise<void>;
}

buildSiteIfNeeded();
const cpu = cpus();
console.log(`Machine : ${cpu.length} cœurs (${cpu[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} Gio de mémoire, Node ${process.version}`);
// Other work on the machine skews the figures: the load average says how busy it was.
console.log(`Charge moyenne au départ (1, 5, 15 min) : ${loadavg().map((load) => load.toFixed(1)).join(', ')}`);
console.log(`${SESSIONS} connexions (une session chacune), ${SECONDS} s par adresse\n`);
console.log('| base | adresse | requêtes/s | p50 (ms) | p99 (ms) | erreurs | coût vs fichier statique |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');

for (const makeBackend of [postgresBackend, pgliteBackend]) {
  const backend = await makeBackend();
  try {
    const cookies = await openSessions(backend.target);
    const server = await startServer({ SITE_DIR: 'dist', ...backend.serverEnv });
    try {
      const results = [];
      for (const path of TARGETS) results.push({ path, ...(await load(server.url, path, cookies)) });
      const staticRate = results.at(-1)!.rate;
      for (const row of results) {
        const ratio = row.path === TARGETS.at(-1) ? '—' : `× ${(staticRate / row.rate).toFixed(1)}`;
        console.log(`| ${backend.name} | ${row.path} | ${row.rate.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${ratio} |`);
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  } finally {
    await backend.dispose();
  }
}

async function postgresBackend(): Promise<Backend> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url: postgresUrl });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const withSchema = new URL(postgresUrl);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'PostgreSQL',
    target: { kind: 'postgres', url: postgresUrl, searchPath: schema },
    serverEnv: { DATABASE_URL: withSchema.toString() },
    async dispose() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

async function pgliteBackend(): Promise<Backend> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-'));
  const dataDir = join(folder, 'data');
  return {
    name: 'PGlite',
    target: { kind: 'pglite', dataDir },
    serverEnv: { DATA_DIR: dataDir },
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
}

/** Prepares the database as the server would, then opens the sessions; PGlite allows one process at a time, so it closes before the server starts. */
async function openSessions(target: DatabaseTarget): Promise<string[]> {
  const db: Kysely<Database> = await openDatabase(target);
  try {
    await migrateToLatest(db);
    await seedIfEmpty(db, { demo: true });
    const { id } = await db.selectFrom('accounts').select('id').where('email', '=', DEMO_EMAIL).executeTakeFirstOrThrow();
    const tokens = [];
    for (let index = 0; index < SESSIONS; index += 1) tokens.push(await openSession(db, id, `Banc d'essai ${index + 1}`));
    return tokens.map((token) => `__Host-session=${token}`);
  } finally {
    await db.destroy();
  }
}

async function load(base: string, path: string, cookies: string[]) {
  let next = 0;
  const result = await autocannon({
    url: `${base}${path}`,
    connections: cookies.length,
    duration: SECONDS,
    headers: { Accept: 'application/json' },
    setupClient: (client) => client.setHeaders({ Accept: 'application/json', Cookie: cookies[next++ % cookies.length]! }),
  });
  const kinds = [
    result.timeouts ? `${result.timeouts} hors délai` : '',
    result.errors - result.timeouts > 0 ? `${result.errors - result.timeouts} coupées` : '',
    ...Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count }]) => `${count} × ${code}`),
  ].filter(Boolean);
  return {
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: kinds.length ? `${result.errors + result.non2xx} (${kinds.join(', ')})` : '0',
  };
}
