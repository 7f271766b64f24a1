import type { MiddlewareHandler } from 'hono';

/** For everything that is not a page: nothing may load, nothing may frame it. */
const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * Headers every response carries. A file that brings its own policy (a page: the one Astro
 * computed with the hashes of its scripts; the service worker) gets `frame-ancestors` added here,
 * since a meta tag cannot set it.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const ownPolicy = headers.get('Content-Security-Policy');
    headers.set('Content-Security-Policy', ownPolicy ? `${ownPolicy}; frame-ancestors 'none'` : NON_DOCUMENT_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    headers.set('Permissions-Policy', PERMISSIONS_POLICY);
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    headers.set('X-Frame-Options', 'DENY');
    if (isHttps(c.req.url, c.req.header('X-Forwarded-Proto'))) {
      headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    }
  };
}

function isHttps(url: string, forwardedProto: string | undefined): boolean {
  return url.startsWith('https:') || forwardedProto?.split(',')[0]?.trim() === 'https';
}
