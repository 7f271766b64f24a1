import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.ts';
import type { Database } from '../db/schema.ts';
import { demoAccounts } from '../db/seed/demo-accounts.ts';
import { type DataLocation, dataLocation, minimalSite, startServer } from './testing-process.ts';

const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const [principal] = demoAccounts;

let siteDir: string;
let location: DataLocation;
beforeAll(async () => {
  siteDir = await minimalSite();
  await mkdir(join(siteDir, 'demo'));
  await writeFile(join(siteDir, 'demo', 'courriels.html'), '<!doctype html><html lang="fr"><title>Boîte d’envoi</title></html>');
  location = await dataLocation('demo-mode');
});
afterAll(() => location.dispose());

/** Runs the server with the environment, then reads its database once it has stopped. */
async function withServer(env: Record<string, string>, use: (url: string, stdout: string) => Promise<void>) {
  const server = await startServer({ SITE_DIR: siteDir, ...location.env, ...env });
  try {
    await use(server.url, server.output().stdout);
  } finally {
    server.child.kill('SIGINT');
    await server.exited;
  }
}

async function counts() {
  const db: Kysely<Database> = await openDatabase(location.target);
  try {
    const count = async (table: 'coverage_lines' | 'insurers' | 'establishments' | 'contacts' | 'members' | 'accounts' | 'outbox') =>
      (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    return {
      coverageLines: await count('coverage_lines'),
      insurers: await count('insurers'),
      establishments: await count('establishments'),
      contacts: await count('contacts'),
      members: await count('members'),
      accounts: await count('accounts'),
    };
  } finally {
    await db.destroy();
  }
}

const signIn = (url: string) =>
  fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ email: principal!.email, password: principal!.password }),
  });

describe(`one switch for the demonstration (${database})`, () => {
  it('without DEMO_MODE: the notice data, no demonstration person or account, no outbox and no outbox page', async () => {
    await withServer({}, async (url, stdout) => {
      expect(stdout).toContain('Données de la notice chargées');
      expect(stdout).not.toContain('demo.test');
      expect((await fetch(`${url}/api/demo/outbox`)).status).toBe(404);
      expect((await fetch(`${url}/demo/courriels`)).status).toBe(404);
      expect((await signIn(url)).status).toBe(401);
    });
    const loaded = await counts();
    expect(loaded).toMatchObject({ insurers: 9, establishments: 91, members: 0, accounts: 0 });
    expect(loaded.coverageLines).toBeGreaterThan(50);
    expect(loaded.contacts).toBeGreaterThan(0);
  });

  it('with DEMO_MODE=true on loopback: the households join the notice data, the outbox and its page open', async () => {
    await withServer({ DEMO_MODE: 'true' }, async (url, stdout) => {
      expect(stdout).toContain('Foyers de démonstration chargés');
      expect(stdout).toContain(`${principal!.email} / ${principal!.password}`);
      expect((await signIn(url)).status).toBe(200);
      expect((await fetch(`${url}/api/demo/outbox`)).status).toBe(200);
      expect((await fetch(`${url}/demo/courriels`)).status).toBe(200);
    });
    expect(await counts()).toMatchObject({ insurers: 9, members: 2, accounts: demoAccounts.length });
  });

  it('turned off again, the outbox closes while the data stay', async () => {
    await withServer({ DEMO_MODE: 'false' }, async (url) => {
      expect((await fetch(`${url}/api/demo/outbox`)).status).toBe(404);
      expect((await fetch(`${url}/demo/courriels`)).status).toBe(404);
    });
  });
});
