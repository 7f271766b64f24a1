import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { consentFromCookies, isConsentCurrent } from '../domain/consent-cookie.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.txt', '.xml']);
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A service worker obeys the policy sent with its own script: it may fetch this site, nothing else. */
const SERVICE_WORKER_POLICY = "default-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'";
/** Pages, the service worker and unhashed files are revalidated each time (cheap with the ETag). */
const REVALIDATE = 'no-cache';

interface StaticFile {
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  headers: Record<string, string>;
  /** The page without the cookie panel, for visitors who already chose (see ConsentPanel.astro). */
  afterConsent?: StaticFile;
}

/** The panel is one <section> without nested sections. */
const CONSENT_PANEL = /<section\b[^>]*\bdata-consent-panel\b[^>]*>[\s\S]*?<\/section>/;

export interface StaticSite {
  respond(request: Request): Response;
  /** URL paths of the built pages, e.g. "/" and "/connexion". */
  pages: string[];
}

/**
 * The built site, read once at start-up and kept compressed in memory (brotli and gzip), so a
 * page costs no disk access nor compression per request. Only files found at start-up can be
 * served: no request path ever reaches the file system.
 */
export async function loadStaticSite(root: string): Promise<StaticSite> {
  const files = new Map<string, StaticFile>();
  for (const path of await listFiles(root)) {
    const urlPath = `/${relative(root, path).split(sep).join('/')}`;
    files.set(urlPath, await prepareFile(path, urlPath));
  }
  if (!files.has('/index.html')) throw new Error(`Aucune page d'accueil dans ${root}`);
  const notFound = files.get('/404.html');

  return {
    pages: [...files.keys()]
      .filter((path) => path.endsWith('.html') && path !== '/404.html')
      .map((path) => (path === '/index.html' ? '/' : path.slice(0, -'.html'.length)))
      .sort(),
    respond(request) {
      const { pathname } = new URL(request.url);
      const file = files.get(pathname === '/' ? '/index.html' : pathname) ?? files.get(`${pathname}.html`);
      if (file) return serve(variantFor(file, request), request, 200);
      if (notFound) return serve(variantFor(notFound, request), request, 404);
      return new Response('Page introuvable', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

async function prepareFile(path: string, urlPath: string): Promise<StaticFile> {
  const body = await readFile(path);
  const lastModified = (await stat(path)).mtime.toUTCString();
  const file = prepareBody(body, urlPath, extname(path), lastModified);
  const html = body.toString('utf8');
  if (extname(path) === '.html' && CONSENT_PANEL.test(html)) {
    // Pages differ by the consent cookie: shared caches must keep the two apart.
    file.headers.Vary = 'Accept-Encoding, Cookie';
    file.afterConsent = prepareBody(Buffer.from(html.replace(CONSENT_PANEL, '')), urlPath, '.html', lastModified);
    file.afterConsent.headers.Vary = file.headers.Vary;
  }
  return file;
}

/**
 * Without JavaScript a page cannot hide the cookie panel itself: the server leaves it out of a
 * page the browser navigates to. The service worker's copies keep it (their script hides it),
 * so that the question comes back offline too once the choice has expired.
 */
function variantFor(file: StaticFile, request: Request): StaticFile {
  if (!file.afterConsent || request.headers.get('Sec-Fetch-Mode') !== 'navigate') return file;
  const choice = consentFromCookies(request.headers.get('Cookie') ?? '');
  return isConsentCurrent(choice, Date.now()) ? file.afterConsent : file;
}

function prepareBody(body: Buffer, urlPath: string, extension: string, lastModified: string): StaticFile {
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': urlPath.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE,
    ETag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    'Last-Modified': lastModified,
  };
  const policy =
    urlPath === '/sw.js' ? SERVICE_WORKER_POLICY
    : extension === '.html' ? pagePolicy(body.toString('utf8'))
    : undefined;
  if (policy) headers['Content-Security-Policy'] = policy;
  if (!COMPRESSIBLE.has(extension) || body.length < 512) return { body, headers };
  headers.Vary = 'Accept-Encoding';
  return {
    body,
    headers,
    br: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gzip: gzipSync(body, { level: 9 }),
  };
}

/** The policy Astro wrote into the page's meta tag, sent again as a header. */
function pagePolicy(html: string): string | undefined {
  const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]+)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/;\s*$/, '').trim();
}

function serve(file: StaticFile, request: Request, status: number): Response {
  const headers = new Headers(file.headers);
  if (status === 200 && request.headers.get('If-None-Match') === file.headers.ETag) {
    return new Response(null, { status: 304, headers });
  }
  const accepted = request.headers.get('Accept-Encoding') ?? '';
  let body = file.body;
  if (file.br && /\bbr\b/.test(accepted)) {
    body = file.br;
    headers.set('Content-Encoding', 'br');
  } else if (file.gzip && /\bgzip\b/.test(accepted)) {
    body = file.gzip;
    headers.set('Content-Encoding', 'gzip');
  }
  headers.set('Content-Length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
}
