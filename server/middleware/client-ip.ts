import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * The client's address, for the per-address limits. Behind `trustedProxies` reverse proxies the
 * socket only shows the nearest one, and each proxy appends the address it received the request
 * from to X-Forwarded-For: the client's is the entry added by the outermost proxy, that many
 * entries from the right. Everything to its left was sent by the client and may be invented.
 */
export function clientIp(trustedProxies: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('clientIp', (trustedProxies > 0 ? forwardedAddress(c, trustedProxies) : undefined) ?? socketAddress(c) ?? 'inconnue');
    await next();
  };
}

function forwardedAddress(c: Context, trustedProxies: number): string | undefined {
  const entries = (c.req.header('X-Forwarded-For') ?? '').split(',').map((entry) => entry.trim());
  // Fewer entries than proxies: the request came in by a shorter way; the leftmost was still added by one of them.
  const entry = entries[Math.max(0, entries.length - trustedProxies)];
  return entry && isIP(entry) ? entry : undefined;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // app.request() in tests has no socket.
    return undefined;
  }
}
