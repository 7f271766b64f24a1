import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const DIST = new URL('../dist/', import.meta.url).pathname;
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

async function builtPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** One run of the W3C Nu checker over all the files (one JVM start, about 2 s). */
async function validate(files: string[]): Promise<VnuMessage[]> {
  // The checker exits 1 when it finds errors: its JSON report is on stderr either way.
  const { stderr } = await promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], {
    maxBuffer: 32 * 1024 * 1024,
  }).catch((error: { stderr?: string; code?: unknown }) => {
    if (typeof error.stderr !== 'string' || error.stderr === '') {
      throw new Error(`Le vérificateur HTML n'a pas pu démarrer (Java 17 est-il installé ?) : ${String(error.code)}`);
    }
    return { stderr: error.stderr };
  });
  return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
}

test('every built page is valid HTML for the W3C Nu checker', async () => {
  test.setTimeout(120_000);
  const pages = await builtPages(DIST);
  expect(pages.length, 'built pages in dist/ (run astro build first)').toBeGreaterThan(10);
  // A broken page checked in the same run proves that the checker reports errors at all.
  const control = join(await mkdtemp(join(tmpdir(), 'vnu-')), 'broken.html');
  await writeFile(control, '<!doctype html><html lang="fr"><title>t</title><p><div></p>');

  const messages = await validate([...pages, control]);
  const fromControl = messages.filter((message) => message.url.endsWith('/broken.html'));
  expect(fromControl.length, 'errors found in the deliberately broken page').toBeGreaterThan(0);

  const problems = messages
    .filter((message) => !message.url.endsWith('/broken.html'))
    .map((message) => {
      const file = relative(process.cwd(), new URL(message.url).pathname);
      return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}: ${message.message}${message.extract ? ` « ${message.extract.trim()} »` : ''}`;
    });
  expect(problems, `${pages.length} pages checked`).toEqual([]);
});
