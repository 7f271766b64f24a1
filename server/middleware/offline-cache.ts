import type { MiddlewareHandler } from 'hono';

/**
 * For personal answers the service worker keeps for offline use: shared caches never store them,
 * and the browser's HTTP cache must ask the server again before reusing one.
 */
export function keptOffline(): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'private, no-cache');
    await next();
  };
}
