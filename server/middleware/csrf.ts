import type { MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses any state-changing request that a browser did not send from our own pages: the Origin
 * must name this host (or PUBLIC_URL), or, when a browser sends no Origin, Sec-Fetch-Site must say
 * same-origin. JSON and form posts alike; a request with neither header is refused too.
 */
export function sameOriginOnly(publicUrl: string): MiddlewareHandler {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('Origin');
    const allowed = origin
      ? origin === publicOrigin || hostOf(origin) === c.req.header('Host')
      : c.req.header('Sec-Fetch-Site') === 'same-origin';
    if (allowed) return next();
    return apiError(c, 403, 'cross_site_request', "Requête refusée : elle ne provient pas de l'espace adhérent.");
  };
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
