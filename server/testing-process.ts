import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { type DatabaseTarget, openDatabase } from '../db/index.ts';

const MAIN = new URL('./main.ts', import.meta.url).pathname;

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A folder holding the smallest built site the server accepts. */
export async function minimalSite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'site-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="fr"><title>Accueil</title></html>');
  return dir;
}

/** Runs `node server/main.ts` as a user would, with only the given environment. */
export function launchServer(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const output = (): Outcome => ({ code: child.exitCode, stdout, stderr });
  const exited = once(child, 'exit').then(([code]) => ({ code: code as number | null, stdout, stderr }));
  return { child, output, exited };
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Starts a server (on a free port unless one is given) and waits until it listens. */
export async function startServer(env: Record<string, string>, port?: number) {
  port ??= await freePort();
  const server = launchServer({ ...env, PORT: String(port) });
  const deadline = Date.now() + 30_000;
  while (!server.output().stdout.includes('Ctrl-C')) {
    if (server.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`the server did not start: ${server.output().stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ...server, url: `http://127.0.0.1:${port}` };
}

export interface DataLocation {
  /** What to give the server: DATA_DIR, or DATABASE_URL naming the schema. */
  env: Record<string, string>;
  /** The same place, for opening it in the test. */
  target: DatabaseTarget;
  dispose(): Promise<void>;
}

/** Where a test's server keeps its data: a fresh PGlite folder, or a fresh schema of DATABASE_URL when it is set. */
export async function dataLocation(name: string): Promise<DataLocation> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = join(await mkdtemp(join(tmpdir(), `${name}-`)), 'data');
    return { env: { DATA_DIR: dataDir }, target: { kind: 'pglite', dataDir }, dispose: async () => {} };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: withSchema.toString() },
    target: { kind: 'postgres', url, searchPath: schema },
    async dispose() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}
