import { CONSENT_COOKIE, CONSENT_VERSION } from '../../domain/consent-cookie.ts';

/**
 * A browser that already answered the cookie question (measurement refused), for the tests that
 * are about something else: the panel then stays out of their way, as for a returning visitor.
 */
export function answeredCookieQuestion(host: string) {
  const now = Math.floor(Date.now() / 1000);
  return {
    cookies: [
      {
        name: CONSENT_COOKIE,
        value: `${'e2e-returning-visitor'.padEnd(22, '0')}.0.${now}.${CONSENT_VERSION}`,
        domain: host,
        path: '/',
        expires: now + 30 * 24 * 3600,
        httpOnly: false,
        secure: true,
        sameSite: 'Lax' as const,
      },
    ],
    origins: [],
  };
}
