import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { CGU_VERSION } from '../../domain/terms-version.ts';
import { lastEmailTo, linkToken, sessionCookie, TEST_ORIGIN, useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

/** Each test uses its own client address so the per-address limits never mix tests. */
let nextIp = 10;
const freshIp = () => `198.51.100.${nextIp++}`;

async function signIn(email: string, password: string, ip = freshIp()) {
  return call('/api/auth/sign-in', { method: 'POST', json: { email, password }, ip });
}

async function signedInCookie(account: { email: string; password: string } = principal) {
  return sessionCookie(await signIn(account.email, account.password));
}

describe('sign-in', () => {
  it('opens a session in a __Host- cookie that scripts cannot read', async () => {
    const response = await signIn(principal.email, principal.password);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirect: '/remboursements', cguRequired: false });
    const cookie = response.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^__Host-session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Domain');
  });

  it('stores only a digest of the token', async () => {
    const cookie = await signedInCookie();
    const token = cookie.split('=')[1]!;
    const stored = await testApp.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('gives a new token at each sign-in', async () => {
    expect(await signedInCookie()).not.toBe(await signedInCookie());
  });

  it('answers an unknown e-mail and a wrong password with the same French message', async () => {
    const unknown = await signIn('personne@demo.test', 'un mot de passe quelconque');
    const wrong = await signIn(principal.email, 'un mot de passe quelconque');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
    expect(unknown.headers.get('Set-Cookie')).toBeNull();
  });

  it('accepts the e-mail whatever its case and surrounding spaces', async () => {
    const response = await signIn(`  ${principal.email.toUpperCase()} `, principal.password);
    expect(response.status).toBe(200);
  });

  it('names the field when the e-mail is not an address', async () => {
    const response = await signIn('pas-une-adresse', 'x');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.email).toMatch(/adresse e-mail valide/);
  });

  it('replaces a password hash made with weaker parameters', async () => {
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash(spouse.password, { memoryCost: 8192, timeCost: 1, parallelism: 1, algorithm: 2 });
    await testApp.db.updateTable('accounts').set({ password_hash: weak }).where('email', '=', spouse.email).execute();
    expect((await signIn(spouse.email, spouse.password)).status).toBe(200);
    const { password_hash } = await testApp.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('email', '=', spouse.email)
      .executeTakeFirstOrThrow();
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('the session', () => {
  it('tells who is signed in, with their role', async () => {
    const adherent = await call('/api/auth/session', { cookie: await signedInCookie(principal) });
    expect(adherent.status).toBe(200);
    expect(adherent.headers.get('Cache-Control')).toBe('no-store');
    expect(await adherent.json()).toMatchObject({ firstName: 'Camille', role: 'adherent', access: 'full', cguRequired: false });
    const ayantDroit = await call('/api/auth/session', { cookie: await signedInCookie(spouse) });
    expect(await ayantDroit.json()).toMatchObject({ firstName: 'Dominique', role: 'ayant_droit' });
  });

  it('is refused without a cookie or with a forged one', async () => {
    expect((await call('/api/auth/session')).status).toBe(401);
    const forged = await call('/api/auth/session', { cookie: '__Host-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('Set-Cookie')).toMatch(/__Host-session=;/);
  });

  it('ends after 30 minutes without activity', async () => {
    const cookie = await signedInCookie();
    await sql`update sessions set last_seen_at = now() - interval '31 minutes' where id = (select max(id) from sessions)`.execute(testApp.db);
    expect((await call('/api/auth/session', { cookie })).status).toBe(401);
  });

  it('ends 12 hours after sign-in even when active', async () => {
    const cookie = await signedInCookie();
    await sql`update sessions set expires_at = now() - interval '1 second' where id = (select max(id) from sessions)`.execute(testApp.db);
    expect((await call('/api/auth/session', { cookie })).status).toBe(401);
  });
});

describe('sign-out', () => {
  it('destroys the server session and asks the browser to wipe its storage', async () => {
    const cookie = await signedInCookie();
    const response = await call('/api/auth/sign-out', { method: 'POST', cookie, headers: { Accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Clear-Site-Data')).toBe('"cache"');
    expect(await response.json()).toEqual({ redirect: '/connexion?deconnexion=1' });
    expect((await call('/api/auth/session', { cookie })).status).toBe(401);
  });

  it('works as a plain HTML form, redirecting to the sign-in page', async () => {
    const cookie = await signedInCookie();
    const response = await call('/api/auth/sign-out', { method: 'POST', cookie, headers: { Accept: 'text/html' } });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/connexion?deconnexion=1');
  });
});

describe('CSRF protection', () => {
  it('refuses a state change from another site, JSON or form alike', async () => {
    const fromElsewhere = await call('/api/auth/sign-in', {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
      json: { email: principal.email, password: principal.password },
    });
    expect(fromElsewhere.status).toBe(403);
    const cookie = await signedInCookie();
    const form = await call('/api/auth/sign-out', {
      method: 'POST',
      cookie,
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(form.status).toBe(403);
    expect((await call('/api/auth/session', { cookie })).status).toBe(200);
  });
});

describe('rate limiting', () => {
  it('slows down repeated failures on one account, from any address, with a French 429', async () => {
    const email = spouse.email;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(email, 'mauvais mot de passe', freshIp())).status).toBe(401);
    }
    expect((await signIn(email, 'mauvais mot de passe', freshIp())).status).toBe(401);
    const blocked = await signIn(email, spouse.password, freshIp());
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    const body = (await blocked.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/^Trop de tentatives\. Pour protéger votre compte, réessayez dans \d+ secondes?\.$/);
  });

  it('never locks for good: once the wait is over the right password works', async () => {
    await testApp.db.updateTable('rate_limits').set({ blocked_until: new Date(Date.now() - 1000) }).execute();
    expect((await signIn(spouse.email, spouse.password)).status).toBe(200);
  });

  it('limits the e-mail requests of one address, found or not', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let request = 1; request <= 7; request += 1) {
      const response = await call('/api/auth/password-reset', { method: 'POST', json: { email: `inconnu${request}@demo.test` }, ip });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 429]);
  });

  it('makes each new failure wait twice as long', async () => {
    const ip = freshIp();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      await testApp.db.updateTable('rate_limits').set({ blocked_until: null }).where('key', '=', `sign-in:ip:${ip}`).execute();
      await signIn(`inconnu${attempt}@demo.test`, 'mauvais mot de passe', ip);
      const row = await testApp.db.selectFrom('rate_limits').selectAll().where('key', '=', `sign-in:ip:${ip}`).executeTakeFirstOrThrow();
      waits.push(row.blocked_until ? Math.round((row.blocked_until.getTime() - Date.now()) / 1000) : 0);
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 2, 4, 8]);
  });
});

describe('activation', () => {
  const child = { memberNumber: '990012345', birthDay: '4', birthMonth: '05', birthYear: '2016' };

  it('e-mails a single-use link when the data match someone, and answers the same when not', async () => {
    const matching = await call('/api/auth/activation', { method: 'POST', json: { ...child, email: 'lea@demo.test' }, ip: freshIp() });
    const wrongDate = await call('/api/auth/activation', {
      method: 'POST',
      json: { ...child, birthDay: '5', email: 'autre@demo.test' },
      ip: freshIp(),
    });
    expect(matching.status).toBe(202);
    expect(wrongDate.status).toBe(202);
    expect(await matching.json()).toEqual(await wrongDate.json());
    expect(await lastEmailTo(testApp.db, 'autre@demo.test')).toBeUndefined();
    const email = await lastEmailTo(testApp.db, 'lea@demo.test');
    expect(email?.subject).toBe('Activez votre espace adhérent');
    expect(email?.text_body).toContain(`${TEST_ORIGIN}/activation/confirmer?jeton=`);
  });

  it('refuses a common or short password and an unticked CGU box, field by field', async () => {
    const token = linkToken((await lastEmailTo(testApp.db, 'lea@demo.test'))!.text_body);
    const response = await call('/api/auth/activation/complete', {
      method: 'POST',
      json: { token, password: 'motdepasse123', acceptCgu: false },
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields.password).toMatch(/trop courant/);
    expect(error.fields.acceptCgu).toMatch(/Cochez la case/);
    const short = await call('/api/auth/activation/complete', { method: 'POST', json: { token, password: 'court', acceptCgu: true } });
    expect(((await short.json()) as { error: { fields: Record<string, string> } }).error.fields.password).toMatch(/12 caractères/);
  });

  it('creates the account once, records the CGU acceptance, and the link never works twice', async () => {
    const token = linkToken((await lastEmailTo(testApp.db, 'lea@demo.test'))!.text_body);
    const password = 'une girafe boit du thé vert';
    const first = await call('/api/auth/activation/complete', { method: 'POST', json: { token, password, acceptCgu: true } });
    expect(first.status).toBe(200);
    const again = await call('/api/auth/activation/complete', { method: 'POST', json: { token, password, acceptCgu: true } });
    expect(again.status).toBe(410);
    expect((await signIn('lea@demo.test', password)).status).toBe(200);
    const acceptance = await testApp.db
      .selectFrom('cgu_acceptances')
      .innerJoin('accounts', 'accounts.id', 'cgu_acceptances.account_id')
      .select(['version', 'accepted_at'])
      .where('accounts.email', '=', 'lea@demo.test')
      .executeTakeFirstOrThrow();
    expect(acceptance.version).toBe(CGU_VERSION);
    const log = await testApp.db.selectFrom('audit_log').select(['action', 'details']).execute();
    expect(log.map((entry) => entry.action)).toContain('account.activated');
    expect(JSON.stringify(log)).not.toContain(password);
  });

  it('warns the known address, not the typed one, when the account already exists', async () => {
    await call('/api/auth/activation', {
      method: 'POST',
      json: { memberNumber: '990012345', birthDay: '12', birthMonth: '3', birthYear: '1984', email: 'intrus@demo.test' },
      ip: freshIp(),
    });
    expect(await lastEmailTo(testApp.db, 'intrus@demo.test')).toBeUndefined();
    expect((await lastEmailTo(testApp.db, principal.email))?.subject).toBe('Votre espace adhérent est déjà activé');
  });

  it('refuses an expired link', async () => {
    await call('/api/auth/activation', {
      method: 'POST',
      json: { memberNumber: '990067890', birthDay: '30', birthMonth: '11', birthYear: '1991', email: 'yanis@demo.test' },
      ip: freshIp(),
    });
    const token = linkToken((await lastEmailTo(testApp.db, 'yanis@demo.test'))!.text_body);
    await sql`update auth_tokens set expires_at = now() - interval '1 second' where email = 'yanis@demo.test'`.execute(testApp.db);
    const response = await call('/api/auth/activation/complete', {
      method: 'POST',
      json: { token, password: 'une phrase assez longue', acceptCgu: true },
    });
    expect(response.status).toBe(410);
  });

  it('explains each malformed field of the request', async () => {
    const response = await call('/api/auth/activation', {
      method: 'POST',
      json: { memberNumber: 'abc', birthDay: '32', birthMonth: '0', birthYear: '84', email: 'x', extra: 1 },
      ip: freshIp(),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(['birthDay', 'birthMonth', 'birthYear', 'email', 'extra', 'memberNumber']);
  });
});

describe('forgotten password', () => {
  it('answers the same whatever the e-mail, and sends a link only to a real account', async () => {
    const known = await call('/api/auth/password-reset', { method: 'POST', json: { email: principal.email }, ip: freshIp() });
    const unknown = await call('/api/auth/password-reset', { method: 'POST', json: { email: 'personne@demo.test' }, ip: freshIp() });
    expect(known.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect((await lastEmailTo(testApp.db, principal.email))?.subject).toBe('Choisir un nouveau mot de passe');
  });

  it('sets the new password, ends every session and works only once', async () => {
    const otherDevice = await signedInCookie(principal);
    const token = linkToken((await lastEmailTo(testApp.db, principal.email))!.text_body);
    const newPassword = 'nouvelle phrase de passe 2026';
    const reset = await call('/api/auth/password-reset/complete', { method: 'POST', json: { token, password: newPassword } });
    expect(reset.status).toBe(200);
    expect((await call('/api/auth/session', { cookie: otherDevice })).status).toBe(401);
    expect((await signIn(principal.email, principal.password)).status).toBe(401);
    expect((await signIn(principal.email, newPassword)).status).toBe(200);
    const reuse = await call('/api/auth/password-reset/complete', { method: 'POST', json: { token, password: 'encore une autre phrase' } });
    expect(reuse.status).toBe(410);
    expect((await lastEmailTo(testApp.db, principal.email))?.subject).toBe('Votre mot de passe a été changé');
    await restorePassword(principal.email, principal.password);
  });

  it('lets a link expire after 30 minutes', async () => {
    await call('/api/auth/password-reset', { method: 'POST', json: { email: spouse.email }, ip: freshIp() });
    const created = await testApp.db
      .selectFrom('auth_tokens')
      .select(['created_at', 'expires_at'])
      .where('purpose', '=', 'password_reset')
      .where('email', '=', spouse.email)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(created.expires_at.getTime() - created.created_at.getTime()).toBeCloseTo(30 * 60 * 1000, -4);
  });
});

describe('terms of use', () => {
  it('are asked again at sign-in when the version changed, and each acceptance is recorded', async () => {
    const account = await testApp.db.selectFrom('accounts').select('id').where('email', '=', spouse.email).executeTakeFirstOrThrow();
    await testApp.db.updateTable('cgu_acceptances').set({ version: '2024-01' }).where('account_id', '=', account.id).execute();
    const response = await signIn(spouse.email, spouse.password);
    expect(await response.json()).toEqual({ redirect: '/cgu?retour=%2Fremboursements', cguRequired: true });
    const cookie = sessionCookie(response);
    expect(await (await call('/api/auth/session', { cookie })).json()).toMatchObject({ cguRequired: true });
    const refused = await call('/api/auth/cgu', { method: 'POST', cookie, json: { acceptCgu: false } });
    expect(refused.status).toBe(400);
    expect((await call('/api/auth/cgu', { method: 'POST', cookie, json: { acceptCgu: true } })).status).toBe(200);
    expect(await (await call('/api/auth/session', { cookie })).json()).toMatchObject({ cguRequired: false });
    const versions = await testApp.db.selectFrom('cgu_acceptances').select('version').where('account_id', '=', account.id).execute();
    expect(versions.map((row) => row.version).sort()).toEqual(['2024-01', CGU_VERSION]);
  });
});

async function restorePassword(email: string, password: string) {
  const { hashPassword } = await import('../auth/passwords.ts');
  await testApp.db.updateTable('accounts').set({ password_hash: await hashPassword(password) }).where('email', '=', email).execute();
  await testApp.db.deleteFrom('rate_limits').execute();
}
