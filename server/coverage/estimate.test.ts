import { describe, expect, it } from 'vitest';
import { type CareAct, type CoverageRule, estimateReimbursement } from './estimate.ts';

const act = (overrides: Partial<CareAct>): CareAct => ({
  priceCents: 0,
  baseCents: 0,
  socialSecurityRatePercent: 0,
  socialSecurityDeductionsCents: 0,
  otherReimbursementsCents: 0,
  units: 1,
  alreadyUsed: { units: 0, amountCents: 0 },
  ...overrides,
});

const parts = (rule: CoverageRule, overrides: Partial<CareAct>) => {
  const { socialSecurityCents, otherCents, contractCents, remainingCents } = estimateReimbursement(rule, act(overrides));
  return { socialSecurityCents, otherCents, contractCents, remainingCents };
};

describe('estimateReimbursement', () => {
  it('a percentage of the base: a specialist outside OPTAM (250 % BR)', () => {
    // 80 € charged, base 30 €, Sécurité sociale 70 % minus 2 € deducted.
    const rule: CoverageRule = { kind: 'percent_br', ratePercent: 250 };
    expect(parts(rule, { priceCents: 8000, baseCents: 3000, socialSecurityRatePercent: 70, socialSecurityDeductionsCents: 200 })).toEqual({
      socialSecurityCents: 1900,
      otherCents: 0,
      contractCents: 6100, // 250 % of 30 € = 75 €, capped at the 61 € left to pay
      remainingCents: 0,
    });
  });

  it('never pays more than what is left after every other reimbursement (art. 7.2)', () => {
    const rule: CoverageRule = { kind: 'percent_br', ratePercent: 380 };
    const estimate = estimateReimbursement(
      rule,
      act({ priceCents: 50000, baseCents: 20000, socialSecurityRatePercent: 80, otherReimbursementsCents: 5000 }),
    );
    expect(estimate).toMatchObject({ socialSecurityCents: 16000, otherCents: 5000, contractCents: 29000, remainingCents: 0 });
    expect(estimate.steps.join(' ')).toMatch(/ne rembourse jamais plus que ce qui reste à payer : 290\s€ au lieu de 760\s€/);
  });

  it('a percentage below what is left: the member keeps the difference', () => {
    const rule: CoverageRule = { kind: 'percent_br', ratePercent: 40 };
    expect(parts(rule, { priceCents: 3000, baseCents: 3000, socialSecurityRatePercent: 70, socialSecurityDeductionsCents: 200 })).toEqual({
      socialSecurityCents: 1900,
      otherCents: 0,
      contractCents: 1100, // 40 % of 30 € = 12 €, but only 11 € are left
      remainingCents: 0,
    });
    expect(parts(rule, { priceCents: 6000, baseCents: 3000, socialSecurityRatePercent: 70 })).toEqual({
      socialSecurityCents: 2100,
      otherCents: 0,
      contractCents: 1200,
      remainingCents: 2700,
    });
  });

  it('an amount per unit (30 € per day of private room), for several days', () => {
    const rule: CoverageRule = { kind: 'fixed_amount', amountCents: 3000, unit: 'day' };
    expect(parts(rule, { priceCents: 4 * 9000, units: 4 })).toMatchObject({ contractCents: 12000, remainingCents: 24000 });
  });

  it('an amount per unit within a yearly limit, what was already used included', () => {
    // Osteopathy: 10 € per session, 5 sessions a year at most; 4 already reimbursed this year.
    const rule: CoverageRule = { kind: 'fixed_amount', amountCents: 1000, unit: 'session', limit: { count: 5, years: 1 } };
    const estimate = estimateReimbursement(rule, act({ priceCents: 2 * 6000, units: 2, alreadyUsed: { units: 4, amountCents: 4000 } }));
    expect(estimate).toMatchObject({ contractCents: 1000, remainingCents: 11000 });
    expect(estimate.steps).toContain('Limite de 5 par an, 4 déjà utilisé(s) : 1 sur 2 pris en compte.');
    expect(parts(rule, { priceCents: 6000, alreadyUsed: { units: 5, amountCents: 5000 } })).toMatchObject({ contractCents: 0, remainingCents: 6000 });
  });

  it('an amount per eye on glasses, the Sécurité sociale base being small', () => {
    const rule: CoverageRule = { kind: 'fixed_amount', amountCents: 8100, unit: 'eye' };
    expect(parts(rule, { priceCents: 2 * 15000, baseCents: 2 * 5, socialSecurityRatePercent: 60, units: 2 })).toEqual({
      socialSecurityCents: 6,
      otherCents: 0,
      contractCents: 16200,
      remainingCents: 13794,
    });
  });

  it('a yearly allowance per beneficiary (contraception, 50 € a year), partly used', () => {
    const rule: CoverageRule = { kind: 'fixed_amount', amountCents: 5000, unit: 'year' };
    expect(parts(rule, { priceCents: 4500, alreadyUsed: { units: 0, amountCents: 1999 } })).toMatchObject({
      contractCents: 3001,
      remainingCents: 1499,
    });
    expect(parts(rule, { priceCents: 4500, alreadyUsed: { units: 0, amountCents: 9000 } })).toMatchObject({ contractCents: 0 });
  });

  it('a line that is not covered says so and pays nothing', () => {
    const estimate = estimateReimbursement({ kind: 'not_covered' }, act({ priceCents: 2550, baseCents: 2550, socialSecurityRatePercent: 65 }));
    expect(estimate).toMatchObject({ socialSecurityCents: 1658, contractCents: 0, remainingCents: 892 });
    expect(estimate.steps).toContain('Votre contrat : ce soin n’est pas couvert, 0 €.');
  });

  it('a 100 % Santé basket leaves nothing to pay', () => {
    const rule: CoverageRule = { kind: 'percent_br', ratePercent: 100, fullCoverWithinRegulatedPrices: true };
    const estimate = estimateReimbursement(rule, act({ priceCents: 50000, baseCents: 12000, socialSecurityRatePercent: 60 }));
    expect(estimate).toMatchObject({ socialSecurityCents: 7200, contractCents: 42800, remainingCents: 0 });
    expect(estimate.steps.join(' ')).not.toContain('au lieu de');
  });

  it('zero: a free act costs and pays nothing', () => {
    expect(parts({ kind: 'percent_br', ratePercent: 250 }, { priceCents: 0 })).toEqual({
      socialSecurityCents: 0,
      otherCents: 0,
      contractCents: 0,
      remainingCents: 0,
    });
  });

  it('keeps every cent on very large amounts and rounds half-cents once', () => {
    const rule: CoverageRule = { kind: 'percent_br', ratePercent: 380 };
    const big = parts(rule, { priceCents: 9_000_000_000_01, baseCents: 1_000_000_000_01, socialSecurityRatePercent: 80 });
    expect(big.socialSecurityCents + big.otherCents + big.contractCents + big.remainingCents).toBe(9_000_000_000_01);
    // 70 % of 0,25 € = 17,5 cents → 18 cents.
    expect(parts({ kind: 'not_covered' }, { priceCents: 25, baseCents: 25, socialSecurityRatePercent: 70 }).socialSecurityCents).toBe(18);
  });

  it('always adds up to the price, whatever the line', () => {
    const rules: CoverageRule[] = [
      { kind: 'percent_br', ratePercent: 100 },
      { kind: 'fixed_amount', amountCents: 10000, unit: 'tooth', limit: { count: 2, years: 1 } },
      { kind: 'fixed_amount', amountCents: 7400, unit: 'year' },
      { kind: 'not_covered' },
    ];
    for (const rule of rules) {
      for (const priceCents of [1, 999, 12345, 1_000_000]) {
        const result = parts(rule, { priceCents, baseCents: 1000, socialSecurityRatePercent: 60, units: 3 });
        expect(result.socialSecurityCents + result.otherCents + result.contractCents + result.remainingCents).toBe(priceCents);
        expect(Math.min(...Object.values(result))).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('refuses amounts that are not whole, non-negative cents', () => {
    const rule: CoverageRule = { kind: 'not_covered' };
    expect(() => estimateReimbursement(rule, act({ priceCents: 10.5 }))).toThrow(RangeError);
    expect(() => estimateReimbursement(rule, act({ priceCents: -1 }))).toThrow(RangeError);
    expect(() => estimateReimbursement(rule, act({ socialSecurityRatePercent: 120 }))).toThrow(RangeError);
  });
});
