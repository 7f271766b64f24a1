import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env.ts';
import { useTestApp } from '../testing.ts';
import { clientIp } from './client-ip.ts';

async function addressSeen(trustedProxies: number, forwardedFor?: string) {
  const app = new Hono<AppEnv>().use(clientIp(trustedProxies)).get('/', (c) => c.text(c.var.clientIp));
  const response = await app.request('/', { headers: forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor } });
  return response.text();
}

describe('clientIp', () => {
  it('ignores X-Forwarded-For without a trusted proxy', async () => {
    expect(await addressSeen(0, '203.0.113.9')).toBe('inconnue');
  });

  it('takes the entry added by the one trusted proxy, not the ones the client sent before it', async () => {
    expect(await addressSeen(1, '198.51.100.20')).toBe('198.51.100.20');
    expect(await addressSeen(1, '203.0.113.9, 198.51.100.20')).toBe('198.51.100.20');
    expect(await addressSeen(1, '203.0.113.9,10.0.0.1,  198.51.100.20')).toBe('198.51.100.20');
  });

  it('counts the hops of a longer chain from the right', async () => {
    // Client-sent, then the client as seen by the outer proxy, then the outer proxy as seen by the inner one.
    expect(await addressSeen(2, '203.0.113.9, 198.51.100.20, 10.0.0.2')).toBe('198.51.100.20');
    expect(await addressSeen(2, '198.51.100.20, 10.0.0.2')).toBe('198.51.100.20');
    expect(await addressSeen(2, '2001:db8::7, 10.0.0.2')).toBe('2001:db8::7');
  });

  it('never takes something that is not an address', async () => {
    expect(await addressSeen(1, '203.0.113.9, <script>')).toBe('inconnue');
    expect(await addressSeen(1, '')).toBe('inconnue');
  });
});

describe('per-address limits behind a proxy', () => {
  const testApp = useTestApp();

  it('cannot be escaped by inventing the leftmost X-Forwarded-For entry', async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 7; attempt += 1) {
      const response = await testApp.call('/api/auth/sign-in', {
        method: 'POST',
        json: { email: `personne-${attempt}@exemple.fr`, password: 'pas le bon mot de passe' },
        // The proxy appends the real address after whatever the client claimed.
        ip: `203.0.113.${attempt}, 198.51.100.77`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
  });
});
