import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { openDatabase } from './index.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';
import { seedIfEmpty } from './seed/index.ts';

export interface TestDatabase {
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * A migrated, seeded database of its own for one test file: in-memory PGlite, or a fresh schema
 * on the PostgreSQL server of DATABASE_URL (dropped on close) so test files never share rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    await prepare(db);
    return { db, close: () => db.destroy() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const db = await openDatabase({ kind: 'postgres', url, searchPath: schema });
  await prepare(db);
  return {
    db,
    async close() {
      await db.destroy();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

async function prepare(db: Kysely<Database>) {
  await migrateToLatest(db);
  // The tests sign in with the demonstration accounts.
  await seedIfEmpty(db, { demo: true });
}
