import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Invented contact details of the first demonstration household; the IBAN is the usual textbook example. */
export async function seedDemoProfiles(db: Executor): Promise<void> {
  const household = await db
    .selectFrom('beneficiaries')
    .innerJoin('members', 'members.id', 'beneficiaries.member_id')
    .select(['beneficiaries.id', 'beneficiaries.relation', 'members.id as member_id'])
    .where('members.member_number', '=', '990012345')
    .execute();
  const principal = household.find((person) => person.relation === 'adherent');
  if (!principal) return;
  await db
    .insertInto('profiles')
    .values({
      beneficiary_id: principal.id,
      postal_address: '12 rue des Tilleuls, 92230 Gennevilliers',
      phone: '06 12 34 56 78',
      affiliation_fund: 'CPAM des Hauts-de-Seine',
    })
    .execute();
  await db.insertInto('bank_accounts').values({ member_id: principal.member_id, iban: 'FR7630006000011234567890189' }).execute();
}
