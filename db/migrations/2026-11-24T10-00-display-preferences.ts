import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('display_preferences')
    .addColumn('account_id', 'integer', (col) => col.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('contrast', 'text', (col) => col.notNull().check(sql`contrast in ('standard', 'high')`))
    .addColumn('theme', 'text', (col) => col.notNull().check(sql`theme in ('system', 'light', 'dark')`))
    .addColumn('font', 'text', (col) => col.notNull().check(sql`font in ('standard', 'dyslexia')`))
    .addColumn('motion', 'text', (col) => col.notNull().check(sql`motion in ('system', 'reduced', 'full')`))
    .addColumn('text_size', 'integer', (col) => col.notNull().check(sql`text_size between 100 and 200`))
    // When the person made the change on their device: between two devices, the latest wins.
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('display_preferences').execute();
}
