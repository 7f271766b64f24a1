import { describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../domain/consent-cookie.ts';
import { useTestApp } from '../testing.ts';

const testApp = useTestApp();
const { call } = testApp;

function consentCookie(response: Response): string {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('consentement='));
  expect(header).toBeDefined();
  return header!;
}

const records = () => testApp.db.selectFrom('consent_records').selectAll().orderBy('id').execute();

describe('POST /api/consent', () => {
  it('records a refusal as proof, like an acceptance, and keeps it in a six-month cookie', async () => {
    const before = (await records()).length;
    const response = await call('/api/consent', { method: 'POST', json: { audience: false } });
    expect(response.status).toBe(200);
    const { consent } = (await response.json()) as { consent: { id: string; audience: boolean; version: string; decidedAt: string } };
    expect(consent).toMatchObject({ audience: false, version: CONSENT_VERSION });

    const cookie = consentCookie(response);
    expect(cookie).toContain(`consentement=${consent.id}.0.`);
    expect(cookie).toMatch(/Max-Age=15724800/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie, 'the pages must be able to read it').not.toMatch(/HttpOnly/);

    const stored = (await records()).slice(before);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ consent_id: consent.id, audience: false, text_version: CONSENT_VERSION });
    // Proof without tracking: the table has no column for an address, a browser or an account.
    expect(Object.keys(stored[0]!).sort()).toEqual(['audience', 'consent_id', 'decided_at', 'id', 'text_version']);
  });

  it('keeps the same consent id when the person changes their mind, and records each choice', async () => {
    const first = await call('/api/consent', { method: 'POST', json: { audience: true } });
    const { consent } = (await first.json()) as { consent: { id: string } };
    const cookie = consentCookie(first).split(';')[0]!;
    const second = await call('/api/consent', { method: 'POST', cookie, json: { audience: false } });
    expect(consentCookie(second)).toContain(`consentement=${consent.id}.0.`);
    const history = (await records()).filter((record) => record.consent_id === consent.id);
    expect(history.map((record) => record.audience)).toEqual([true, false]);
  });

  it('takes the plain HTML form and sends the person back to the page they were on', async () => {
    const response = await call('/api/consent', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'audience=oui&retour=%2Fcgu',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/cgu');
    expect(consentCookie(response)).toMatch(/^consentement=[\w-]+\.1\./);
  });

  it.each(['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)'])(
    'never redirects outside the site (%s)',
    async (retour) => {
      const before = (await records()).length;
      const response = await call('/api/consent', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ audience: 'oui', retour }).toString(),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('Location')).toBeNull();
      expect((await records()).length).toBe(before);
    },
  );

  it('refuses a choice it cannot read, in French, and records nothing', async () => {
    const before = (await records()).length;
    for (const json of [{}, { audience: 'peut-être' }, { audience: true, tracking: true }]) {
      const response = await call('/api/consent', { method: 'POST', json });
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { message: string; fields: Record<string, string> } };
      expect(error.message).toBe('Certaines informations sont à corriger.');
    }
    expect((await records()).length).toBe(before);
  });
});

describe('POST /api/audience/page-views', () => {
  const views = async (path: string) =>
    (await testApp.db.selectFrom('page_view_counts').select('views').where('path', '=', path).executeTakeFirst())?.views ?? 0;

  async function consentTo(audience: boolean): Promise<string> {
    const response = await call('/api/consent', { method: 'POST', json: { audience } });
    return consentCookie(response).split(';')[0]!;
  }

  it('counts a view per page and day only with a consent to audience measurement', async () => {
    const accepted = await consentTo(true);
    for (let view = 0; view < 2; view += 1) {
      expect((await call('/api/audience/page-views', { method: 'POST', cookie: accepted, json: { path: '/garanties' } })).status).toBe(204);
    }
    expect(await views('/garanties')).toBe(2);

    const refused = await consentTo(false);
    const withoutConsent = [
      await call('/api/audience/page-views', { method: 'POST', cookie: refused, json: { path: '/garanties' } }),
      await call('/api/audience/page-views', { method: 'POST', json: { path: '/garanties' } }),
    ];
    expect(withoutConsent.map((response) => response.status)).toEqual([403, 403]);
    expect(await views('/garanties')).toBe(2);
  });

  it('does not count a consent older than six months', async () => {
    const stale = `consentement=${'a'.repeat(22)}.1.${Math.floor(Date.now() / 1000) - 183 * 24 * 3600}.${CONSENT_VERSION}`;
    const response = await call('/api/audience/page-views', { method: 'POST', cookie: stale, json: { path: '/cgu' } });
    expect(response.status).toBe(403);
  });

  it('accepts only a path of this site, without query string', async () => {
    const accepted = await consentTo(true);
    for (const path of ['https://evil.example/', '/carte?jeton=secret', '<script>', '/'.padEnd(120, 'a')]) {
      const response = await call('/api/audience/page-views', { method: 'POST', cookie: accepted, json: { path } });
      expect(response.status, path).toBe(400);
    }
  });
});
