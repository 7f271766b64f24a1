import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

interface ContractBody {
  contract: { name: string; number: string; effectiveDate: string; insurer: string };
  membership: { memberNumber: string; role: string };
  category: { code: string; label: string; situations: string[] };
  contributions: { status: string; monthlyCents: number; lateCents: number; recent: { paidOn: string | null }[] } | null;
  beneficiaries: { firstName: string; relation: string; rang: number }[];
}

async function contractOf(account: { email: string; password: string }): Promise<ContractBody> {
  const response = await call('/api/contract', { cookie: await testApp.signIn(account) });
  expect(response.status).toBe(200);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  return (await response.json()) as ContractBody;
}

describe('GET /api/contract', () => {
  it('needs a session', async () => {
    expect((await call('/api/contract')).status).toBe(401);
  });

  it('gives the adhérent principal the contract, the « Famille » category, contributions up to date and the household', async () => {
    const body = await contractOf(principal!);
    expect(body.contract).toMatchObject({ name: expect.stringMatching(/Ma Prévoyance Santé/i), number: expect.any(String) });
    expect(body.membership).toMatchObject({ memberNumber: '990012345', role: 'adherent' });
    expect(body.category).toMatchObject({ code: 'famille', label: 'Famille' });
    expect(body.contributions).toMatchObject({ status: 'up_to_date', lateCents: 0 });
    expect(body.beneficiaries.map((person) => [person.rang, person.firstName, person.relation])).toEqual([
      [1, 'Camille', 'Adhérent principal'],
      [2, 'Dominique', 'Conjoint'],
      [3, 'Léa', 'Enfant'],
    ]);
  });

  it('shows a late contribution with its amount', async () => {
    await testApp.db.insertInto('accounts').values({
      beneficiary_id: (await testApp.db
        .selectFrom('beneficiaries')
        .innerJoin('members', 'members.id', 'beneficiaries.member_id')
        .select('beneficiaries.id')
        .where('members.member_number', '=', '990067890')
        .executeTakeFirstOrThrow()).id,
      email: 'yanis@demo.test',
      password_hash: (await testApp.db.selectFrom('accounts').select('password_hash').where('email', '=', principal!.email).executeTakeFirstOrThrow()).password_hash,
    }).execute();
    const body = await contractOf({ email: 'yanis@demo.test', password: principal!.password });
    expect(body.category.code).toBe('isole');
    expect(body.contributions!.status).toBe('late');
    expect(body.contributions!.lateCents).toBe(body.contributions!.monthlyCents);
  });

  it('shows an ayant droit their own line and no contribution', async () => {
    const body = await contractOf(spouse!);
    expect(body.membership.role).toBe('ayant_droit');
    expect(body.beneficiaries.map((person) => person.firstName)).toEqual(['Dominique']);
    expect(body.contributions).toBeNull();
  });
});

describe('documents', () => {
  it('lists the attestation with its real size, and serves that very PDF', async () => {
    const cookie = await testApp.signIn(principal!);
    const list = (await (await call('/api/documents', { cookie })).json()) as { documents: { href: string; type: string; bytes: number }[] };
    const [attestation] = list.documents;
    expect(attestation).toMatchObject({ href: '/api/documents/attestation', type: 'PDF' });
    const response = await call(attestation!.href, { cookie });
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="attestation-affiliation-990012345.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBe(attestation!.bytes);
  });

  it('needs a session', async () => {
    expect((await call('/api/documents')).status).toBe(401);
    expect((await call('/api/documents/attestation')).status).toBe(401);
  });
});
