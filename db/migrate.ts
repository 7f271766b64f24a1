import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { FileMigrationProvider, Migrator } from 'kysely/migration';
import type { Database } from './schema.ts';

const migrationFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Brings the schema to the latest version. Safe at every start and from several instances at
 * once: Kysely runs pending migrations in one transaction under an advisory lock.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Named explicitly: left to itself, Kysely mistakes a migration table in another schema of the
  // same database for ours.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder }),
    migrationTableSchema: rows[0]!.schema,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error;
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
