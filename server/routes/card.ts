import { Hono } from 'hono';
import { loadCard } from '../card/card.ts';
import { cardPdf } from '../card/pdf.ts';
import type { AppEnv } from '../env.ts';
import { keptOffline } from '../middleware/offline-cache.ts';
import { requireSession } from '../middleware/session.ts';

// No id in the paths: the card is always the one of the session's own membership.

/** GET /api/card: the carte mutualiste as JSON. */
export const cardRoutes = new Hono<AppEnv>()
  .use(requireSession(), keptOffline())
  .get('/', async (c) => c.json(await loadCard(c.var.db, c.var.session.beneficiaryId), 200));

/** GET /api/card.pdf: the same card, to print or keep. */
export const cardPdfRoutes = new Hono<AppEnv>()
  .use(requireSession(), keptOffline())
  .get('/', async (c) => {
    const card = await loadCard(c.var.db, c.var.session.beneficiaryId);
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `attachment; filename="carte-mutualiste-${card.standardBlock.memberNumber}.pdf"`);
    return c.body(await cardPdf(card), 200);
  });
