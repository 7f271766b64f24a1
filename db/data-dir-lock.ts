import { createHash } from 'node:crypto';
import { realpath, rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** Another living process holds the folder. */
export class DataDirLockedError extends Error {}

/**
 * Holds the embedded database's folder for the life of this process: PGlite is a single-process
 * database, and a second process writing the same files would corrupt them. Call it before the
 * folder is opened.
 *
 * The lock is a listening local socket named after the folder's real path: on Linux in the
 * abstract namespace, on Windows a named pipe. The kernel frees either when the process ends,
 * however it ends (SIGKILL, crash, power cut), so no stale lock is ever left behind; and taking
 * it is one atomic bind, so of two processes starting together exactly one gets it. Elsewhere
 * (macOS) the socket is a file, which a killed process leaves behind: see `holdSocketFile`.
 */
export async function lockDataDir(dataDir: string): Promise<void> {
  const id = createHash('sha256').update(await canonicalPath(dataDir)).digest('hex').slice(0, 32);
  const name = `espace-adherent-${id}`;
  if (process.platform === 'linux') await holdSocket(`\0${name}`);
  else if (process.platform === 'win32') await holdSocket(`\\\\.\\pipe\\${name}`);
  else await holdSocketFile(join(tmpdir(), `${name}.sock`));
}

/**
 * A socket file whose owner died stays on disk: when nobody answers on it, it is stale, and is
 * removed once before binding again. Two processes doing so at the very same moment could each
 * remove the other's: a narrow window, only after a crash, only where there is no abstract socket.
 */
export async function holdSocketFile(path: string): Promise<void> {
  try {
    await holdSocket(path);
  } catch (error) {
    if (!(error instanceof DataDirLockedError) || (await answers(path))) throw error;
    await rm(path, { force: true });
    await holdSocket(path);
  }
}

async function holdSocket(name: string): Promise<Server> {
  // Whoever knocks (a process checking for a stale file) is turned away at once.
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new DataDirLockedError('held by another process', { cause: error }) : error),
    );
    server.listen(name, resolve);
  });
  // Held until the process ends, without keeping a process that has finished its work alive.
  server.unref();
  return server;
}

function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The folder's real path, links resolved, whether or not it exists yet (PGlite creates it). */
async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await canonicalPath(parent), basename(absolute));
  }
}
