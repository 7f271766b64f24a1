import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { apiError } from '../errors.ts';

/**
 * The latest e-mails kept in the outbox, for demonstrations. It answers only in demonstration
 * mode, which runs on loopback only: the links and codes inside would open anyone's account.
 */
export const demoOutboxRoutes = new Hono<AppEnv>().get('/', async (c) => {
  if (!c.var.demoMode) return apiError(c, 404, 'not_found', "Cette adresse n'existe pas.");
  const rows = await c.var.db
    .selectFrom('outbox')
    .select(['id', 'recipient', 'subject', 'text_body', 'created_at'])
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      messages: rows.map((row) => ({
        id: row.id,
        to: row.recipient,
        subject: row.subject,
        text: row.text_body,
        createdAt: row.created_at.toISOString(),
      })),
    },
    200,
  );
});
