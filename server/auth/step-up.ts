import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { digest, newSixDigitCode, sameDigest } from './tokens.ts';

export const STEP_UP_CODE_LIFETIME_MS = 10 * 60 * 1000;
export const STEP_UP_MAX_TRIES = 5;
/** How long a confirmed code unlocks sensitive operations on that session. */
export const STEP_UP_GRANT_MS = 10 * 60 * 1000;

/** A new code for the session; any earlier one stops working. */
export async function issueStepUpCode(db: Kysely<Database>, sessionId: number): Promise<string> {
  const code = newSixDigitCode();
  await db.deleteFrom('step_up_codes').where('session_id', '=', sessionId).execute();
  await db
    .insertInto('step_up_codes')
    .values({
      session_id: sessionId,
      code_hash: digest(code),
      expires_at: new Date(Date.now() + STEP_UP_CODE_LIFETIME_MS),
    })
    .execute();
  return code;
}

export type StepUpOutcome = 'granted' | 'wrong_code' | 'no_valid_code';

/** Checks a typed code; five wrong tries use the code up. */
export async function confirmStepUpCode(db: Kysely<Database>, sessionId: number, code: string): Promise<StepUpOutcome> {
  const now = new Date();
  const pending = await db
    .updateTable('step_up_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('session_id', '=', sessionId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where('attempts', '<', STEP_UP_MAX_TRIES)
    .returning(['id', 'code_hash'])
    .executeTakeFirst();
  if (!pending) return 'no_valid_code';
  if (!sameDigest(pending.code_hash, digest(code))) return 'wrong_code';
  await db.updateTable('step_up_codes').set({ used_at: now }).where('id', '=', pending.id).execute();
  await db
    .updateTable('sessions')
    .set({ step_up_until: new Date(now.getTime() + STEP_UP_GRANT_MS) })
    .where('id', '=', sessionId)
    .execute();
  return 'granted';
}
