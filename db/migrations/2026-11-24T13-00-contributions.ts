import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The calls for contributions of a membership, one per month, and when each was paid.
  await db.schema
    .createTable('contribution_calls')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('member_id', 'integer', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('period', 'text', (col) => col.notNull().check(sql`period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`))
    .addColumn('category', 'text', (col) => col.notNull().check(sql`category in ('isole', 'duo_plus', 'famille')`))
    .addColumn('amount_cents', 'integer', (col) => col.notNull().check(sql`amount_cents > 0`))
    .addColumn('due_date', 'date', (col) => col.notNull())
    .addColumn('paid_on', 'date')
    // Deducted from the payslip (art. 11.1), or by direct debit for a maintained cover (art. 6).
    .addColumn('method', 'text', (col) => col.notNull().check(sql`method in ('payroll', 'direct_debit')`))
    .addUniqueConstraint('contribution_calls_member_period', ['member_id', 'period'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('contribution_calls').execute();
}
