import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { CGU_VERSION } from '../../domain/terms-version.ts';
import { audit } from '../audit.ts';

/** True until the account has accepted the current version of the terms of use. */
export async function cguRequired(db: Kysely<Database>, accountId: number): Promise<boolean> {
  const accepted = await db
    .selectFrom('cgu_acceptances')
    .select('id')
    .where('account_id', '=', accountId)
    .where('version', '=', CGU_VERSION)
    .executeTakeFirst();
  return !accepted;
}

/** Each acceptance is kept, with its version and time, as proof. */
export async function recordCguAcceptance(db: Kysely<Database> | Transaction<Database>, accountId: number): Promise<void> {
  await db.insertInto('cgu_acceptances').values({ account_id: accountId, version: CGU_VERSION }).execute();
  await audit(db, accountId, 'cgu.accepted', { version: CGU_VERSION });
}
