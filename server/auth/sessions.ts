import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { digest, newToken } from './tokens.ts';

/** A session ends after 30 minutes without a request… */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** …and 12 hours after sign-in in any case. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Activity is written at most once a minute per session, to spare the database. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface SessionInfo {
  id: number;
  accountId: number;
  beneficiaryId: number;
  email: string;
  stepUpUntil: Date | null;
}

export async function openSession(db: Kysely<Database>, accountId: number, device: string): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      account_id: accountId,
      token_hash: digest(token),
      device,
      expires_at: new Date(Date.now() + ABSOLUTE_TIMEOUT_MS),
    })
    .execute();
  return token;
}

/** The live session of a cookie token, or null; an expired one is deleted on the way. */
export async function findSession(db: Kysely<Database>, token: string, now = new Date()): Promise<SessionInfo | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.id',
      'sessions.account_id',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.step_up_until',
      'accounts.beneficiary_id',
      'accounts.email',
    ])
    .where('sessions.token_hash', '=', digest(token))
    .executeTakeFirst();
  if (!row) return null;
  const idleSince = now.getTime() - row.last_seen_at.getTime();
  if (row.expires_at <= now || idleSince >= IDLE_TIMEOUT_MS) {
    await db.deleteFrom('sessions').where('id', '=', row.id).execute();
    return null;
  }
  if (idleSince >= TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', row.id).execute();
  }
  return {
    id: row.id,
    accountId: row.account_id,
    beneficiaryId: row.beneficiary_id,
    email: row.email,
    stepUpUntil: row.step_up_until,
  };
}

export async function closeSession(db: Kysely<Database>, sessionId: number): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of the account but `keepSessionId`; returns how many ended. */
export async function closeOtherSessions(
  db: Kysely<Database>,
  accountId: number,
  keepSessionId: number | null,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (keepSessionId !== null) query = query.where('id', '!=', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
