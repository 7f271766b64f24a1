import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.ts';
import { freePort, launchServer, minimalSite, startServer as start } from './testing-process.ts';

let siteDir: string;
beforeAll(async () => {
  siteDir = await minimalSite();
});

const launch = (env: Record<string, string>) => launchServer({ SITE_DIR: siteDir, ...env });
const startServer = (env: Record<string, string>) => start({ SITE_DIR: siteDir, ...env });

describe('server start-up', () => {
  it.each([
    [{ PORT: 'abc' }, /^PORT doit être un nombre entier/],
    [{ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, /^DATABASE_URL : impossible d'ouvrir la base de données/],
    [{ SITE_DIR: '/nonexistent/site' }, /^SITE_DIR : aucun site construit/],
    // The outbox hands out every link and code: a demonstration never listens beyond this machine.
    [{ DEMO_MODE: 'true', HOST: '0.0.0.0' }, /^DEMO_MODE : le mode démonstration n'écoute que sur cette machine/],
    [{ DEMO_MODE: 'true', PUBLIC_URL: 'https://espace.example' }, /^DEMO_MODE : en mode démonstration, PUBLIC_URL doit désigner cette machine/],
  ])('stops on %o with one French line and exit code 1', async (env, message) => {
    const outcome = await launch(env).exited;
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('embedded database', () => {
  it('keeps the data across a restart, and two instances with their own DATA_DIR are independent', async () => {
    const root = await mkdtemp(join(tmpdir(), 'main-data-'));
    const first = await startServer({ DATA_DIR: join(root, 'a'), DEMO_MODE: 'true' });
    const second = await startServer({ DATA_DIR: join(root, 'b'), DEMO_MODE: 'true' });
    expect(first.output().stdout).toContain('Foyers de démonstration chargés');
    expect(second.output().stdout).toContain('Foyers de démonstration chargés');
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${second.url}/api/health`)).status).toBe(200);

    first.child.kill('SIGINT');
    expect((await first.exited).code).toBe(0);
    second.child.kill('SIGINT');
    expect((await second.exited).code).toBe(0);

    // A change written while the server is down must still be there after its next start.
    const db = await openDatabase({ kind: 'pglite', dataDir: join(root, 'a') });
    await db.updateTable('beneficiaries').set({ first_name: 'Renommée' }).where('rang', '=', 1).execute();
    await db.destroy();

    const restarted = await startServer({ DATA_DIR: join(root, 'a'), DEMO_MODE: 'true' });
    expect(restarted.output().stdout).not.toContain('chargé');
    expect(restarted.output().stdout).not.toContain('Migrations appliquées');
    restarted.child.kill('SIGINT');
    expect((await restarted.exited).code).toBe(0);

    const reopened = await openDatabase({ kind: 'pglite', dataDir: join(root, 'a') });
    const renamed = await reopened.selectFrom('beneficiaries').select('first_name').where('rang', '=', 1).execute();
    const contracts = await reopened.selectFrom('contracts').select('id').execute();
    await reopened.destroy();
    expect(renamed.map((row) => row.first_name)).toEqual(['Renommée', 'Renommée']);
    expect(contracts).toHaveLength(1);

    const untouched = await openDatabase({ kind: 'pglite', dataDir: join(root, 'b') });
    const names = await untouched.selectFrom('beneficiaries').select('first_name').where('rang', '=', 1).execute();
    await untouched.destroy();
    expect(names.map((row) => row.first_name)).not.toContain('Renommée');
  }, 90_000);
});

describe('one process per embedded database', () => {
  const lockedOut = /^DATA_DIR : la base « .+ » est déjà ouverte par un autre processus/;
  const signIn = (url: string) =>
    fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: url },
      body: JSON.stringify({ email: 'adherent@demo.test', password: 'demo-adherent-2025' }),
    });

  it('stops a second server on the same DATA_DIR with one French line, and frees the folder when the first is killed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'main-lock-'));
    const dataDir = join(root, 'data');
    const first = await startServer({ DATA_DIR: dataDir, DEMO_MODE: 'true' });

    for (const sameFolder of [dataDir, join(root, '.', 'data', '..', 'data'), await symlinkTo(root, 'data')]) {
      const second = await launch({ DATA_DIR: sameFolder, DEMO_MODE: 'true', PORT: String(await freePort()) }).exited;
      expect(second.code, sameFolder).toBe(1);
      expect(second.stderr.trim().split('\n'), sameFolder).toHaveLength(1);
      expect(second.stderr).toMatch(lockedOut);
    }
    expect((await signIn(first.url)).status).toBe(200);

    // A crash leaves no stale lock behind: the kernel frees it with the process.
    first.child.kill('SIGKILL');
    await first.exited;
    const afterCrash = await startServer({ DATA_DIR: dataDir, DEMO_MODE: 'true' });
    expect((await signIn(afterCrash.url)).status).toBe(200);
    afterCrash.child.kill('SIGINT');
    expect((await afterCrash.exited).code).toBe(0);
  }, 90_000);

  it('lets exactly one of two servers started together on an empty DATA_DIR run', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'main-race-')), 'data');
    const both = await Promise.all([0, 1].map(async () => launch({ DATA_DIR: dataDir, PORT: String(await freePort()) })));
    const deadline = Date.now() + 30_000;
    while (!both.some((server) => server.output().stdout.includes('Ctrl-C')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [running, stopped] = both[0]!.output().stdout.includes('Ctrl-C') ? both : [both[1]!, both[0]!];
    const outcome = await stopped!.exited;
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(lockedOut);
    expect(running!.child.exitCode).toBeNull();
    running!.child.kill('SIGINT');
    expect((await running!.exited).code).toBe(0);
  }, 60_000);
});

/** Another name for root/data, through a symbolic link. */
async function symlinkTo(root: string, name: string): Promise<string> {
  const link = join(root, 'link');
  await symlink(join(root, name), link);
  return link;
}
