import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { lastEmailTo, useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

interface ProfileBody {
  role: string;
  profile: { postalAddress: string | null; phone: string | null; nir: string | null; documentsChannel: string; magazine: boolean };
  bank: { iban: string | null } | null;
}

const read = async (cookie: string) => (await (await call('/api/profile', { cookie })).json()) as ProfileBody;
const fieldsOf = async (response: Response) => ((await response.json()) as { error: { fields: Record<string, string> } }).error.fields;

describe('/api/profile', () => {
  it('needs a session', async () => {
    expect((await call('/api/profile')).status).toBe(401);
    expect((await call('/api/profile/contact', { method: 'POST', json: { phone: '0612345678' } })).status).toBe(401);
  });

  it('shows the adhérent principal their details and a masked IBAN only', async () => {
    const body = await read(await testApp.signIn(principal!));
    expect(body.profile.postalAddress).toBe('12 rue des Tilleuls, 92230 Gennevilliers');
    expect(body.bank).toEqual({ iban: 'FR76 •••• •••• 0189' });
    expect(JSON.stringify(body)).not.toContain('30006000011234567890');
  });

  it('saves contact details, the NIR checked with its key, and preferences; refuses bad ones in French', async () => {
    const cookie = await testApp.signIn(principal!);
    const contact = await call('/api/profile/contact', {
      method: 'POST',
      cookie,
      json: { postalAddress: "3 allée des <script>alert('x')</script>, 75011 Paris", phone: '+33 6 98 76 54 32' },
    });
    expect(contact.status).toBe(200);
    expect((await read(cookie)).profile.postalAddress).toBe("3 allée des <script>alert('x')</script>, 75011 Paris");

    const wrongKey = await call('/api/profile/health-insurance', { method: 'POST', cookie, json: { nir: '2 84 03 75 123 456 00', affiliationFund: 'CPAM de Paris' } });
    expect(wrongKey.status).toBe(400);
    expect((await fieldsOf(wrongKey))['nir']).toMatch(/clé/);
    const body = '2840375123456';
    const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
    const right = await call('/api/profile/health-insurance', { method: 'POST', cookie, json: { nir: `${body} ${key}`, affiliationFund: 'CPAM de Paris' } });
    expect(right.status).toBe(200);
    // Shown masked like the IBAN: whole only in the personal-data export, after an e-mailed code.
    const shown = await read(cookie);
    expect(shown.profile.nir).toBe(`• •• •• •• ••• •${body.slice(-2)} ${key}`);
    expect(JSON.stringify(shown)).not.toContain(body.slice(0, 9));

    const badPhone = await call('/api/profile/contact', { method: 'POST', cookie, json: { phone: "0612' or 1=1" } });
    expect((await fieldsOf(badPhone))['phone']).toMatch(/numéro français/);

    const preferences = await call('/api/profile/preferences', {
      method: 'POST',
      cookie,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'documentsChannel=papier&magazine=on',
    });
    expect(preferences.status).toBe(303);
    expect(preferences.headers.get('Location')).toBe('/profil#enregistre');
    expect((await read(cookie)).profile).toMatchObject({ documentsChannel: 'papier', magazine: true });
  });

  it('changes the IBAN only after the e-mailed code, and only for the adhérent principal', async () => {
    const cookie = await testApp.signIn(principal!);
    const iban = 'FR14 2004 1010 0505 0001 3M02 606';
    expect((await call('/api/profile/bank', { method: 'POST', cookie, json: { iban } })).status).toBe(403);
    await call('/api/account/step-up', { method: 'POST', cookie });
    const code = /: (\d{6})/.exec((await lastEmailTo(testApp.db, principal!.email))!.subject)![1]!;
    expect((await call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code } })).status).toBe(200);

    const invalid = await call('/api/profile/bank', { method: 'POST', cookie, json: { iban: 'FR14 2004 1010 0505 0001 3M02 607' } });
    expect((await fieldsOf(invalid))['iban']).toMatch(/pas valide/);
    const changed = await call('/api/profile/bank', { method: 'POST', cookie, json: { iban } });
    expect(changed.status).toBe(200);
    expect((await read(cookie)).bank).toEqual({ iban: 'FR14 •••• •••• 2606' });

    const spouseCookie = await testApp.signIn(spouse!);
    expect((await read(spouseCookie)).bank).toBeNull();
    const spouseAddress = await call('/api/profile/contact', { method: 'POST', cookie: spouseCookie, json: { postalAddress: 'ailleurs', phone: '0611223344' } });
    expect(spouseAddress.status).toBe(403);
  });
});
