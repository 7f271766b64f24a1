import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from '../errors.ts';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Refuses bodies over `maxBytes` with 413, before they are read whole; the paths of `larger`
 * (uploads) have their own limit.
 */
export function limitBody(maxBytes: number, larger: Record<string, number> = {}): MiddlewareHandler {
  const limiterFor = (bytes: number) =>
    bodyLimit({
      maxSize: bytes,
      onError: (c) =>
        apiError(c, 413, 'body_too_large', `La requête est trop volumineuse : ${Math.floor(bytes / 1024)} Ko au maximum.`),
    });
  const standard = limiterFor(maxBytes);
  const special = new Map(Object.entries(larger).map(([path, bytes]) => [path, limiterFor(bytes)]));
  return (c, next) => (special.get(c.req.path) ?? standard)(c, next);
}

/**
 * Accepts only JSON or HTML form bodies, and checks JSON once for every route so that a broken
 * body always gets the same French answer. Hono keeps the parsed body for the route's validator.
 */
export function acceptJsonOrForm(): MiddlewareHandler {
  return async (c, next) => {
    if (!METHODS_WITH_BODY.has(c.req.method) || !hasBody(c.req.raw)) return next();
    const mediaType = mediaTypeOf(c);
    if (JSON_TYPE.test(mediaType)) {
      try {
        await c.req.json();
      } catch {
        return apiError(c, 400, 'malformed_json', "Le contenu envoyé n'est pas du JSON valide.");
      }
      return next();
    }
    if (FORM_TYPES.has(mediaType)) return next();
    return apiError(
      c,
      415,
      'unsupported_media_type',
      'Format de contenu non pris en charge : envoyez du JSON (application/json) ou un formulaire.',
    );
  };
}

/** The body's media type, without its parameters (charset, boundary), lower-cased. */
function mediaTypeOf(c: Context): string {
  return (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The body is an HTML form, urlencoded or multipart. */
export function isHtmlForm(c: Context): boolean {
  return FORM_TYPES.has(mediaTypeOf(c));
}

/**
 * A form posted by the browser itself, without JavaScript: it must be answered with a page (a
 * redirect, or plain-form-errors' page), not JSON. The pages' scripts ask for JSON in Accept.
 */
export function wantsPage(c: Context): boolean {
  return isHtmlForm(c) && !(c.req.header('Accept') ?? '').includes('application/json');
}

function hasBody(request: Request): boolean {
  const length = request.headers.get('Content-Length');
  if (length !== null) return length !== '0';
  return request.body !== null;
}
