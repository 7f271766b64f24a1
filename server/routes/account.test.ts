import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { lastEmailTo, linkToken, useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

function signIn(account: { email: string; password: string }, userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0') {
  return testApp.signIn(account, { headers: { 'User-Agent': userAgent } });
}

describe('every account route', () => {
  it.each([
    ['POST', '/api/account/password'],
    ['GET', '/api/account/sessions'],
    ['POST', '/api/account/sessions/sign-out-others'],
    ['POST', '/api/account/step-up'],
    ['POST', '/api/account/step-up/verify'],
    ['POST', '/api/account/email'],
  ])('%s %s needs a session', async (method, path) => {
    const response = await call(path, method === 'GET' ? {} : { method, json: {} });
    expect(response.status).toBe(401);
  });
});

describe('active sessions', () => {
  it('lists only the signed-in account’s devices and ends the others on request', async () => {
    const phone = await signIn(principal, 'Mozilla/5.0 (Linux; Android 14) Chrome/140.0 Mobile');
    const laptop = await signIn(principal);
    const spouseSession = await signIn(spouse);
    const listed = (await (await call('/api/account/sessions', { cookie: laptop })).json()) as {
      sessions: { device: string; current: boolean }[];
    };
    expect(listed.sessions.map((session) => session.device).sort()).toEqual(['Chrome sur Android', 'Chrome sur Linux']);
    expect(listed.sessions.filter((session) => session.current)).toHaveLength(1);

    const ended = await call('/api/account/sessions/sign-out-others', { method: 'POST', cookie: laptop });
    expect(await ended.json()).toEqual({ ended: 1 });
    expect((await call('/api/auth/session', { cookie: phone })).status).toBe(401);
    expect((await call('/api/auth/session', { cookie: laptop })).status).toBe(200);
    // Another member's sessions are out of reach.
    expect((await call('/api/auth/session', { cookie: spouseSession })).status).toBe(200);
  });
});

describe('password change', () => {
  it('needs the current password', async () => {
    const cookie = await signIn(principal);
    const response = await call('/api/account/password', {
      method: 'POST',
      cookie,
      json: { currentPassword: 'pas le bon mot de passe', newPassword: 'une nouvelle phrase solide' },
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({ currentPassword: 'Le mot de passe actuel est incorrect.' });
  });

  it('ends every other session, keeps this one, and tells the member by e-mail', async () => {
    const other = await signIn(principal);
    const cookie = await signIn(principal);
    const newPassword = 'une nouvelle phrase solide';
    const response = await call('/api/account/password', {
      method: 'POST',
      cookie,
      json: { currentPassword: principal.password, newPassword },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { endedSessions: number }).endedSessions).toBeGreaterThanOrEqual(1);
    expect((await call('/api/auth/session', { cookie: other })).status).toBe(401);
    expect((await call('/api/auth/session', { cookie })).status).toBe(200);
    expect((await lastEmailTo(testApp.db, principal.email))?.subject).toBe('Votre mot de passe a été changé');
    await call('/api/account/password', { method: 'POST', cookie, json: { currentPassword: newPassword, newPassword: principal.password } });
  });
});

describe('step-up for the sign-in e-mail change', () => {
  it('is required, e-mailed as a 6-digit code, and then allows asking for the change', async () => {
    const cookie = await signIn(spouse);
    const blocked = await call('/api/account/email', { method: 'POST', cookie, json: { email: 'nouvelle@demo.test' } });
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('step_up_required');

    expect((await call('/api/account/step-up', { method: 'POST', cookie })).status).toBe(202);
    const code = /\b(\d{6})\b/.exec((await lastEmailTo(testApp.db, spouse.email))!.text_body)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code: wrong } });
    expect(refused.status).toBe(400);
    expect((await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code } })).status).toBe(200);
    expect((await call('/api/account/email', { method: 'POST', cookie, json: { email: 'nouvelle@demo.test' } })).status).toBe(202);
    await testApp.db.deleteFrom('auth_tokens').where('purpose', '=', 'email_change').execute();
  });

  it('uses a code up after five wrong tries', async () => {
    const cookie = await signIn(spouse);
    await call('/api/account/step-up', { method: 'POST', cookie });
    const code = /\b(\d{6})\b/.exec((await lastEmailTo(testApp.db, spouse.email))!.text_body)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code: wrong } })).status).toBe(400);
    }
    const late = await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code } });
    expect(late.status).toBe(410);
  });
});

