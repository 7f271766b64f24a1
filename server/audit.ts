import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export type AuditAction =
  | 'account.activated'
  | 'cgu.accepted'
  | 'password.changed'
  | 'password.reset'
  | 'email.change_requested'
  | 'email.changed'
  | 'sessions.closed_others'
  | 'profile.contact_changed'
  | 'profile.health_insurance_changed'
  | 'bank_account.changed'
  | 'account.closed';

/** Who changed what and when. Never a password, a token, a code or a health detail. */
export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  accountId: number,
  action: AuditAction,
  details: Record<string, string | number | boolean> = {},
): Promise<void> {
  await db.insertInto('audit_log').values({ account_id: accountId, action, details: JSON.stringify(details) }).execute();
}
