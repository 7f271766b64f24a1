import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Proof of each cookie choice. Deliberately no IP address, user agent or account.
  await db.schema
    .createTable('consent_records')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('consent_id', 'text', (col) => col.notNull())
    .addColumn('audience', 'boolean', (col) => col.notNull())
    .addColumn('text_version', 'text', (col) => col.notNull())
    .addColumn('decided_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('consent_records_consent_id').on('consent_records').column('consent_id').execute();

  // First-party audience measurement: a count per page and day, nothing about the visitor.
  await db.schema
    .createTable('page_view_counts')
    .addColumn('day', 'date', (col) => col.notNull())
    .addColumn('path', 'text', (col) => col.notNull())
    .addColumn('views', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('page_view_counts_pk', ['day', 'path'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('page_view_counts').execute();
  await db.schema.dropTable('consent_records').execute();
}
