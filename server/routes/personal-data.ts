import { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../audit.ts';
import type { AppEnv } from '../env.ts';
import { wantsPage } from '../middleware/request-body.ts';
import { forgetSessionInBrowser, requireSession } from '../middleware/session.ts';
import { requireStepUp } from '../middleware/step-up.ts';
import { personalDataExport } from '../personal-data/export.ts';
import { checkedBox, validBody } from '../validation.ts';

/**
 * « Mes données personnelles »: everything kept about the person, as JSON to download or to read
 * on the page; and the closing of the account, after an e-mailed code. Closing removes the
 * account, its sessions and its settings; the membership and its reimbursements stay, as the
 * insurer must keep them (contract and accounting records).
 */
export const personalDataRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/', async (c) => {
    const data = await personalDataExport(c.var.db, c.var.session);
    if (c.req.query('telecharger') !== undefined) {
      c.header('Content-Disposition', `attachment; filename="mes-donnees-${data.exporteLe.slice(0, 10)}.json"`);
    }
    return c.json(data, 200);
  })
  .post(
    '/close-account',
    requireStepUp(),
    validBody(z.strictObject({ confirm: checkedBox('Cochez la case pour confirmer la fermeture de votre compte.') })),
    async (c) => {
      const { db, session } = c.var;
      await audit(db, session.accountId, 'account.closed');
      // Sessions, settings and terms acceptances go with the account (foreign keys cascade).
      await db.deleteFrom('accounts').where('id', '=', session.accountId).execute();
      forgetSessionInBrowser(c);
      const redirect = '/connexion?compte=ferme';
      if (wantsPage(c)) return c.redirect(redirect, 303);
      return c.json({ redirect }, 200);
    },
  );
