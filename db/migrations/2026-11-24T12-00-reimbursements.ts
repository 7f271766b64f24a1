import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reimbursements')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('beneficiary_id', 'integer', (col) => col.notNull().references('beneficiaries.id').onDelete('cascade'))
    .addColumn('coverage_line_id', 'integer', (col) => col.notNull().references('coverage_lines.id'))
    .addColumn('care_date', 'date', (col) => col.notNull())
    .addColumn('care_label', 'text', (col) => col.notNull())
    .addColumn('units', 'integer', (col) => col.notNull().check(sql`units > 0`))
    .addColumn('price_cents', 'bigint', (col) => col.notNull().check(sql`price_cents >= 0`))
    .addColumn('base_cents', 'bigint', (col) => col.notNull().check(sql`base_cents >= 0`))
    .addColumn('social_security_cents', 'bigint', (col) => col.notNull().check(sql`social_security_cents >= 0`))
    .addColumn('other_cents', 'bigint', (col) => col.notNull().check(sql`other_cents >= 0`))
    .addColumn('contract_cents', 'bigint', (col) => col.notNull().check(sql`contract_cents >= 0`))
    .addColumn('remaining_cents', 'bigint', (col) => col.notNull().check(sql`remaining_cents >= 0`))
    // Tiers payant: the contract paid the professional directly.
    .addColumn('paid_to', 'text', (col) => col.notNull().check(sql`paid_to in ('member', 'professional')`))
    .addColumn('payment_date', 'date', (col) => col.notNull())
    .addCheckConstraint(
      'reimbursements_parts_add_up',
      sql`social_security_cents + other_cents + contract_cents + remaining_cents = price_cents`,
    )
    .execute();
  await db.schema
    .createIndex('reimbursements_beneficiary_payment')
    .on('reimbursements')
    .columns(['beneficiary_id', 'payment_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reimbursements').execute();
}
