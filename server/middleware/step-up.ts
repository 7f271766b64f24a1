import type { MiddlewareHandler } from 'hono';
import type { SignedInEnv } from '../env.ts';
import { apiError } from '../errors.ts';

/** Sensitive operations need a code e-mailed in the last minutes, on top of the session. */
export function requireStepUp(): MiddlewareHandler<SignedInEnv> {
  return async (c, next) => {
    const until = c.var.session.stepUpUntil;
    if (until && until > new Date()) return next();
    return apiError(
      c,
      403,
      'step_up_required',
      'Par sécurité, confirmez cette opération avec le code envoyé par e-mail.',
    );
  };
}
