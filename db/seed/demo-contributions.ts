import type { Kysely, Transaction } from 'kysely';
import { contributionCategory } from '../../domain/contribution-category.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * DEMONSTRATION AMOUNTS: the notice gives the categories of art. 9 but no amount, so these monthly
 * figures are invented for the demo and must never be shown as the contract's real prices.
 */
const DEMO_MONTHLY_CENTS = { isole: 3820, duo_plus: 7150, famille: 9840 } as const;

/** Households whose cover is maintained after leaving the company pay by direct debit (art. 6, 11.1). */
const DIRECT_DEBIT_MEMBERS = new Set(['990067890']);

/**
 * Monthly calls from affiliation to the current month. Payroll deductions are paid on their due
 * date; the direct-debit household has missed its last call, so that the late state shows.
 */
export async function seedDemoContributions(db: Executor, contractId: number, today = new Date()): Promise<void> {
  const members = await db.selectFrom('members').select(['id', 'member_number', 'affiliation_date']).where('contract_id', '=', contractId).execute();
  const currentPeriod = today.toISOString().slice(0, 7);
  for (const member of members) {
    const relations = (await db.selectFrom('beneficiaries').select('relation').where('member_id', '=', member.id).execute()).map((row) => row.relation);
    const category = contributionCategory(relations);
    const directDebit = DIRECT_DEBIT_MEMBERS.has(member.member_number);
    const rows = [];
    for (let month = new Date(`${member.affiliation_date.slice(0, 7)}-01T00:00:00Z`); month.toISOString().slice(0, 7) <= currentPeriod; month.setUTCMonth(month.getUTCMonth() + 1)) {
      const period = month.toISOString().slice(0, 7);
      const dueDate = `${period}-05`;
      const missed = directDebit && period === previousPeriod(currentPeriod);
      const due = dueDate <= today.toISOString().slice(0, 10);
      rows.push({
        member_id: member.id,
        period,
        category,
        amount_cents: DEMO_MONTHLY_CENTS[category],
        due_date: dueDate,
        paid_on: due && !missed ? dueDate : null,
        method: directDebit ? ('direct_debit' as const) : ('payroll' as const),
      });
    }
    await db.insertInto('contribution_calls').values(rows).execute();
  }
}

function previousPeriod(period: string): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 7);
}
