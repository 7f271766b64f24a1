import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type { Database } from './schema.ts';

const PG_TYPE = { int8: 20, date: 1082 } as const;

/**
 * Both drivers must hand back the same JavaScript values: calendar dates stay ISO strings
 * (no time-zone shift), 64-bit integers such as count(*) become numbers.
 */
const parsers = {
  [PG_TYPE.int8]: (value: string) => Number(value),
  [PG_TYPE.date]: (value: string) => value,
};

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; searchPath?: string }
  | { kind: 'pglite'; dataDir: string | null };

export class DatabaseUnreachableError extends Error {}

/** Opens the database and checks that it answers. `dataDir: null` keeps PGlite in memory. */
export async function openDatabase(target: DatabaseTarget): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: await createDialect(target) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new DatabaseUnreachableError(describeTarget(target), { cause: error });
  }
  return db;
}

async function createDialect(target: DatabaseTarget) {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      connectionTimeoutMillis: 5_000,
      options: target.searchPath ? `-c search_path=${target.searchPath}` : undefined,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          parsers[oid as keyof typeof parsers] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    return new PostgresDialect({ pool });
  }
  if (target.dataDir !== null) {
    // PGlite creates its own folder but not the parents.
    await mkdir(resolve(target.dataDir, '..'), { recursive: true });
  }
  const pglite = await PGlite.create(target.dataDir ?? undefined, { parsers });
  return new PGliteDialect({ pglite });
}

function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `PGlite (${target.dataDir ?? 'en mémoire'})`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
