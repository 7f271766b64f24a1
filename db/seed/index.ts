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

/** Loads the notice data and the demo households into an empty database; leaves any other alone. */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Several instances may start together on one PostgreSQL: the lock lets only one of them seed.
    await sql`lock table contracts in exclusive mode`.execute(trx);
    const existing = await trx.selectFrom('contracts').select('id').limit(1).executeTakeFirst();
    if (existing) return false;
    const { contractId } = await seedReferenceData(trx);
    await seedTiersPayantDomains(trx, contractId);
    await seedDemoPeople(trx, contractId);
    await seedDemoAccounts(trx);
    await seedDemoReimbursements(trx, contractId);
    await seedDemoContributions(trx, contractId);
    await seedDemoProfiles(trx);
    await seedDemoRequests(trx);
    return true;
  });
}
