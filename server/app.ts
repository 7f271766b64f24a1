import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import type { ClientErrorStatusCode } from 'hono/utils/http-status';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from './env.ts';
import { logUnexpectedError } from './error-log.ts';
import { apiError } from './errors.ts';
import type { Mailer } from './mail/mailer.ts';
import { clientIp } from './middleware/client-ip.ts';
import { plainFormErrors } from './middleware/plain-form-errors.ts';
import { sameOriginOnly } from './middleware/csrf.ts';
import { acceptJsonOrForm, limitBody } from './middleware/request-body.ts';
import { requestId } from './middleware/request-id.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { loadSession } from './middleware/session.ts';
import { accountRoutes } from './routes/account.ts';
import { audienceRoutes } from './routes/audience.ts';
import { authRoutes } from './routes/auth.ts';
import { cardPdfRoutes, cardRoutes } from './routes/card.ts';
import { consentRoutes } from './routes/consent.ts';
import { contactRoutes } from './routes/contact.ts';
import { contractRoutes } from './routes/contract.ts';
import { coverageRoutes } from './routes/coverage.ts';
import { demoOutboxRoutes } from './routes/demo-outbox.ts';
import { documentRoutes } from './routes/documents.ts';
import { healthRoutes } from './routes/health.ts';
import { personalDataRoutes } from './routes/personal-data.ts';
import { preferencesRoutes } from './routes/preferences.ts';
import { profileRoutes } from './routes/profile.ts';
import { reimbursementRoutes } from './routes/reimbursements.ts';
import { requestRoutes } from './routes/requests.ts';
import { ATTACHMENT_RULES } from '../domain/request-types.ts';
import type { StaticSite } from './static-site.ts';

export interface AppOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  maxBodyBytes: number;
  publicUrl: string;
  /** Reverse proxies in front of the server (TRUST_PROXY). */
  trustedProxies: number;
  /** Demonstration mode: the outbox at /api/demo/outbox and its page /demo/courriels. */
  demoMode: boolean;
  /** The built site; without it only the API answers (API tests). */
  site?: StaticSite;
}

/** A request with all its supporting documents, and room for its form fields. */
const UPLOAD_BODY_BYTES = ATTACHMENT_RULES.maxFiles * ATTACHMENT_RULES.maxBytes + 256 * 1024;

/** The API's routes, one module per resource; its type gives the site a typed client. */
const apiRoutes = new Hono<AppEnv>()
  .route('/health', healthRoutes)
  .route('/auth', authRoutes)
  .route('/account', accountRoutes)
  .route('/card', cardRoutes)
  .route('/card.pdf', cardPdfRoutes)
  .route('/coverage', coverageRoutes)
  .route('/reimbursements', reimbursementRoutes)
  .route('/contract', contractRoutes)
  .route('/documents', documentRoutes)
  .route('/requests', requestRoutes)
  .route('/contact', contactRoutes)
  .route('/profile', profileRoutes)
  .route('/personal-data', personalDataRoutes)
  .route('/preferences', preferencesRoutes)
  .route('/consent', consentRoutes)
  .route('/audience', audienceRoutes)
  .route('/demo/outbox', demoOutboxRoutes);

export type ApiType = typeof apiRoutes;

export function createApp(options: AppOptions) {
  const { db, mailer, publicUrl, site } = options;
  const app = new Hono<AppEnv>();

  app.use(requestId(), securityHeaders());
  app.use('/api/*', async (c, next) => {
    c.set('db', db);
    c.set('mailer', mailer);
    c.set('publicUrl', publicUrl);
    c.set('demoMode', options.demoMode);
    await next();
  });
  app.use(
    '/api/*',
    sameOriginOnly(publicUrl),
    limitBody(options.maxBodyBytes, { '/api/requests': UPLOAD_BODY_BYTES }),
    acceptJsonOrForm(),
    clientIp(options.trustedProxies),
    loadSession(),
    compress(),
    // Inside compress(): it reads the JSON answer before it is compressed.
    plainFormErrors(),
  );
  app.route('/api', apiRoutes);

  if (site) {
    // The demonstration pages exist only in demonstration mode; elsewhere they are unknown pages.
    const served = (path: string) => !path.startsWith('/api/') && (options.demoMode || !path.startsWith('/demo/'));
    app.on(['GET', 'HEAD'], '*', (c, next) => (served(c.req.path) ? site.respond(c.req.raw) : next()));
  }

  app.notFound((c) => apiError(c, 404, 'not_found', "Cette adresse n'existe pas."));

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return apiError(c, error.status as ClientErrorStatusCode, 'bad_request', "La requête n'a pas pu être comprise.");
    }
    // Where it happened goes to the server's log; the client gets no stack trace, only a reference.
    logUnexpectedError(c, error);
    return apiError(
      c,
      500,
      'internal_error',
      `Une erreur inattendue est survenue. Réessayez dans quelques instants ; si elle revient, citez la référence ${c.var.requestId} à votre conseiller.`,
    );
  });

  return app;
}
