import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

interface CoverageBody {
  contract: { name: string; number: string };
  categories: {
    id: string;
    title: string;
    lines: { id: number; label: string; condition: string | null; value: { kind: string }; display: string; footnotes: string[] }[];
  }[];
  footnotes: { marker: string; text: string }[];
  updatedAt: string;
}

async function coverage(account: { email: string; password: string } = principal): Promise<CoverageBody> {
  const response = await call('/api/coverage', { cookie: await testApp.signIn(account) });
  expect(response.status).toBe(200);
  expect(response.headers.get('Cache-Control')).toBe('private, no-cache');
  return (await response.json()) as CoverageBody;
}

const lineNamed = (body: CoverageBody, label: string) => body.categories.flatMap((category) => category.lines).find((line) => line.label === label);

describe('GET /api/coverage', () => {
  it('is refused without a session', async () => {
    expect((await call('/api/coverage')).status).toBe(401);
  });

  it("gives the session's contract, in six categories in the order of the table", async () => {
    const body = await coverage();
    expect(body.contract).toEqual(await testApp.db.selectFrom('contracts').select(['name', 'number']).executeTakeFirstOrThrow());
    expect(body.categories.map((category) => [category.id, category.title])).toEqual([
      ['hospitalisation', 'Hospitalisation'],
      ['soins_courants', 'Soins courants'],
      ['dentaire', 'Dentaire'],
      ['optique', 'Optique'],
      ['aides_auditives', 'Aides auditives'],
      ['autres_prestations', 'Autres prestations'],
    ]);
    const stored = await testApp.db.selectFrom('coverage_lines').select('id').orderBy('position').execute();
    expect(body.categories.flatMap((category) => category.lines.map((line) => line.id))).toEqual(stored.map((line) => line.id));
  });

  it('is the same table for an ayant droit', async () => {
    const { updatedAt: _principal, ...forPrincipal } = await coverage();
    const { updatedAt: _spouse, ...forSpouse } = await coverage(spouse);
    expect(forSpouse).toEqual(forPrincipal);
  });

  it('reads each value in French', async () => {
    const body = await coverage();
    expect(lineNamed(body, 'Chambre particulière (y compris maternité)')).toMatchObject({
      value: { kind: 'fixed_amount', amountCents: 3000, unit: 'day' },
      display: '30\u00a0€ par jour',
      footnotes: ['2'],
    });
    expect(lineNamed(body, 'Ostéopathie, chiropractie, étiopathie, acupuncture')?.display).toBe('10\u00a0€ par séance, 5 par an au plus');
  });

  it('says "Non couvert" for every line that pays nothing, and never shows an empty value', async () => {
    const lines = (await coverage()).categories.flatMap((category) => category.lines);
    const notCovered = lines.filter((line) => line.value.kind === 'not_covered');
    expect(notCovered.length).toBeGreaterThan(0);
    expect(notCovered.every((line) => line.display === 'Non couvert')).toBe(true);
    expect(lines.every((line) => line.display.trim() !== '' && line.display !== '-')).toBe(true);
  });

  it('gives the text of every footnote a line refers to', async () => {
    const body = await coverage();
    const markers = new Set(body.footnotes.map((footnote) => footnote.marker));
    const referred = body.categories.flatMap((category) => category.lines.flatMap((line) => line.footnotes));
    expect(referred.length).toBeGreaterThan(0);
    expect(referred.every((marker) => markers.has(marker))).toBe(true);
  });
});
