import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { sameOriginOnly } from './csrf.ts';

const PUBLIC_URL = 'https://espace.example';

const app = new Hono().use(sameOriginOnly(PUBLIC_URL)).all('/api/change', (c) => c.json({ done: true }, 200));

const post = (headers: Record<string, string>, method = 'POST') =>
  app.request('https://espace.example/api/change', { method, headers: { Host: 'espace.example', ...headers } });

describe('sameOriginOnly', () => {
  it('accepts only the exact origin of PUBLIC_URL', async () => {
    expect((await post({ Origin: 'https://espace.example' })).status).toBe(200);
  });

  it.each([
    ['plain http instead of https', 'http://espace.example'],
    ['another port', 'https://espace.example:8443'],
    ['another host', 'https://evil.example'],
    ['a sub-domain', 'https://x.espace.example'],
    ['an opaque origin', 'null'],
    ['a path glued on', 'https://espace.example/'],
  ])('refuses %s, even when the Host header matches', async (_case, origin) => {
    const response = await post({ Origin: origin });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "Requête refusée : elle ne provient pas de l'espace adhérent.",
    );
  });

  it('refuses a request without Origin, whatever Sec-Fetch-Site says', async () => {
    expect((await post({})).status).toBe(403);
    expect((await post({ 'Sec-Fetch-Site': 'same-origin' })).status).toBe(403);
  });

  it('checks every unsafe method and lets reads through', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect((await post({ Origin: 'http://espace.example' }, method)).status, method).toBe(403);
    expect((await post({}, 'GET')).status).toBe(200);
  });
});
