import type { Kysely, Transaction } from 'kysely';
import { CGU_VERSION } from '../../domain/terms-version.ts';
import type { Database } from '../schema.ts';
import { demoHouseholds } from './demo-people.ts';

/**
 * Ready-made accounts for the demonstration; every other person activates their own. The
 * passwords are published (README), so their argon2id hashes are written here once rather than
 * computed at each seed: the database layer needs no hashing code of the server's.
 */
export const demoAccounts = [
  {
    label: 'adhérent principal',
    email: 'adherent@demo.test',
    password: 'demo-adherent-2025',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$inlIlqXkNu50uqECPC73dQ$llfUVap+KVjZGLc5uuUJJ2ERB6SbYu3RAn5CN/reKTg',
    memberNumber: demoHouseholds[0]!.memberNumber,
    relation: 'adherent',
  },
  {
    label: 'ayant droit (conjoint)',
    email: 'ayantdroit@demo.test',
    password: 'demo-ayantdroit-2025',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$+fQqP1rAiC8luCZRlYzycA$AqxNC0yJ875lZ6Kid6yzlTUPX+GMkUgLi+mA6Mpatvo',
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
      .values({ beneficiary_id: person.id, email: demo.email, password_hash: demo.passwordHash })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('cgu_acceptances').values({ account_id: account.id, version: CGU_VERSION }).execute();
  }
}
