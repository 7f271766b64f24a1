import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { TEST_ORIGIN, useTestApp } from '../testing.ts';

const [principal] = demoAccounts;
const testApp = useTestApp();

describe('a refused plain HTML form', () => {
  it('gets a French page saying what to correct and the way back, the text escaped', async () => {
    const response = await testApp.call('/api/profile/contact', {
      method: 'POST',
      cookie: await testApp.signIn(principal!),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Referer: `${TEST_ORIGIN}/profil` },
      body: new URLSearchParams({ phone: '<b>12</b>' }).toString(),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<h1>Il y a un problème</h1>');
    expect(html).toContain('Saisissez un numéro français');
    expect(html).toContain('<a href="/profil">Revenir au formulaire</a>');
    expect(html).not.toContain('<b>');
  });

  it('never sends the way back to another site, and leaves JSON callers their JSON', async () => {
    const cookie = await testApp.signIn(principal!);
    const fromElsewhere = await testApp.call('/api/profile/contact', {
      method: 'POST',
      cookie,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Referer: 'https://evil.example/piege' },
      body: 'phone=12',
    });
    expect(await fromElsewhere.text()).toContain('<a href="/">');
    const script = await testApp.call('/api/profile/contact', {
      method: 'POST',
      cookie,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: 'phone=12',
    });
    expect(script.headers.get('Content-Type')).toMatch(/^application\/json/);
  });
});
