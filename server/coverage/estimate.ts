import { type CoverageValue, euros } from './format.ts';

/**
 * What this contract pays for one act of care, in integer cents, with each step in plain French.
 * Used by the simulator in the browser (offline too) and by the demonstration history, so that
 * both follow the same rules of the notice:
 * - a percentage is of the Sécurité sociale base (BR) and is this contract's own part, paid on
 *   top of the Sécurité sociale and of any other cover (the contract is a supplement);
 * - an amount is per unit (day, session, eye…) or a yearly allowance per beneficiary;
 * - a limit counts units over a period of years, what the beneficiary already used included;
 * - nothing is ever paid beyond what remains to be paid after every other reimbursement (art. 7.2);
 * - a "100 % Santé" line leaves nothing to pay within the regulated prices.
 */
export interface CoverageRule extends CoverageValue {
  /** A 100 % Santé basket: full cover within the regulated prices. */
  fullCoverWithinRegulatedPrices?: boolean;
}

/** A 100 % Santé basket is recognised by its name in the table (footnote 4 of the notice). */
export function coverageRule(value: CoverageValue, label: string): CoverageRule {
  return { ...value, fullCoverWithinRegulatedPrices: /100\s%\sSanté/.test(label) };
}

export interface CareAct {
  /** What the professional charged. */
  priceCents: number;
  /** Sécurité sociale base (BR); 0 when the act is not reimbursed by the Sécurité sociale. */
  baseCents: number;
  /** Sécurité sociale rate, in percent of the base. */
  socialSecurityRatePercent: number;
  /** Participation forfaitaire, franchise: deducted from the Sécurité sociale part. */
  socialSecurityDeductionsCents: number;
  /** Already paid by another cover (the base collective contract…). */
  otherReimbursementsCents: number;
  /** Days, sessions, eyes, teeth… (1 when the line has no unit). */
  units: number;
  /** Used by the beneficiary in the line's period: units for a limit, cents for a yearly allowance. */
  alreadyUsed: { units: number; amountCents: number };
}

export interface Estimate {
  socialSecurityCents: number;
  otherCents: number;
  contractCents: number;
  remainingCents: number;
  /** The calculation, one sentence per step. */
  steps: string[];
}

export function estimateReimbursement(rule: CoverageRule, act: CareAct): Estimate {
  assertCents(act);
  const steps: string[] = [];

  const grossSocialSecurity = Math.round((act.baseCents * act.socialSecurityRatePercent) / 100);
  const socialSecurityCents = Math.min(act.priceCents, Math.max(0, grossSocialSecurity - act.socialSecurityDeductionsCents));
  if (act.baseCents === 0) {
    steps.push('Sécurité sociale : soin non remboursé par la Sécurité sociale, 0 €.');
  } else {
    const deductions =
      act.socialSecurityDeductionsCents > 0
        ? `, moins ${euros(act.socialSecurityDeductionsCents)} de retenues, soit ${euros(socialSecurityCents)}`
        : '';
    steps.push(
      `Sécurité sociale : ${act.socialSecurityRatePercent} % de la base de ${euros(act.baseCents)} = ${euros(grossSocialSecurity)}${deductions}.`,
    );
  }

  const otherCents = Math.min(act.otherReimbursementsCents, act.priceCents - socialSecurityCents);
  if (otherCents > 0) steps.push(`Autres remboursements déclarés : ${euros(otherCents)}.`);
  const leftToPay = act.priceCents - socialSecurityCents - otherCents;
  steps.push(`Reste à payer avant votre contrat : ${euros(act.priceCents)} − ${euros(socialSecurityCents + otherCents)} = ${euros(leftToPay)}.`);

  const offered = contractOffer(rule, act, steps);
  const contractCents = Math.min(offered, leftToPay);
  if (contractCents < offered && Number.isFinite(offered)) {
    steps.push(`Votre contrat ne rembourse jamais plus que ce qui reste à payer : ${euros(contractCents)} au lieu de ${euros(offered)}.`);
  }
  const remainingCents = leftToPay - contractCents;
  steps.push(`Reste à votre charge : ${euros(leftToPay)} − ${euros(contractCents)} = ${euros(remainingCents)}.`);
  return { socialSecurityCents, otherCents, contractCents, remainingCents, steps };
}

/** What the line offers before the cap of art. 7.2 (without bound for a 100 % Santé line). */
function contractOffer(rule: CoverageRule, act: CareAct, steps: string[]): number {
  if (rule.kind === 'not_covered') {
    steps.push('Votre contrat : ce soin n’est pas couvert, 0 €.');
    return 0;
  }
  if (rule.fullCoverWithinRegulatedPrices) {
    steps.push('Votre contrat : offre 100 % Santé, tout ce qui reste à payer est pris en charge si le prix respecte le prix limite.');
    return Number.POSITIVE_INFINITY;
  }
  if (rule.kind === 'percent_br') {
    const offered = Math.round((act.baseCents * rule.ratePercent!) / 100);
    steps.push(`Votre contrat : ${rule.ratePercent} % de la base de ${euros(act.baseCents)} = ${euros(offered)}.`);
    return offered;
  }
  const amount = rule.amountCents!;
  if (rule.unit === 'year') {
    const available = Math.max(0, amount - act.alreadyUsed.amountCents);
    steps.push(
      `Votre contrat : forfait de ${euros(amount)} par an, dont ${euros(Math.min(amount, act.alreadyUsed.amountCents))} déjà utilisés, soit ${euros(available)} disponibles.`,
    );
    return available;
  }
  let units = act.units;
  if (rule.limit) {
    const left = Math.max(0, rule.limit.count - act.alreadyUsed.units);
    units = Math.min(act.units, left);
    const period = rule.limit.years === 1 ? 'par an' : `sur ${rule.limit.years} ans`;
    steps.push(`Limite de ${rule.limit.count} ${period}, ${act.alreadyUsed.units} déjà utilisé(s) : ${units} sur ${act.units} pris en compte.`);
  }
  const offered = amount * units;
  steps.push(`Votre contrat : ${euros(amount)} × ${units} = ${euros(offered)}.`);
  return offered;
}

function assertCents(act: CareAct): void {
  const counts: [string, number][] = [
    ['priceCents', act.priceCents],
    ['baseCents', act.baseCents],
    ['socialSecurityDeductionsCents', act.socialSecurityDeductionsCents],
    ['otherReimbursementsCents', act.otherReimbursementsCents],
    ['units', act.units],
    ['alreadyUsed.units', act.alreadyUsed.units],
    ['alreadyUsed.amountCents', act.alreadyUsed.amountCents],
  ];
  for (const [name, value] of counts) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  const rate = act.socialSecurityRatePercent;
  if (!Number.isFinite(rate) || rate < 0 || rate > 100) throw new RangeError('socialSecurityRatePercent must be within 0–100');
}
