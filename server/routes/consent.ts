import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import {
  CONSENT_COOKIE,
  CONSENT_LIFETIME_SECONDS,
  CONSENT_VERSION,
  consentCookieValue,
  parseConsentCookieValue,
} from '../../domain/consent-cookie.ts';
import type { AppEnv } from '../env.ts';
import { CONSENT_CHOICE_POLICY, limitPerAddress } from '../middleware/limit-per-address.ts';
import { validBody } from '../validation.ts';

/** Only a path of this site: never "//elsewhere.example" nor "/\elsewhere.example". */
const SAME_SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/]*$/;

const choiceBody = z.strictObject({
  // JSON sends a boolean; the plain HTML form sends the value of the button pressed.
  audience: z.union([z.boolean(), z.enum(['oui', 'non']).transform((value) => value === 'oui')], {
    error: 'Indiquez si vous acceptez la mesure d’audience (oui ou non).',
  }),
  retour: z
    .string()
    .max(200, { error: 'Adresse de retour trop longue.' })
    .regex(SAME_SITE_PATH, { error: 'Adresse de retour invalide.' })
    .optional(),
});

/**
 * POST /api/consent: records a cookie choice as proof (random id, choice, text version, date;
 * no IP address), and keeps it in the `consentement` cookie for six months. A refusal is
 * recorded exactly like an acceptance. From a plain form, answers with a redirect back.
 */
export const consentRoutes = new Hono<AppEnv>().post('/', validBody(choiceBody), limitPerAddress('consent', CONSENT_CHOICE_POLICY), async (c) => {
  const { audience, retour } = c.req.valid('json');
  const previous = parseConsentCookieValue(getCookie(c, CONSENT_COOKIE));
  const choice = {
    // The same id across changes of mind, so that the history of one choice can be shown.
    id: previous?.id ?? randomBytes(16).toString('base64url'),
    audience,
    decidedAt: new Date(Math.floor(Date.now() / 1000) * 1000),
    version: CONSENT_VERSION,
  };
  await c.var.db
    .insertInto('consent_records')
    .values({ consent_id: choice.id, audience, text_version: choice.version, decided_at: choice.decidedAt })
    .execute();
  setCookie(c, CONSENT_COOKIE, consentCookieValue(choice), {
    path: '/',
    maxAge: CONSENT_LIFETIME_SECONDS,
    sameSite: 'Lax',
    secure: true,
  });
  c.header('Cache-Control', 'no-store');
  if (retour !== undefined) return c.redirect(retour, 303);
  return c.json(
    { consent: { id: choice.id, audience, version: choice.version, decidedAt: choice.decidedAt.toISOString() } },
    200,
  );
});
