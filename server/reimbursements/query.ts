import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { VisibleBeneficiary } from '../auth/visible-beneficiaries.ts';

export interface ReimbursementFilter {
  from: string;
  to: string;
  /** Rang of one beneficiary of the household; all the visible ones when absent. */
  rang?: number;
}

/** Payments of the period, latest payment first, for the given beneficiaries. */
export async function listReimbursements(db: Kysely<Database>, beneficiaries: VisibleBeneficiary[], filter: ReimbursementFilter) {
  const ids = beneficiaries.filter((person) => filter.rang === undefined || person.rang === filter.rang).map((person) => person.id);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('reimbursements')
    .selectAll()
    .where('beneficiary_id', 'in', ids)
    .where('payment_date', '>=', filter.from)
    .where('payment_date', '<=', filter.to)
    .orderBy('payment_date', 'desc')
    .orderBy('care_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const byId = new Map(beneficiaries.map((person) => [person.id, person]));
  return rows.map((row) => {
    const person = byId.get(row.beneficiary_id)!;
    return {
      careDate: row.care_date,
      beneficiary: { rang: person.rang, firstName: person.firstName, lastName: person.lastName },
      careLabel: row.care_label,
      units: row.units,
      priceCents: row.price_cents,
      socialSecurityCents: row.social_security_cents,
      otherCents: row.other_cents,
      contractCents: row.contract_cents,
      remainingCents: row.remaining_cents,
      paidTo: row.paid_to,
      paymentDate: row.payment_date,
    };
  });
}

export type ReimbursementRow = Awaited<ReturnType<typeof listReimbursements>>[number];

export function totalsOf(rows: ReimbursementRow[]) {
  const sum = (pick: (row: ReimbursementRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    priceCents: sum((row) => row.priceCents),
    socialSecurityCents: sum((row) => row.socialSecurityCents),
    otherCents: sum((row) => row.otherCents),
    contractCents: sum((row) => row.contractCents),
    remainingCents: sum((row) => row.remainingCents),
  };
}
