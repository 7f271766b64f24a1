import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/** The latest e-mails kept in the outbox, for demonstrations without an SMTP server. */
export const demoOutboxRoutes = new Hono<AppEnv>().get('/', async (c) => {
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
