import type { Kysely, Transaction } from 'kysely';
import { hashPassword } from '../../server/auth/passwords.ts';
import { CGU_VERSION } from '../../site/cgu-version.ts';
import type { Database } from '../schema.ts';
import { demoHouseholds } from './demo-people.ts';

/** Ready-made accounts for the demonstration; every other person activates their own. */
export const demoAccounts = [
  {
    label: 'adhérent principal',
    email: 'adherent@demo.test',
    password: 'demo-adherent-2025',
    memberNumber: demoHouseholds[0]!.memberNumber,
    relation: 'adherent',
  },
  {
    label: 'ayant droit (conjoint)',
    email: 'ayantdroit@demo.test',
    password: 'demo-ayantdroit-2025',
    memberNumber: demoHouseholds[0]!.memberNumber,
    relation: 'conjoint',
  },
] as const;

export async function seedDemoAccounts(db: Kysely<Database> | Transaction<Database>): Promise<void> {
  for (const demo of demoAccounts) {
    const person = await db
      .selectFrom('beneficiaries')
      .innerJoin('members', 'members.id', 'beneficiaries.member_id')
      .select('beneficiaries.id')
      .where('members.member_number', '=', demo.memberNumber)
      .where('beneficiaries.relation', '=', demo.relation)
      .executeTakeFirstOrThrow();
    const account = await db
      .insertInto('accounts')
      .values({ beneficiary_id: person.id, email: demo.email, password_hash: await hashPassword(demo.password) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('cgu_acceptances').values({ account_id: account.id, version: CGU_VERSION }).execute();
  }
}
