import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.ts';
import type { Database } from '../db/schema.ts';
import { demoAccounts } from '../db/seed/demo-accounts.ts';
import { minimalSite, startServer } from './testing-process.ts';
import type { Kysely } from 'kysely';

const url = process.env.DATABASE_URL;
const [principal] = demoAccounts;

/** Two server processes on one PostgreSQL database, as behind a load balancer. */
describe.runIf(url)('two instances on one PostgreSQL', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  let admin: Kysely<Database>;
  let servers: Awaited<ReturnType<typeof startServer>>[] = [];

  beforeAll(async () => {
    admin = await openDatabase({ kind: 'postgres', url: url! });
    await sql`create schema ${sql.id(schema)}`.execute(admin);
    const shared = new URL(url!);
    shared.searchParams.set('options', `-c search_path=${schema}`);
    const siteDir = await minimalSite();
    // Started together: migrations and seed must still happen once.
    servers = await Promise.all(
      [1, 2].map(() => startServer({ DATABASE_URL: shared.toString(), SITE_DIR: siteDir, DEMO_MODE: 'true' })),
    );
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited));
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });

  const post = (base: string, path: string, body: unknown, cookie?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(body),
    });

  it('seeds once', async () => {
    const contracts = await sql<{ n: number }>`select count(*)::int as n from ${sql.id(schema, 'contracts')}`.execute(admin);
    expect(contracts.rows[0]!.n).toBe(1);
  });

  it('share sessions: signed in through one, recognised by the other', async () => {
    const [first, second] = servers;
    const signIn = await post(first!.url, '/api/auth/sign-in', { email: principal.email, password: principal.password });
    expect(signIn.status).toBe(200);
    const cookie = /(__Host-session=[^;]+)/.exec(signIn.headers.get('Set-Cookie')!)![1]!;
    const session = await fetch(`${second!.url}/api/auth/session`, { headers: { Cookie: cookie } });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ firstName: 'Camille' });
  });

  it('share the rate limit: failures through both count together', async () => {
    const [first, second] = servers;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const server = attempt % 2 === 0 ? first! : second!;
      const response = await post(server.url, '/api/auth/sign-in', { email: 'ayantdroit@demo.test', password: 'mauvais mot de passe' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
  });
});
