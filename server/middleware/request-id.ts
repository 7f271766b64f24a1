import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * A random id for each request, sent back in `X-Request-Id` and in every JSON error, and written
 * in the server's log next to an unexpected error: a member quoting it lets the log be found
 * without the log ever holding what the member sent. Our own, never taken from the request, so
 * nobody can write into the log through it.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = randomBytes(9).toString('base64url');
    c.set('requestId', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}
