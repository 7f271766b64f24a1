import type { MiddlewareHandler } from 'hono';
import { type RateLimitPolicy, recordAttempt, secondsBlocked } from '../auth/rate-limit.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../errors.ts';

const TEN_MINUTES = 10 * 60 * 1000;

/** Cookie choices: one per visitor, a change of mind; an office behind one address makes a few dozen. */
export const CONSENT_CHOICE_POLICY: RateLimitPolicy = {
  freeAttempts: 30,
  firstDelayMs: TEN_MINUTES,
  maxDelayMs: TEN_MINUTES,
  windowMs: TEN_MINUTES,
};

/** Page views counted: a visitor reading quickly, or several behind one address. */
export const PAGE_VIEW_POLICY: RateLimitPolicy = { ...CONSENT_CHOICE_POLICY, freeAttempts: 300 };

/**
 * A write anyone can make without signing in, limited per client address with the sign-in's
 * database counters (shared by every instance). The request is counted before it is checked:
 * of a burst sent at once, only those counted within the allowance get through, however the
 * burst is spread over instances. Put it after the body's validation: a refused body writes
 * nothing and costs no count.
 */
export function limitPerAddress(name: string, policy: RateLimitPolicy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = `${name}:ip:${c.var.clientIp}`;
    await recordAttempt(c.var.db, [key], policy);
    const wait = await secondsBlocked(c.var.db, [key]);
    if (wait === 0) return next();
    c.header('Retry-After', String(wait));
    return apiError(c, 429, 'too_many_requests', `Trop de demandes depuis votre connexion : réessayez dans ${Math.ceil(wait / 60)} minute(s).`);
  };
}
