import { describe, expect, it } from 'vitest';
import { displayValue } from './format.ts';

/** Intl puts no-break spaces where French typography wants them; the tests write them visibly. */
const french = (text: string) => text.replaceAll('_', '\u00a0').replaceAll('^', '\u202f');

describe('the French reading of a coverage value', () => {
  it('reads a rate of the Sécurité sociale base', () => {
    expect(displayValue({ kind: 'percent_br', ratePercent: 380 })).toBe(french('380_% BR'));
    expect(displayValue({ kind: 'percent_br', ratePercent: 200, unit: 'prosthesis' })).toBe(french('200_% BR par prothèse'));
  });

  it('reads an amount per unit', () => {
    expect(displayValue({ kind: 'fixed_amount', amountCents: 3000, unit: 'day' })).toBe(french('30_€ par jour'));
    expect(displayValue({ kind: 'fixed_amount', amountCents: 10000, unit: 'year' })).toBe(french('100_€ par an'));
    expect(displayValue({ kind: 'fixed_amount', amountCents: 36700, unit: 'eye' })).toBe(french('367_€ par œil'));
  });

  it('adds the limit, counting things but not sessions', () => {
    expect(displayValue({ kind: 'fixed_amount', amountCents: 1000, unit: 'session', limit: { count: 5, years: 1 } })).toBe(
      french('10_€ par séance, 5 par an au plus'),
    );
    expect(displayValue({ kind: 'fixed_amount', amountCents: 10000, unit: 'tooth', limit: { count: 2, years: 1 } })).toBe(
      french('100_€ par dent, 2 dents par an au plus'),
    );
    expect(displayValue({ kind: 'fixed_amount', amountCents: 10000, unit: 'equipment', limit: { count: 1, years: 2 } })).toBe(
      french('100_€ par équipement, 1 équipement tous les 2 ans au plus'),
    );
  });

  it('says "Non couvert", never a bare dash', () => {
    expect(displayValue({ kind: 'not_covered' })).toBe('Non couvert');
  });
});
