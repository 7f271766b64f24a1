import type { MiddlewareHandler } from 'hono';

/** For everything that is not a page: nothing may load, nothing may frame it. */
const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** A service worker obeys the policy of its own script: it must be allowed to fetch this site. */
const SERVICE_WORKER_POLICY = `${NON_DOCUMENT_POLICY}; connect-src 'self'`;

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
 * Headers every response carries. Pages bring their own policy (the one Astro computed with the
 * hashes of their scripts), to which `frame-ancestors` is added here: a meta tag cannot set it.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const pagePolicy = headers.get('Content-Security-Policy');
    headers.set(
      'Content-Security-Policy',
      pagePolicy ? `${pagePolicy}; frame-ancestors 'none'`
      : c.req.path === '/sw.js' ? SERVICE_WORKER_POLICY
      : NON_DOCUMENT_POLICY,
    );
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
