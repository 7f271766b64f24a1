import { CONSENT_VERSION, consentFromCookies, isConsentCurrent, type ConsentChoice } from '../../domain/consent-cookie.ts';

/** The cookie choice that stands on this device, if any (none after six months). */
export function currentConsent(): ConsentChoice | null {
  const choice = consentFromCookies(document.cookie);
  return isConsentCurrent(choice, Date.now()) ? choice : null;
}

/** Records a choice on the server (which sets the cookie) and marks the page as answered. */
export async function recordConsent(audience: boolean): Promise<void> {
  const response = await fetch('/api/consent', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ audience }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  document.documentElement.setAttribute('data-consent', audience ? 'audience' : 'necessary');
  if (audience) countPageView();
}

/** First-party audience measurement: one view of this page, only with a standing consent. */
export function countPageView(): void {
  const choice = currentConsent();
  if (!choice?.audience || choice.version !== CONSENT_VERSION) return;
  void fetch('/api/audience/page-views', {
    method: 'POST',
    credentials: 'same-origin',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    // The path only: a query string may hold a one-time token.
    body: JSON.stringify({ path: location.pathname.replace(/\.html$/, '') }),
  }).catch(() => undefined);
}
