import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { sql } from 'kysely';
import { z } from 'zod';
import { CONSENT_COOKIE, isConsentCurrent, parseConsentCookieValue } from '../../domain/consent-cookie.ts';
import type { AppEnv } from '../env.ts';
import { limitPerAddress, PAGE_VIEW_POLICY } from '../middleware/limit-per-address.ts';
import { apiError } from '../errors.ts';
import { validBody } from '../validation.ts';

const pageView = z.strictObject({
  path: z
    .string({ error: 'Indiquez la page vue.' })
    .max(100, { error: 'Adresse de page trop longue.' })
    .regex(/^\/[a-z0-9\-/]*$/, { error: 'Adresse de page invalide.' }),
});

/**
 * POST /api/audience/page-views: first-party audience measurement, one more view of a page
 * today. Nothing about the visitor is kept, and the count only moves with a current consent:
 * the pages do not send without it, and the server checks it again.
 */
export const audienceRoutes = new Hono<AppEnv>().post('/page-views', validBody(pageView), limitPerAddress('page-view', PAGE_VIEW_POLICY), async (c) => {
  const choice = parseConsentCookieValue(getCookie(c, CONSENT_COOKIE));
  if (!isConsentCurrent(choice, Date.now()) || !choice.audience) {
    return apiError(c, 403, 'no_consent', 'Aucune mesure d’audience sans votre accord.');
  }
  const { path } = c.req.valid('json');
  await c.var.db
    .insertInto('page_view_counts')
    .values({ day: sql<string>`current_date`, path, views: 1 })
    .onConflict((conflict) =>
      conflict.columns(['day', 'path']).doUpdateSet({ views: sql<number>`page_view_counts.views + 1` }),
    )
    .execute();
  return c.body(null, 204);
});
