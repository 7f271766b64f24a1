import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, holdSocketFile } from './data-dir-lock.ts';

/** A child process holding a socket file, killed with SIGKILL: the file stays behind. */
async function leaveStaleSocket(path: string) {
  const child = spawn(process.execPath, ['-e', `require('node:net').createServer().listen(${JSON.stringify(path)}, () => console.log('prêt'))`]);
  await once(child.stdout!, 'data');
  return child;
}

describe('holdSocketFile (platforms without abstract sockets)', () => {
  it('refuses while the holder lives, and takes over the file a killed holder left', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'lock-')), 'held.sock');
    const holder = await leaveStaleSocket(path);
    await expect(holdSocketFile(path)).rejects.toThrow(DataDirLockedError);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    expect((await stat(path)).isSocket()).toBe(true);
    await expect(holdSocketFile(path)).resolves.toBeUndefined();
    await expect(holdSocketFile(path)).rejects.toThrow(DataDirLockedError);
  });
});
