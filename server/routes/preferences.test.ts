import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

const highContrast = {
  contrast: 'high',
  theme: 'dark',
  font: 'dyslexia',
  motion: 'reduced',
  textSize: 150,
  updatedAt: '2026-03-01T10:00:00.000Z',
};

async function save(cookie: string, body: unknown) {
  return call('/api/preferences/display', { method: 'PUT', cookie, json: body });
}

async function read(cookie: string) {
  const response = await call('/api/preferences/display', { cookie });
  expect(response.status).toBe(200);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  return ((await response.json()) as { preferences: unknown }).preferences;
}

describe('/api/preferences/display', () => {
  it('needs a session, to read as to write', async () => {
    expect((await call('/api/preferences/display')).status).toBe(401);
    expect((await save('', highContrast)).status).toBe(401);
  });

  it('keeps the settings with the account, for every device of that account', async () => {
    const laptop = await testApp.signIn(principal!);
    expect(await read(laptop)).toBeNull();
    const saved = await save(laptop, highContrast);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ preferences: highContrast });

    const phone = await testApp.signIn(principal!);
    expect(await read(phone)).toEqual(highContrast);
    // Another person of the same household has their own settings.
    expect(await read(await testApp.signIn(spouse!))).toBeNull();
  });

  it('keeps the latest change when an older one arrives later (a device back online)', async () => {
    const cookie = await testApp.signIn(principal!);
    const newer = { ...highContrast, textSize: 200, updatedAt: '2026-06-01T08:00:00.000Z' };
    const older = { ...highContrast, textSize: 125, updatedAt: '2026-05-01T08:00:00.000Z' };
    expect((await save(cookie, newer)).status).toBe(200);
    const late = await save(cookie, older);
    expect(late.status).toBe(200);
    expect(await late.json()).toEqual({ preferences: newer });
    expect(await read(cookie)).toEqual(newer);
  });

  it('does not let a clock far in the future win for ever', async () => {
    const cookie = await testApp.signIn(spouse!);
    const response = await save(cookie, { ...highContrast, updatedAt: '2099-01-01T00:00:00.000Z' });
    const { preferences } = (await response.json()) as { preferences: { updatedAt: string } };
    expect(Date.parse(preferences.updatedAt)).toBeLessThan(Date.now() + 10 * 60 * 1000);
  });

  it('refuses settings it does not know, with a French message per field, and keeps the previous ones', async () => {
    const cookie = await testApp.signIn(principal!);
    const before = await read(cookie);
    const response = await save(cookie, {
      contrast: 'maximum',
      theme: 42,
      font: 'comic',
      motion: null,
      textSize: 300,
      updatedAt: 'hier',
      colour: 'pink',
    });
    expect(response.status).toBe(400);
    const { fields } = ((await response.json()) as { error: { fields: Record<string, string> } }).error;
    expect(Object.keys(fields).sort()).toEqual(['colour', 'contrast', 'font', 'motion', 'textSize', 'theme', 'updatedAt']);
    expect(fields['contrast']).toMatch(/contraste/);
    expect(fields['textSize']).toMatch(/taille de texte/);
    expect(await read(cookie)).toEqual(before);
  });
});
