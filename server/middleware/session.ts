import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ABSOLUTE_TIMEOUT_MS, findSession } from '../auth/sessions.ts';
import type { AppEnv, SignedInEnv } from '../env.ts';
import { apiError } from '../errors.ts';

/** `__Host-`: only set over HTTPS, by this very host, for the whole site (no Domain attribute). */
export const SESSION_COOKIE = '__Host-session';

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
}

/**
 * Sign-out and account closing: the cookie goes, and so does the browser's HTTP cache of our
 * answers. The offline copies of the card are deleted by the page and the service worker;
 * "storage" would also erase the display settings, which a person with low vision needs on the
 * sign-in page too.
 */
export function forgetSessionInBrowser(c: Context): void {
  clearSessionCookie(c);
  c.header('Clear-Site-Data', '"cache"');
}

/** Finds the session of the cookie, if any, for every API request. */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('session', token ? await findSession(c.var.db, token) : null);
    await next();
  };
}

/** 401 for a request without a live session; the stale cookie, if any, is removed. */
export function requireSession(): MiddlewareHandler<SignedInEnv> {
  return async (c, next) => {
    if (c.var.session) return next();
    if (getCookie(c, SESSION_COOKIE)) clearSessionCookie(c);
    return apiError(c, 401, 'unauthenticated', 'Votre session a expiré ou vous n’êtes pas connecté : connectez-vous.');
  };
}
