import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
  };
}
