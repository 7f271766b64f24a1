import { CONSENT_COOKIE, CONSENT_LIFETIME_SECONDS, CONSENT_VERSION } from '../../domain/consent-cookie.ts';

/**
 * The body of the second inline script of every page's <head>: when a cookie choice younger
 * than six months exists for the current text, it marks <html> so that the consent panel is
 * hidden before the first paint (no flash for returning visitors). It reads the cookie the same
 * way as consent-cookie.ts; astro.config.mjs allows it in the CSP by the hash of this text.
 */
export const CONSENT_PRE_PAINT_SCRIPT = `(function () {
  var match = document.cookie.match(/(?:^|; )${CONSENT_COOKIE}=([^;]*)/);
  var parts = match ? match[1].split('.') : [];
  var age = Date.now() - Number(parts[2]) * 1000;
  if (parts.length === 4 && parts[3] === ${JSON.stringify(CONSENT_VERSION)} && age >= 0 && age < ${CONSENT_LIFETIME_SECONDS * 1000}) {
    document.documentElement.setAttribute('data-consent', parts[1] === '1' ? 'audience' : 'necessary');
  }
})();`;
