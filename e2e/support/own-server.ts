import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import type { Kysely } from 'kysely';
import { type Database, openDatabase } from '../../db/index.ts';
import { freePort, startServer } from '../../server/testing-process.ts';

export interface OwnServer {
  url: string;
  /** Stops the server, changes its database as an operator would, and starts it again on the same port. */
  whileStopped(change: (db: Kysely<Database>) => Promise<void>): Promise<void>;
}

/**
 * A server of the test's own, on a fresh embedded database with the demonstration data and the
 * outbox: for tests that close or change the accounts the other tests sign in with.
 */
export async function withOwnServer(use: (server: OwnServer) => Promise<void>): Promise<void> {
  // Starting (and restarting) a server with a fresh database is part of the test, not of its journey.
  test.info().setTimeout(test.info().timeout + 60_000);
  const root = await mkdtemp(join(tmpdir(), 'espace-adherent-own-'));
  const dataDir = join(root, 'data');
  const env = { SITE_DIR: 'dist', DATA_DIR: dataDir, HOST: '127.0.0.1', DEMO_MODE: 'true' };
  const port = await freePort();
  let server = await startServer(env, port);
  const stop = async () => {
    server.child.kill();
    await server.exited;
  };
  try {
    await use({
      url: server.url,
      async whileStopped(change) {
        await stop();
        const db = await openDatabase({ kind: 'pglite', dataDir });
        try {
          await change(db);
        } finally {
          await db.destroy();
        }
        server = await startServer(env, port);
      },
    });
  } finally {
    // The embedded database writes until its process is gone: only then can its folder go.
    await stop();
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  }
}
