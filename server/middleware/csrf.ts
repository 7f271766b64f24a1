import type { MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses any state-changing request that a browser did not send from our own pages: its Origin
 * must be exactly PUBLIC_URL's (scheme, host and port), JSON and form posts alike.
 *
 * Nothing else stands in for it. The Host header names whatever address the request reached, so
 * a page served under another name, port or over plain http would pass. Sec-Fetch-Site is not
 * kept as a fallback for a missing Origin: it says "same-origin" relative to the address the
 * browser used, not to PUBLIC_URL, so it is weaker; and every browser able to run these pages
 * sends Origin on POST, PUT, PATCH and DELETE, fetch and form submissions alike.
 */
export function sameOriginOnly(publicUrl: string): MiddlewareHandler {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.header('Origin') === publicOrigin) return next();
    return apiError(c, 403, 'cross_site_request', "Requête refusée : elle ne provient pas de l'espace adhérent.");
  };
}
