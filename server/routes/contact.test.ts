import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { useTestApp } from '../testing.ts';

const [principal] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

describe('/api/contact', () => {
  it('needs a session', async () => {
    expect((await call('/api/contact')).status).toBe(401);
    expect((await call('/api/contact/establishments?q=safran')).status).toBe(401);
  });

  it("gives the member's own managing insurer and the DPO and CNIL contacts", async () => {
    const response = await call('/api/contact', { cookie: await testApp.signIn(principal!) });
    const body = (await response.json()) as { insurer: { name: string; phone: string }; contacts: { kind: string }[] };
    // Camille Martin works at SAFRAN AIRCRAFT ENGINES GENNEVILLIERS (Annexe 3).
    const expected = await testApp.db
      .selectFrom('establishments')
      .innerJoin('insurers', 'insurers.id', 'establishments.insurer_id')
      .select(['insurers.name', 'insurers.member_phone'])
      .where('company', '=', 'SAFRAN AIRCRAFT ENGINES')
      .where('site', '=', 'GENNEVILLIERS')
      .executeTakeFirstOrThrow();
    expect(body.insurer).toMatchObject({ name: expected.name, phone: expected.member_phone });
    expect(body.contacts.map((contact) => contact.kind)).toEqual(expect.arrayContaining(['dpo', 'cnil', 'reclamation']));
  });

  it('finds establishments by company, town or department, accents and case aside', async () => {
    const cookie = await testApp.signIn(principal!);
    const search = async (q: string) =>
      ((await (await call(`/api/contact/establishments?q=${encodeURIComponent(q)}`, { cookie })).json()) as {
        establishments: { company: string; site: string; department: string; insurer: string }[];
      }).establishments;
    const gennevilliers = await search('Safran gennevilliers');
    expect(gennevilliers.map((place) => place.site)).toEqual(expect.arrayContaining(['GENNEVILLIERS']));
    const gironde = await search('33');
    expect(gironde.length).toBeGreaterThan(0);
    expect(gironde.every((place) => place.department === '33')).toBe(true);
    expect(await search('aucune entreprise de ce nom')).toEqual([]);
    for (const q of ['a', 'x'.repeat(81)]) {
      expect((await call(`/api/contact/establishments?q=${q}`, { cookie })).status).toBe(400);
    }
  });
});

describe('POST /api/requests/appointments', () => {
  it('records the wish as a request, from a plain form too', async () => {
    const cookie = await testApp.signIn(principal!);
    const response = await call('/api/requests/appointments', {
      method: 'POST',
      cookie,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'channel=agence&day=mardi&slot=matin&note=Pour+un+devis',
    });
    expect(response.status).toBe(303);
    const id = /envoyee=(\d+)/.exec(response.headers.get('Location')!)![1];
    const detail = (await (await call(`/api/requests/${id}`, { cookie })).json()) as { typeLabel: string; messages: { body: string }[] };
    expect(detail.typeLabel).toBe('Rendez-vous avec un conseiller');
    expect(detail.messages[0]!.body).toBe('Rendez-vous en agence, de préférence le mardi, le matin (9 h – 12 h).\nPour un devis');
  });

  it('refuses choices it does not offer', async () => {
    const cookie = await testApp.signIn(principal!);
    const response = await call('/api/requests/appointments', { method: 'POST', cookie, json: { channel: 'visio', day: 'dimanche', slot: 'nuit' } });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(['channel', 'day', 'slot']);
  });
});
