import type { Kysely } from 'kysely';
import type { AuthTokenPurpose, Database } from '../../db/schema.ts';
import { digest, newToken } from './tokens.ts';

const LIFETIME_MS: Record<AuthTokenPurpose, number> = {
  activation: 24 * 60 * 60 * 1000,
  password_reset: 30 * 60 * 1000,
  email_change: 24 * 60 * 60 * 1000,
};

const PAGE: Record<AuthTokenPurpose, string> = {
  activation: '/activation/confirmer',
  password_reset: '/mot-de-passe/nouveau',
  email_change: '/adresse-email/confirmer',
};

/** Creates a single-use link for an e-mail; only the token's digest is stored. */
export async function createEmailLink(
  db: Kysely<Database>,
  purpose: AuthTokenPurpose,
  beneficiaryId: number,
  email: string,
  publicUrl: string,
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('auth_tokens')
    .values({
      purpose,
      token_hash: digest(token),
      beneficiary_id: beneficiaryId,
      email,
      expires_at: new Date(Date.now() + LIFETIME_MS[purpose]),
    })
    .execute();
  return `${publicUrl}${PAGE[purpose]}?jeton=${token}`;
}

/**
 * Uses a link once: a single statement marks it used only if it is still unused and unexpired,
 * so two simultaneous clicks cannot both succeed.
 */
export async function consumeEmailLink(
  db: Kysely<Database>,
  purpose: AuthTokenPurpose,
  token: string,
): Promise<{ beneficiaryId: number; email: string } | null> {
  const now = new Date();
  const row = await db
    .updateTable('auth_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', digest(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['beneficiary_id', 'email'])
    .executeTakeFirst();
  return row ? { beneficiaryId: row.beneficiary_id, email: row.email } : null;
}

export interface LinkedAccount {
  id: number;
  /** The sign-in e-mail now, and the address the link was sent to. */
  email: string;
  linkEmail: string;
  beneficiaryId: number;
  firstName: string;
}

/** Uses a link once and finds the account it was sent for: null when the link or the account is gone. */
export async function consumeAccountLink(db: Kysely<Database>, purpose: AuthTokenPurpose, token: string): Promise<LinkedAccount | null> {
  const link = await consumeEmailLink(db, purpose, token);
  if (!link) return null;
  const account = await db
    .selectFrom('accounts')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'accounts.beneficiary_id')
    .select(['accounts.id', 'accounts.email', 'beneficiaries.first_name'])
    .where('accounts.beneficiary_id', '=', link.beneficiaryId)
    .executeTakeFirst();
  if (!account) return null;
  return { id: account.id, email: account.email, linkEmail: link.email, beneficiaryId: link.beneficiaryId, firstName: account.first_name };
}

/** After a password change, older reset links must not work any more. */
export async function revokeEmailLinks(db: Kysely<Database>, purpose: AuthTokenPurpose, beneficiaryId: number) {
  await db
    .updateTable('auth_tokens')
    .set({ used_at: new Date() })
    .where('purpose', '=', purpose)
    .where('beneficiary_id', '=', beneficiaryId)
    .where('used_at', 'is', null)
    .execute();
}

/** Whether an address is the sign-in e-mail of an account other than `accountId`. */
export async function emailUsedByAnotherAccount(db: Kysely<Database>, email: string, accountId: number): Promise<boolean> {
  const other = await db.selectFrom('accounts').select('id').where('email', '=', email).where('id', '<>', accountId).executeTakeFirst();
  return other !== undefined;
}
