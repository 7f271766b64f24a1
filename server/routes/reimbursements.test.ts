import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

interface ListBody {
  period: { from: string; to: string };
  beneficiaries: { rang: number; firstName: string }[];
  reimbursements: {
    careDate: string;
    beneficiary: { rang: number; firstName: string };
    priceCents: number;
    socialSecurityCents: number;
    otherCents: number;
    contractCents: number;
    remainingCents: number;
    paymentDate: string;
  }[];
  totals: { priceCents: number; contractCents: number };
}

async function list(account: { email: string; password: string } = principal!, query = '') {
  const response = await call(`/api/reimbursements${query}`, { cookie: await testApp.signIn(account) });
  expect(response.status).toBe(200);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  return (await response.json()) as ListBody;
}

describe('GET /api/reimbursements', () => {
  it('needs a session', async () => {
    for (const path of ['', '/export.csv', '/statements', '/statements/2026-01', '/usage?beneficiaire=1']) {
      expect((await call(`/api/reimbursements${path}`)).status, path).toBe(401);
    }
  });

  it('gives the household to the adhérent principal, latest payments first, parts adding up', async () => {
    const body = await list(principal!, '?du=2025-01-01&au=2099-12-31');
    expect(body.beneficiaries.map((person) => person.firstName)).toEqual(['Camille', 'Dominique', 'Léa']);
    expect(new Set(body.reimbursements.map((row) => row.beneficiary.firstName))).toEqual(new Set(['Camille', 'Dominique', 'Léa']));
    const dates = body.reimbursements.map((row) => row.paymentDate);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const row of body.reimbursements) {
      expect(row.socialSecurityCents + row.otherCents + row.contractCents + row.remainingCents).toBe(row.priceCents);
    }
    expect(body.totals.contractCents).toBe(body.reimbursements.reduce((sum, row) => sum + row.contractCents, 0));
  });

  it('holds at least 18 months of history for every beneficiary', async () => {
    const body = await list(principal!, '?du=2000-01-01&au=2099-12-31');
    const eighteenMonthsAgo = new Date();
    eighteenMonthsAgo.setUTCMonth(eighteenMonthsAgo.getUTCMonth() - 18);
    for (const name of ['Camille', 'Dominique', 'Léa']) {
      const dates = body.reimbursements.filter((row) => row.beneficiary.firstName === name).map((row) => row.careDate).sort();
      expect(dates.length, name).toBeGreaterThan(10);
      expect(dates[0]! <= eighteenMonthsAgo.toISOString().slice(0, 10), `${name} since ${dates[0]}`).toBe(true);
    }
  });

  it('filters by period and by beneficiary', async () => {
    const body = await list(principal!, '?du=2026-01-01&au=2026-06-30&beneficiaire=3');
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(body.reimbursements.length).toBeGreaterThan(0);
    for (const row of body.reimbursements) {
      expect(row.beneficiary.firstName).toBe('Léa');
      expect(row.paymentDate >= '2026-01-01' && row.paymentDate <= '2026-06-30').toBe(true);
    }
  });

  it('shows an ayant droit only their own payments, and refuses the others', async () => {
    const body = await list(spouse!, '?du=2000-01-01&au=2099-12-31');
    expect(body.beneficiaries.map((person) => person.firstName)).toEqual(['Dominique']);
    expect(new Set(body.reimbursements.map((row) => row.beneficiary.firstName))).toEqual(new Set(['Dominique']));
    const cookie = await testApp.signIn(spouse!);
    for (const path of ['?beneficiaire=1', '/export.csv?beneficiaire=3', '/usage?beneficiaire=1']) {
      const response = await call(`/api/reimbursements${path}`, { cookie });
      expect(response.status, path).toBe(403);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/ne pouvez pas/);
    }
  });

  it('refuses a query it cannot read, in French', async () => {
    const cookie = await testApp.signIn(principal!);
    for (const query of ['?du=hier', '?du=2026-02-30', '?du=2026-05-01&au=2026-01-01', '?beneficiaire=abc', "?beneficiaire=1' or 1=1", '?tri=prix']) {
      const response = await call(`/api/reimbursements${query}`, { cookie });
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Certaines informations sont à corriger.');
    }
  });
});

describe('exports', () => {
  it('CSV for a French spreadsheet: BOM, semicolons, decimal commas, one line per payment', async () => {
    const query = '?du=2025-01-01&au=2099-12-31&beneficiaire=1';
    const body = await list(principal!, query);
    const response = await call(`/api/reimbursements/export.csv${query}`, { cookie: await testApp.signIn(principal!) });
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toMatch(/attachment; filename="remboursements-2025-01-01-2099-12-31\.csv"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Date des soins;Bénéficiaire;Soin;Dépense (€);Sécurité sociale (€);Autres organismes (€);Votre contrat (€);Reste à charge (€);Payé à;Date de paiement',
    );
    expect(lines).toHaveLength(body.reimbursements.length + 1);
    const first = body.reimbursements[0]!;
    const cents = (value: number) => `${Math.floor(value / 100)},${String(value % 100).padStart(2, '0')}`;
    expect(lines[1]).toContain(`;${cents(first.priceCents)};${cents(first.socialSecurityCents)};`);
  });

  it('monthly statements: the list of months, and a PDF per month', async () => {
    const cookie = await testApp.signIn(principal!);
    const { statements } = (await (await call('/api/reimbursements/statements', { cookie })).json()) as {
      statements: { month: string; payments: number; bytes: number }[];
    };
    expect(statements.length).toBeGreaterThanOrEqual(18);
    const month = statements[1]!.month;
    const response = await call(`/api/reimbursements/statements/${month}`, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length, 'the size stated in the list').toBe(statements[1]!.bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await call('/api/reimbursements/statements/1990-01', { cookie })).status).toBe(404);
    expect((await call('/api/reimbursements/statements/2026-13', { cookie })).status).toBe(400);
  });
});

describe('GET /api/reimbursements/usage', () => {
  it('counts what a beneficiary used of each line this year', async () => {
    const cookie = await testApp.signIn(principal!);
    const response = await call('/api/reimbursements/usage?beneficiaire=1', { cookie });
    expect(response.status).toBe(200);
    const { usage } = (await response.json()) as { usage: { coverageLineId: number; units: number; amountCents: number }[] };
    const year = String(new Date().getUTCFullYear());
    const rows = await testApp.db
      .selectFrom('reimbursements')
      .innerJoin('beneficiaries', 'beneficiaries.id', 'reimbursements.beneficiary_id')
      .select(['coverage_line_id', 'contract_cents', 'care_date'])
      .where('beneficiaries.first_name', '=', 'Camille')
      .execute();
    for (const entry of usage) {
      const expected = rows
        .filter((row) => row.coverage_line_id === entry.coverageLineId && row.care_date.startsWith(year))
        .reduce((sum, row) => sum + row.contract_cents, 0);
      expect(entry.amountCents).toBe(expected);
    }
    expect(usage.length).toBeGreaterThan(0);
  });
});
