import { shortDate } from '../../../domain/french-dates.ts';
import { euros } from '../../../domain/money.ts';
import { counted } from '../plural.ts';

/** The sentence announced once the payments of a period are shown. */
export function paymentsSummary(count: number, period: { from: string; to: string }, contractCents: number): string {
  if (count === 0) return 'Aucun paiement sur cette période.';
  return `${counted(count, 'paiement')} du ${shortDate(period.from)} au ${shortDate(period.to)} : votre contrat a remboursé ${euros(contractCents)}.`;
}