describe('sign-in e-mail change', () => {
  async function confirmedStepUp(): Promise<string> {
    const cookie = await signIn(spouse);
    await call('/api/account/step-up', { method: 'POST', cookie });
    const code = /\b(\d{6})\b/.exec((await lastEmailTo(testApp.db, spouse.email))!.text_body)![1]!;
    await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code } });
    return cookie;
  }
  const accountEmail = async () =>
    (await testApp.db.selectFrom('accounts').innerJoin('beneficiaries', 'beneficiaries.id', 'accounts.beneficiary_id').select('email').where('first_name', '=', 'Dominique').executeTakeFirstOrThrow()).email;

  it('takes effect only when the link sent to the new address is opened, then tells the old one', async () => {
    const cookie = await confirmedStepUp();
    const asked = await call('/api/account/email', { method: 'POST', cookie, json: { email: 'Nouvelle@Demo.test' } });
    expect(asked.status).toBe(202);
    expect(((await asked.json()) as { message: string }).message).toContain('nouvelle@demo.test');
    expect(await accountEmail()).toBe(spouse.email);
    const mail = (await lastEmailTo(testApp.db, 'nouvelle@demo.test'))!;
    expect(mail.subject).toBe('Confirmer votre nouvelle adresse e-mail');
    expect(mail.text_body).toContain('/adresse-email/confirmer?jeton=');

    // Opened on any device: the link alone is enough, and only once.
    const complete = (token: string) => call('/api/auth/email-change/complete', { method: 'POST', json: { token } });
    expect((await complete(linkToken(mail.text_body))).status).toBe(200);
    expect(await accountEmail()).toBe('nouvelle@demo.test');
    expect((await lastEmailTo(testApp.db, spouse.email))?.subject).toBe('Votre adresse e-mail de connexion a changé');
    expect((await complete(linkToken(mail.text_body))).status).toBe(410);
    expect(((await (await call('/api/auth/session', { cookie })).json()) as { email: string }).email).toBe('nouvelle@demo.test');

    const entries = await testApp.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'email.%').execute();
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['email.change_requested', 'email.changed']));
    expect(JSON.stringify(entries)).not.toContain('nouvelle@demo.test');
    await testApp.db.updateTable('accounts').set({ email: spouse.email }).where('email', '=', 'nouvelle@demo.test').execute();
  });

  it('keeps only the latest link, and refuses the current address or one that another account uses', async () => {
    const cookie = await confirmedStepUp();
    const ask = (email: string) => call('/api/account/email', { method: 'POST', cookie, json: { email } });
    expect((await ask(spouse.email)).status).toBe(400);
    expect((await ask(principal.email)).status).toBe(400);
    expect((await ask('premiere@demo.test')).status).toBe(202);
    expect((await ask('seconde@demo.test')).status).toBe(202);
    const first = linkToken((await lastEmailTo(testApp.db, 'premiere@demo.test'))!.text_body);
    expect((await call('/api/auth/email-change/complete', { method: 'POST', json: { token: first } })).status).toBe(410);
    expect(await accountEmail()).toBe(spouse.email);
  });

  it('refuses a link whose address another account took in the meantime, and changes nothing', async () => {
    const cookie = await confirmedStepUp();
    expect((await call('/api/account/email', { method: 'POST', cookie, json: { email: 'prise@demo.test' } })).status).toBe(202);
    const token = linkToken((await lastEmailTo(testApp.db, 'prise@demo.test'))!.text_body);
    await testApp.db.updateTable('accounts').set({ email: 'prise@demo.test' }).where('email', '=', principal.email).execute();
    try {
      const late = await call('/api/auth/email-change/complete', { method: 'POST', json: { token } });
      expect(late.status).toBe(409);
      expect(await accountEmail()).toBe(spouse.email);
    } finally {
      await testApp.db.updateTable('accounts').set({ email: principal.email }).where('email', '=', 'prise@demo.test').execute();
    }
  });
});
