import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageCategory } from '../schema.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';

/**
 * Lines read by hand from Annexe 1 of the notice, across every category. Each is compared with
 * what the seed stored, so a slip in the transcription or in the loading shows here.
 */
const handChecked: {
  category: CoverageCategory;
  label: string;
  condition?: string;
  expected: {
    value_kind: 'percent_br' | 'fixed_amount' | 'not_covered';
    rate_percent?: number;
    amount_cents?: number;
    unit?: string;
    limit?: [count: number, years: number];
    footnotes?: string[];
  };
}[] = [
  { category: 'hospitalisation', label: 'Honoraires en secteur conventionné', condition: 'Signataires OPTAM', expected: { value_kind: 'percent_br', rate_percent: 100 } },
  { category: 'hospitalisation', label: 'Honoraires en secteur conventionné', condition: 'Non signataires OPTAM', expected: { value_kind: 'percent_br', rate_percent: 380 } },
  { category: 'hospitalisation', label: 'Chambre particulière (y compris maternité)', expected: { value_kind: 'fixed_amount', amount_cents: 3000, unit: 'day', footnotes: ['2'] } },
  { category: 'hospitalisation', label: "Lit d'accompagnant", condition: 'Enfant couvert par le contrat', expected: { value_kind: 'fixed_amount', amount_cents: 2000, unit: 'day' } },
  { category: 'hospitalisation', label: 'Forfait journalier hospitalier', expected: { value_kind: 'not_covered', footnotes: ['1'] } },
  { category: 'soins_courants', label: 'Spécialistes : consultations et visites', condition: 'Signataires OPTAM', expected: { value_kind: 'percent_br', rate_percent: 100 } },
  { category: 'soins_courants', label: 'Généralistes : consultations et visites', condition: 'Signataires OPTAM', expected: { value_kind: 'percent_br', rate_percent: 40 } },
  { category: 'soins_courants', label: 'Généralistes : consultations et visites', condition: 'Non signataires OPTAM', expected: { value_kind: 'percent_br', rate_percent: 250 } },
  { category: 'soins_courants', label: 'Imagerie médicale', condition: 'Non signataires OPTAM', expected: { value_kind: 'percent_br', rate_percent: 120 } },
  { category: 'soins_courants', label: 'Véhicule pour personne handicapée physique', expected: { value_kind: 'percent_br', rate_percent: 200, unit: 'vehicle' } },
  { category: 'soins_courants', label: 'Médicaments prescrits', expected: { value_kind: 'not_covered' } },
  { category: 'dentaire', label: 'Stomatologie', expected: { value_kind: 'percent_br', rate_percent: 50 } },
  { category: 'dentaire', label: 'Prothèses amovibles', expected: { value_kind: 'percent_br', rate_percent: 70, footnotes: ['5'] } },
  { category: 'dentaire', label: 'Inlay core', expected: { value_kind: 'not_covered' } },
  { category: 'dentaire', label: 'Implant intraosseux (racine) non pris en charge par la Sécurité sociale', expected: { value_kind: 'fixed_amount', amount_cents: 10000, unit: 'tooth', limit: [2, 1], footnotes: ['***'] } },
  { category: 'dentaire', label: 'Orthodontie non prise en charge par la Sécurité sociale', expected: { value_kind: 'percent_br', rate_percent: 100, footnotes: ['**'] } },
  { category: 'optique', label: 'Monture', expected: { value_kind: 'fixed_amount', amount_cents: 2500, unit: 'equipment', footnotes: ['7'] } },
  { category: 'optique', label: 'Lentilles prises en charge par la Sécurité sociale', expected: { value_kind: 'fixed_amount', amount_cents: 7400, unit: 'year' } },
  { category: 'optique', label: 'Lentilles non prises en charge par la Sécurité sociale', expected: { value_kind: 'fixed_amount', amount_cents: 7400, unit: 'year' } },
  { category: 'optique', label: 'Chirurgie réfractive (toutes amétropies)', expected: { value_kind: 'fixed_amount', amount_cents: 36700, unit: 'eye' } },
  { category: 'aides_auditives', label: 'Appareils auditifs pris en charge par la Sécurité sociale', expected: { value_kind: 'not_covered', footnotes: ['8'] } },
  { category: 'aides_auditives', label: 'Piles pour appareil auditif', expected: { value_kind: 'not_covered' } },
  { category: 'autres_prestations', label: 'Ostéopathie, chiropractie, étiopathie, acupuncture', expected: { value_kind: 'fixed_amount', amount_cents: 1000, unit: 'session', limit: [5, 1], footnotes: ['10'] } },
  { category: 'autres_prestations', label: 'Psychologue, psychomotricien, ergothérapeute', expected: { value_kind: 'fixed_amount', amount_cents: 5000, unit: 'session', limit: [4, 1], footnotes: ['10'] } },
  { category: 'autres_prestations', label: 'Pilule contraceptive et autres moyens de contraception non remboursés par la Sécurité sociale', expected: { value_kind: 'fixed_amount', amount_cents: 5000, unit: 'year' } },
  { category: 'autres_prestations', label: 'Cure thermale prise en charge par la Sécurité sociale', expected: { value_kind: 'not_covered' } },
];

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the seeded coverage table of Ma Prévoyance Santé +', () => {
  const cases = handChecked.map((line) => [`${line.category}: ${line.label}${line.condition ? ` (${line.condition})` : ''}`, line] as const);
  it.each(cases)('%s', async (_name, { category, label, condition, expected }) => {
    const rows = await database.db
      .selectFrom('coverage_lines')
      .selectAll()
      .where('category', '=', category)
      .where('label', '=', label)
      .where('condition', condition === undefined ? 'is' : '=', condition ?? null)
      .execute();
    expect(rows).toHaveLength(1);
    const line = rows[0]!;
    const footnotes = await database.db
      .selectFrom('coverage_line_footnotes')
      .innerJoin('coverage_footnotes', 'coverage_footnotes.id', 'coverage_line_footnotes.footnote_id')
      .select('marker')
      .where('coverage_line_id', '=', line.id)
      .orderBy('marker')
      .execute();
    expect({
      value_kind: line.value_kind,
      rate_percent: line.rate_percent,
      amount_cents: line.amount_cents,
      unit: line.unit,
      limit: line.limit_count === null ? null : [line.limit_count, line.limit_years],
      footnotes: footnotes.map((footnote) => footnote.marker),
    }).toEqual({
      value_kind: expected.value_kind,
      rate_percent: expected.rate_percent ?? null,
      amount_cents: expected.amount_cents ?? null,
      unit: expected.unit ?? null,
      limit: expected.limit ?? null,
      footnotes: expected.footnotes ?? [],
    });
  });

  it('covers the six categories in the order of the notice', async () => {
    const lines = await database.db.selectFrom('coverage_lines').select(['category', 'position']).orderBy('position').execute();
    const order = [...new Set(lines.map((line) => line.category))];
    expect(order).toEqual(['hospitalisation', 'soins_courants', 'dentaire', 'optique', 'aides_auditives', 'autres_prestations']);
    expect(lines.length).toBeGreaterThanOrEqual(70);
  });

  it('loads the 91 establishments of Annexe 3, each with its managing insurer', async () => {
    const rows = await database.db
      .selectFrom('establishments')
      .innerJoin('insurers', 'insurers.id', 'establishments.insurer_id')
      .select(['company', 'site', 'insurers.code'])
      .execute();
    expect(rows).toHaveLength(91);
    expect(rows).toContainEqual({ company: 'SAFRAN LANDING SYSTEMS', site: 'MOLSHEIM', code: 'MUTEST' });
    expect(rows).toContainEqual({ company: 'SAFRAN TRANSMISSION SYSTEMS', site: 'COLOMBES', code: 'MUTUELLE_FAMILIALE' });
  });
});
