import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { createTestApp, TEST_ORIGIN } from './testing.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database.db, { maxBodyBytes: 2048 }).app;
});
afterAll(() => database.close());

describe('GET /api/health', () => {
  it('reports a reachable database and is never cached', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('answers 503 when the database is gone', async () => {
    const broken = await createTestDatabase();
    const brokenApp = createTestApp(broken.db, { maxBodyBytes: 2048 }).app;
    await broken.db.destroy();
    const response = await brokenApp.request('/api/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', database: 'unreachable' });
    await broken.close().catch(() => {});
  });
});

describe('API errors', () => {
  it('answers an unknown route with a French JSON 404', async () => {
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: "Cette adresse n'existe pas." } });
  });

  it('answers malformed JSON with 400 and a French message', async () => {
    const response = await app.request('/api/health', {
      method: 'POST',
      headers: { Origin: TEST_ORIGIN, 'Content-Type': 'application/json' },
      body: '{"broken": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('malformed_json');
    expect(body.error.message).toMatch(/JSON valide/);
  });

  it('refuses a body over the limit with 413, whether or not its length is announced', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(4096) });
    const announced = await app.request('/api/health', {
      method: 'POST',
      headers: { Origin: TEST_ORIGIN, 'Content-Type': 'application/json', 'Content-Length': String(big.length) },
      body: big,
    });
    expect(announced.status).toBe(413);
    const streamed = await app.request('/api/health', {
      method: 'POST',
      headers: { Origin: TEST_ORIGIN, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const body = (await streamed.json()) as { error: { message: string } };
    expect(body.error.message).toBe('La requête est trop volumineuse : 2 Ko au maximum.');
  });

  it('refuses a body that is neither JSON nor a form with 415', async () => {
    const response = await app.request('/api/health', {
      method: 'POST',
      headers: { Origin: TEST_ORIGIN, 'Content-Type': 'text/xml' },
      body: '<a/>',
    });
    expect(response.status).toBe(415);
  });

  it('never shows a stack trace when a handler fails', async () => {
    const failing = createTestApp(database.db, { maxBodyBytes: 2048 }).app;
    failing.get('/api/explode', () => {
      throw new Error('secret internal detail');
    });
    const originalError = console.error;
    console.error = () => {};
    const response = await failing.request('/api/explode');
    console.error = originalError;
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/secret internal detail|at .*\.ts/);
    expect(JSON.parse(text).error.code).toBe('internal_error');
  });
});

describe('security headers', () => {
  it('are sent on API responses, with a policy that allows nothing', async () => {
    const response = await app.request('/api/health');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('Permissions-Policy')).toContain('camera=()');
    expect(response.headers.get('Strict-Transport-Security')).toBeNull();
  });

  it('add HSTS when the request came over HTTPS', async () => {
    const direct = await app.request('https://espace.example/api/health');
    expect(direct.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    const proxied = await app.request('/api/health', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(proxied.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
  });
});
