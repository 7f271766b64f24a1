/**
 * The record of a person's cookie choice, kept in a cookie readable by the pages (so that the
 * consent panel is not shown again, before the first paint) and by the server (so that a
 * visitor without JavaScript does not get it again either). No imports: the browser bundles it.
 *
 * Value: `<consent id>.<audience 1|0>.<decision time, Unix seconds>.<text version>`.
 */
export const CONSENT_COOKIE = 'consentement';
/** Version of the consent text: a new version (new purpose…) asks everyone again. */
export const CONSENT_VERSION = '2026-11';
/** The CNIL recommends asking again after six months. */
export const CONSENT_LIFETIME_SECONDS = 182 * 24 * 60 * 60;

export interface ConsentChoice {
  id: string;
  /** First-party audience measurement accepted. */
  audience: boolean;
  decidedAt: Date;
  version: string;
}

const VALUE = /^([A-Za-z0-9_-]{16,64})\.([01])\.(\d{1,12})\.([0-9-]{1,20})$/;

export function consentCookieValue(choice: ConsentChoice): string {
  return [choice.id, choice.audience ? '1' : '0', Math.floor(choice.decidedAt.getTime() / 1000), choice.version].join('.');
}

export function parseConsentCookieValue(value: string | undefined): ConsentChoice | null {
  const match = VALUE.exec(value ?? '');
  if (!match) return null;
  return { id: match[1]!, audience: match[2] === '1', decidedAt: new Date(Number(match[3]) * 1000), version: match[4]! };
}

/** The choice from a Cookie header or document.cookie, if one was made. */
export function consentFromCookies(cookies: string): ConsentChoice | null {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CONSENT_COOKIE) return parseConsentCookieValue(value.join('='));
  }
  return null;
}

/** A choice still stands for six months, and only for the text the person saw. */
export function isConsentCurrent(choice: ConsentChoice | null, now: number): choice is ConsentChoice {
  if (!choice || choice.version !== CONSENT_VERSION) return false;
  const age = now - choice.decidedAt.getTime();
  return age >= 0 && age < CONSENT_LIFETIME_SECONDS * 1000;
}
