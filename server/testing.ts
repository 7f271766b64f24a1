import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createApp, type AppOptions } from './app.ts';
import { createMailer } from './mail/mailer.ts';

export const TEST_ORIGIN = 'http://espace.test';

/**
 * The real application on a test database, with e-mails kept in the outbox table. Requests
 * made through `call` come from our own origin, like the pages' requests.
 */
export function createTestApp(db: Kysely<Database>, options: Partial<AppOptions> = {}) {
  const app = createApp({
    db,
    mailer: createMailer(db, null),
    maxBodyBytes: 64 * 1024,
    publicUrl: TEST_ORIGIN,
    trustProxy: true,
    demoOutbox: false,
    ...options,
  });
  return {
    app,
    call(path: string, init: RequestInit & { json?: unknown; cookie?: string; ip?: string } = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('Origin')) headers.set('Origin', TEST_ORIGIN);
      if (init.cookie) headers.set('Cookie', init.cookie);
      headers.set('X-Forwarded-For', init.ip ?? '192.0.2.1');
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('Content-Type', 'application/json');
        body = JSON.stringify(init.json);
      }
      return app.request(`${TEST_ORIGIN}${path}`, { ...init, headers, body: body ?? null });
    },
  };
}

/** The newest e-mail sent to an address, from the outbox. */
export async function lastEmailTo(db: Kysely<Database>, recipient: string) {
  return db
    .selectFrom('outbox')
    .select(['subject', 'text_body'])
    .where('recipient', '=', recipient)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The value of the single-use link in an e-mail's text. */
export function linkToken(text: string): string {
  const match = /jeton=([\w-]+)/.exec(text);
  if (!match) throw new Error(`no link in the e-mail: ${text}`);
  return match[1]!;
}

/** The `name=value` part of the session cookie a response set. */
export function sessionCookie(response: Response): string {
  const header = response.headers.get('Set-Cookie') ?? '';
  const match = /(__Host-session=[^;]+)/.exec(header);
  if (!match) throw new Error(`no session cookie in: ${header}`);
  return match[1]!;
}
