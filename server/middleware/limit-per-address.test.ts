import { describe, expect, it } from 'vitest';
import { CONSENT_COOKIE, CONSENT_VERSION, consentCookieValue } from '../../domain/consent-cookie.ts';
import { createTestApp, useTestApp } from '../testing.ts';
import { CONSENT_CHOICE_POLICY, PAGE_VIEW_POLICY } from './limit-per-address.ts';

/** Unauthenticated writes, sent as an attacker would: all at once, from one address, through two instances. */
const testApp = useTestApp();

const count = async (table: 'consent_records') =>
  (await testApp.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const views = async () =>
  (await testApp.db.selectFrom('page_view_counts').select('views').where('path', '=', '/cgu').executeTakeFirst())?.views ?? 0;

const accepted = { audience: true, id: 'abcdefghijklmnopqrstuv', decidedAt: new Date(), version: CONSENT_VERSION };
const consentCookie = `${CONSENT_COOKIE}=${consentCookieValue(accepted)}`;

describe('writes without sign-in, per client address', () => {
  it('cookie choices: a burst of 100 through two instances records no more than the allowance', async () => {
    const other = createTestApp(testApp.db);
    const before = await count('consent_records');
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        (index % 2 ? other.call : testApp.call)('/api/consent', { method: 'POST', json: { audience: false }, ip: '203.0.113.50' }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    const through = statuses.filter((status) => status === 200).length;
    expect(through).toBeGreaterThan(0);
    expect(through).toBeLessThanOrEqual(CONSENT_CHOICE_POLICY.freeAttempts);
    expect(statuses.filter((status) => status !== 200).every((status) => status === 429)).toBe(true);
    expect(await count('consent_records')).toBe(before + through);

    const refused = responses.find((response) => response.status === 429)!;
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^Trop de demandes depuis votre connexion/);
    // Another address is not concerned.
    expect((await testApp.call('/api/consent', { method: 'POST', json: { audience: false }, ip: '203.0.113.51' })).status).toBe(200);
  });

  it('page views: a burst counts no more than the allowance', async () => {
    const before = await views();
    const responses = await Promise.all(
      Array.from({ length: PAGE_VIEW_POLICY.freeAttempts + 60 }, () =>
        testApp.call('/api/audience/page-views', { method: 'POST', json: { path: '/cgu' }, cookie: consentCookie, ip: '203.0.113.60' }),
      ),
    );
    const through = responses.filter((response) => response.status === 204).length;
    expect(through).toBeGreaterThan(0);
    expect(through).toBeLessThanOrEqual(PAGE_VIEW_POLICY.freeAttempts);
    expect(responses.filter((response) => response.status === 429).length).toBe(responses.length - through);
    expect((await views()) - before).toBe(through);
  });
});
