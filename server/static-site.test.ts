import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { CONSENT_VERSION } from '../domain/consent-cookie.ts';
import { createTestApp } from './testing.ts';
import { loadStaticSite, type StaticSite } from './static-site.ts';

const POLICY = "default-src 'self';script-src 'self' 'sha256-abc'";
const page = (title: string) =>
  `<!doctype html><html lang="fr"><head><meta http-equiv="content-security-policy" content="${POLICY.replaceAll("'", '&#39;')};"><title>${title}</title></head><body>${'<p>Contenu</p>'.repeat(100)}</body></html>`;

let site: StaticSite;
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'static-site-'));
  await mkdir(join(root, '_astro'));
  await writeFile(join(root, 'index.html'), page('Accueil'));
  await writeFile(join(root, 'connexion.html'), page('Connexion'));
  await writeFile(
    join(root, 'cgu.html'),
    page('CGU').replace('<body>', '<body><section class="consent-panel" data-consent-panel><h2>Cookies : votre choix</h2></section>'),
  );
  await writeFile(join(root, '404.html'), page('Page introuvable'));
  await writeFile(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(root, '_astro', 'app.Ab12Cd.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  site = await loadStaticSite(root);
  database = await createTestDatabase();
  app = createTestApp(database.db, { maxBodyBytes: 2048, site }).app;
});
afterAll(() => database.close());

describe('the built site', () => {
  it('lists its pages by URL, without the 404 page', () => {
    expect(site.pages).toEqual(['/', '/cgu', '/connexion']);
  });

  it('serves pages by their extension-less URL, revalidated at every visit', async () => {
    const response = await app.request('/connexion');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Connexion</title>');
  });

  it("sends the page's own policy as a header, with frame-ancestors added", async () => {
    const response = await app.request('/');
    expect(response.headers.get('Content-Security-Policy')).toBe(`${POLICY}; frame-ancestors 'none'`);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('caches hashed assets for a year and never the service worker', async () => {
    const asset = await app.request('/_astro/app.Ab12Cd.js');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const worker = await app.request('/sw.js');
    expect(worker.headers.get('Cache-Control')).toBe('no-cache');
    // The worker's own policy governs its fetches: it may reach this site only.
    expect(worker.headers.get('Content-Security-Policy')).toContain("connect-src 'self'");
  });

  it('sends brotli to browsers that accept it, and the same bytes once decoded', async () => {
    const plain = await (await app.request('/_astro/app.Ab12Cd.js')).arrayBuffer();
    const response = await app.request('/_astro/app.Ab12Cd.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(response.headers.get('Content-Encoding')).toBe('br');
    expect(response.headers.get('Vary')).toBe('Accept-Encoding');
    const compressed = Buffer.from(await response.arrayBuffer());
    expect(compressed.length).toBeLessThan(plain.byteLength / 10);
    expect(brotliDecompressSync(compressed).equals(Buffer.from(plain))).toBe(true);
  });

  it('answers 304 when the browser already has the file', async () => {
    const first = await app.request('/');
    const etag = first.headers.get('ETag')!;
    const second = await app.request('/', { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(304);
  });

  it('answers unknown pages with the 404 page and a 404 status', async () => {
    const response = await app.request('/nulle-part');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page introuvable');
  });

  it('never reaches the file system from a request path', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const response = await app.request(path);
      expect(response.status).toBe(404);
    }
  });

  it('leaves /api/ paths to the API', async () => {
    const response = await app.request('/api/unknown');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  describe('the cookie panel', () => {
    const choiceMadeDaysAgo = (days: number) =>
      `consentement=${'a'.repeat(22)}.0.${Math.floor(Date.now() / 1000) - days * 24 * 3600}.${CONSENT_VERSION}`;
    const navigate = (cookie?: string) =>
      app.request('/cgu', { headers: { 'Sec-Fetch-Mode': 'navigate', ...(cookie ? { Cookie: cookie } : {}) } });

    it('is left out of pages for a visitor without JavaScript who already chose', async () => {
      const response = await navigate(choiceMadeDaysAgo(3));
      expect(await response.text()).not.toContain('data-consent-panel');
      expect(response.headers.get('Vary')).toBe('Accept-Encoding, Cookie');
    });

    it('is in the page on a first visit, after six months, and for the service worker’s copies', async () => {
      expect(await (await navigate()).text()).toContain('data-consent-panel');
      expect(await (await navigate(choiceMadeDaysAgo(190))).text()).toContain('data-consent-panel');
      const precache = await app.request('/cgu', { headers: { 'Sec-Fetch-Mode': 'same-origin', Cookie: choiceMadeDaysAgo(3) } });
      expect(await precache.text()).toContain('data-consent-panel');
    });
  });
});
