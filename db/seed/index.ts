import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoContributions } from './demo-contributions.ts';
import { seedDemoPeople } from './demo-people.ts';
import { seedDemoProfiles } from './demo-profiles.ts';
import { seedDemoReimbursements } from './demo-reimbursements.ts';
import { seedDemoRequests } from './demo-requests.ts';
import { seedReferenceData } from './reference.ts';
import { seedTiersPayantDomains } from './tiers-payant.ts';

export interface Seeded {
  /** The notice's data (contract, coverage table, insurers, establishments, contacts) were loaded. */
  reference: boolean;
  /** The fictional households and their accounts were loaded. */
  demo: boolean;
}

/**
 * Loads the notice's data into an empty database and, only when `demo` is asked (demonstration
 * mode, tests), the fictional households and their accounts into a database without members.
 * A database holding real members never gets demonstration accounts from here.
 */
export async function seedIfEmpty(db: Kysely<Database>, { demo }: { demo: boolean }): Promise<Seeded> {
  return db.transaction().execute(async (trx) => {
    // Several instances may start together on one PostgreSQL: the lock lets only one of them seed.
    await sql`lock table contracts in exclusive mode`.execute(trx);
    let contract = await trx.selectFrom('contracts').select('id').limit(1).executeTakeFirst();
    const reference = !contract;
    if (!contract) {
      contract = { id: (await seedReferenceData(trx)).contractId };
      await seedTiersPayantDomains(trx, contract.id);
    }
    if (!demo || (await trx.selectFrom('members').select('id').limit(1).executeTakeFirst())) return { reference, demo: false };
    await seedDemoPeople(trx, contract.id);
    await seedDemoAccounts(trx);
    await seedDemoReimbursements(trx, contract.id);
    await seedDemoContributions(trx, contract.id);
    await seedDemoProfiles(trx);
    await seedDemoRequests(trx);
    return { reference, demo: true };
  });
}
