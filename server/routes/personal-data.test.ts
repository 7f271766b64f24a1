import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { lastEmailTo, useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

interface ExportBody {
  exporteLe: string;
  sections: { key: string; title: string; data: unknown }[];
}

describe('/api/personal-data', () => {
  it('needs a session', async () => {
    expect((await call('/api/personal-data')).status).toBe(401);
  });

  it('exports every kind of data kept about the person, as JSON to download', async () => {
    const cookie = await testApp.signIn(principal!);
    const response = await call('/api/personal-data?telecharger', { cookie });
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = (await response.json()) as ExportBody;
    expect(body.sections.map((section) => section.key)).toEqual([
      'compte',
      'identite',
      'coordonnees',
      'coordonneesBancaires',
      'affichage',
      'conditionsAcceptees',
      'appareilsConnectes',
      'remboursements',
      'demandes',
      'journal',
    ]);
    const text = JSON.stringify(body);
    expect(text).toContain('990012345');
    expect(text).toContain(principal!.email);
    expect(text).not.toContain('30006000011234567890');
    expect((body.sections.find((section) => section.key === 'remboursements')!.data as unknown[]).length).toBeGreaterThan(10);
  });

  it('masks the NIR, and gives it whole only after an e-mailed code', async () => {
    const cookie = await testApp.signIn(principal!);
    const nir = '284037512345678';
    const withKey = `${nir.slice(0, 13)}${String(97 - Number(BigInt(nir.slice(0, 13)) % 97n)).padStart(2, '0')}`;
    expect((await call('/api/profile/health-insurance', { method: 'POST', cookie, json: { nir: withKey, affiliationFund: 'CPAM de Paris' } })).status).toBe(200);
    const nirIn = async () => {
      const body = (await (await call('/api/personal-data', { cookie })).json()) as ExportBody;
      return (body.sections.find((section) => section.key === 'coordonnees')!.data as { numeroSecuriteSociale: string }).numeroSecuriteSociale;
    };
    expect(await nirIn()).toBe(`• •• •• •• ••• •${withKey.slice(11, 13)} ${withKey.slice(13)}`);

    await call('/api/account/step-up', { method: 'POST', cookie });
    const email = (await lastEmailTo(testApp.db, principal!.email))!;
    const code = /\b(\d{6})\b/.exec(`${email.subject}\n${email.text_body}`)![1]!;
    expect((await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code } })).status).toBe(200);
    expect(await nirIn()).toBe(withKey);
  });

  it("gives an ayant droit their own data, not the adhérent principal's", async () => {
    const body = (await (await call('/api/personal-data', { cookie: await testApp.signIn(spouse!) })).json()) as ExportBody;
    const identity = body.sections.find((section) => section.key === 'identite')!.data as { prenom: string };
    expect(identity.prenom).toBe('Dominique');
    expect(JSON.stringify(body)).not.toContain(principal!.email);
  });

  it('closes the account after the e-mailed code, and keeps the membership', async () => {
    const cookie = await testApp.signIn(spouse!);
    expect((await call('/api/personal-data/close-account', { method: 'POST', cookie, json: { confirm: true } })).status).toBe(403);
    await call('/api/account/step-up', { method: 'POST', cookie });
    const code = /: (\d{6})/.exec((await lastEmailTo(testApp.db, spouse!.email))!.subject)![1]!;
    await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code } });
    expect((await call('/api/personal-data/close-account', { method: 'POST', cookie, json: {} })).status).toBe(400);
    const closed = await call('/api/personal-data/close-account', { method: 'POST', cookie, json: { confirm: true } });
    expect(closed.status).toBe(200);
    expect(closed.headers.get('Clear-Site-Data')).toBe('"cache"');
    expect(closed.headers.get('Set-Cookie')).toMatch(/^__Host-session=;/);
    expect((await call('/api/personal-data', { cookie })).status).toBe(401);
    const signIn = await call('/api/auth/sign-in', { method: 'POST', json: { email: spouse!.email, password: spouse!.password }, ip: '203.0.113.9' });
    expect(signIn.status).toBe(401);
    const person = await testApp.db.selectFrom('beneficiaries').select('first_name').where('first_name', '=', 'Dominique').executeTakeFirst();
    expect(person).toBeDefined();
  });
});
