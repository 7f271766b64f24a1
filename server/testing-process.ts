import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
