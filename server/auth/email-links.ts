import type { Kysely } from 'kysely';
import type { AuthTokenPurpose, Database } from '../../db/schema.ts';
import { digest, newToken } from './tokens.ts';

const LIFETIME_MS: Record<AuthTokenPurpose, number> = {
  activation: 24 * 60 * 60 * 1000,
  password_reset: 30 * 60 * 1000,
};

const PAGE: Record<AuthTokenPurpose, string> = {
  activation: '/activation/confirmer',
  password_reset: '/mot-de-passe/nouveau',
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
