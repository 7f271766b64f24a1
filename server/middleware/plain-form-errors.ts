import type { MiddlewareHandler } from 'hono';
import type { ApiErrorBody } from '../errors.ts';
import { wantsPage } from './request-body.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** Only a path of this site, taken from the Referer, for the way back. */
function backPath(referer: string | undefined, origin: string): string {
  try {
    const url = new URL(referer ?? '', origin);
    return url.origin === origin ? url.pathname + url.search : '/';
  } catch {
    return '/';
  }
}

/**
 * A plain HTML form (no JavaScript) that is refused would otherwise land on a JSON answer. It
 * gets a small French page instead: what to correct, and the way back, where the browser's Back
 * button finds what was typed. The pages' scripts ask for JSON and are not concerned.
 */
export function plainFormErrors(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!wantsPage(c)) return;
    if (c.res.status < 400 || c.res.status >= 500 || !c.res.headers.get('Content-Type')?.startsWith('application/json')) return;
    const { error } = (await c.res.clone().json()) as ApiErrorBody;
    const details = Object.values(error.fields ?? {}).map((message) => `<li>${escapeHtml(message)}</li>`).join('');
    const back = escapeHtml(backPath(c.req.header('Referer'), new URL(c.req.url).origin));
    const status = c.res.status;
    c.res = undefined;
    c.res = c.html(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Il y a un problème – Espace adhérent</title></head><body><main><h1>Il y a un problème</h1><p>${escapeHtml(error.message)}</p>${details ? `<ul>${details}</ul>` : ''}<p><a href="${back}">Revenir au formulaire</a>. Le bouton Retour de votre navigateur y retrouve aussi ce que vous aviez saisi.</p></main></body></html>`,
      status as 400,
    );
  };
}
