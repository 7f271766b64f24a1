import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Progressive throttling of failed attempts, counted in the database so that every server
 * instance sees the same counters. After `freeAttempts` failures each new one doubles the wait,
 * up to `maxDelayMs`; the counter is forgotten `windowMs` after its first failure. Nothing is
 * ever locked for good, so an attacker cannot shut a member out of their account.
 */
export interface RateLimitPolicy {
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
}

export const SIGN_IN_POLICY: RateLimitPolicy = {
  freeAttempts: 5,
  firstDelayMs: 2_000,
  maxDelayMs: 15 * 60 * 1000,
  windowMs: 24 * 60 * 60 * 1000,
};

/** E-mails sent on request (activation, reset): a few an hour per address or per network address. */
export const EMAIL_REQUEST_POLICY: RateLimitPolicy = {
  freeAttempts: 5,
  firstDelayMs: 60_000,
  maxDelayMs: 60 * 60 * 1000,
  windowMs: 60 * 60 * 1000,
};

/** Seconds to wait before the next attempt is allowed, or 0. */
export async function secondsBlocked(db: Kysely<Database>, keys: string[], now = new Date()): Promise<number> {
  const rows = await db
    .selectFrom('rate_limits')
    .select('blocked_until')
    .where('key', 'in', keys)
    .where('blocked_until', '>', now)
    .execute();
  const longest = Math.max(0, ...rows.map((row) => row.blocked_until!.getTime() - now.getTime()));
  return Math.ceil(longest / 1000);
}

/** Counts one failure (or one request) for each key and sets the wait it earns. */
export async function recordAttempt(
  db: Kysely<Database>,
  keys: string[],
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<void> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  for (const key of keys) {
    // One atomic statement per key: concurrent instances never lose a count.
    const { failures } = await db
      .insertInto('rate_limits')
      .values({ key, failures: 1, window_started_at: now, blocked_until: null })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          failures: sql`case when rate_limits.window_started_at < ${windowStart} then 1 else rate_limits.failures + 1 end`,
          window_started_at: sql`case when rate_limits.window_started_at < ${windowStart} then ${now} else rate_limits.window_started_at end`,
        }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    const excess = failures - policy.freeAttempts;
    if (excess > 0) {
      const delay = Math.min(policy.firstDelayMs * 2 ** (excess - 1), policy.maxDelayMs);
      await db
        .updateTable('rate_limits')
        .set({ blocked_until: new Date(now.getTime() + delay) })
        .where('key', '=', key)
        .execute();
    }
  }
}

/** Counts one request for the key unless it is already waiting; false means "wait, send nothing". */
export async function takeAttempt(db: Kysely<Database>, key: string, policy: RateLimitPolicy): Promise<boolean> {
  if ((await secondsBlocked(db, [key])) > 0) return false;
  await recordAttempt(db, [key], policy);
  return true;
}

export async function forget(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
