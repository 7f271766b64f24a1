import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // What a person tells us about themselves; the postal address is the household's (adhérent principal).
  await db.schema
    .createTable('profiles')
    .addColumn('beneficiary_id', 'integer', (col) => col.primaryKey().references('beneficiaries.id').onDelete('cascade'))
    .addColumn('postal_address', 'text')
    .addColumn('phone', 'text')
    .addColumn('nir', 'text')
    .addColumn('affiliation_fund', 'text')
    .addColumn('documents_channel', 'text', (col) => col.notNull().defaultTo('electronique').check(sql`documents_channel in ('electronique', 'papier')`))
    .addColumn('magazine', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  // The household's bank account for reimbursements, changed only by the adhérent principal.
  await db.schema
    .createTable('bank_accounts')
    .addColumn('member_id', 'integer', (col) => col.primaryKey().references('members.id').onDelete('cascade'))
    .addColumn('iban', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('bank_accounts').execute();
  await db.schema.dropTable('profiles').execute();
}
