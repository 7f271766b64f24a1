import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SessionInfo } from './auth/sessions.ts';
import type { Mailer } from './mail/mailer.ts';

/** What every API handler can read from the context. */
export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    mailer: Mailer;
    /** Base of the links put in e-mails. */
    publicUrl: string;
    clientIp: string;
    /** Sent back in X-Request-Id and in JSON errors, written in the log of an unexpected error. */
    requestId: string;
    /** DEMO_MODE: the outbox may be read through the API. */
    demoMode: boolean;
    /** The signed-in session, or null; `requireSession` guarantees it is set. */
    session: SessionInfo | null;
  };
}

/** The context of a route behind `requireSession`. */
export interface SignedInEnv {
  Variables: AppEnv['Variables'] & { session: SessionInfo };
}
