import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/schema.ts';
import { createTestDatabase, type TestDatabase } from '../db/testing.ts';
import { createApp, type AppOptions } from './app.ts';
import { createMailer } from './mail/mailer.ts';

export const TEST_ORIGIN = 'http://espace.test';

/**
 * The real application on a test database, with e-mails kept in the outbox table. Requests
 * made through `call` come from our own origin, like the pages' requests.
 */
type CallInit = RequestInit & { json?: unknown; cookie?: string; ip?: string };

export function createTestApp(db: Kysely<Database>, options: Partial<AppOptions> = {}) {
  const app = createApp({
    db,
    mailer: createMailer(db, null),
    maxBodyBytes: 64 * 1024,
    publicUrl: TEST_ORIGIN,
    trustedProxies: 1,
    demoMode: false,
    ...options,
  });
  const call = (path: string, init: CallInit = {}) => {
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
  };
  return {
    app,
    call,
    /** Signs in and returns the session cookie, ready for `call`'s `cookie`. */
    async signIn({ email, password }: { email: string; password: string }, init: CallInit = {}) {
      return sessionCookie(await call('/api/auth/sign-in', { ...init, method: 'POST', json: { email, password } }));
    },
  };
}

export type TestApp = Pick<ReturnType<typeof createTestApp>, 'call' | 'signIn'> & { readonly db: Kysely<Database> };

/** For one test file: its own migrated, seeded database and the app on it, opened before the tests and closed after. */
export function useTestApp(): TestApp {
  let database: TestDatabase | undefined;
  let harness: ReturnType<typeof createTestApp> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createTestApp(database.db);
  });
  afterAll(() => database?.close());
  return {
    get db() {
      return database!.db;
    },
    call: (path, init) => harness!.call(path, init),
    signIn: (account, init) => harness!.signIn(account, init),
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
