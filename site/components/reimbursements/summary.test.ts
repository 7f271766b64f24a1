import { describe, expect, it } from 'vitest';
import { paymentsSummary } from './summary.ts';

const french = (text: string) => text.replaceAll('_', '\u00a0').replaceAll('^', '\u202f');

describe('the summary of a period of payments', () => {
  it('counts the payments, names the period and what the contract paid', () => {
    expect(paymentsSummary(12, { from: '2026-01-01', to: '2026-06-30' }, 123450)).toBe(
      french('12 paiements du 1 janv. 2026 au 30 juin 2026 : votre contrat a remboursé 1^234,50_€.'),
    );
    expect(paymentsSummary(1, { from: '2024-02-29', to: '2024-02-29' }, 2500)).toBe(
      french('1 paiement du 29 févr. 2024 au 29 févr. 2024 : votre contrat a remboursé 25_€.'),
    );
  });

  it('says so when there is none', () => {
    expect(paymentsSummary(0, { from: '2026-01-01', to: '2026-06-30' }, 0)).toBe('Aucun paiement sur cette période.');
  });
});
