import { type Kysely, sql } from 'kysely';
import { COVERAGE_CATEGORIES, COVERAGE_UNITS, COVERAGE_VALUE_KINDS, RELATIONS } from '../schema.ts';

/** `value in ('a', 'b')` check built from one of the schema's constant lists. */
function oneOf(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insurers')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('amc_number', 'text', (col) => col.notNull())
    .addColumn('convention_type', 'text', (col) => col.notNull())
    .addColumn('csr', 'text', (col) => col.notNull())
    .addColumn('head_office_address', 'text', (col) => col.notNull())
    .addColumn('correspondence_address', 'text', (col) => col.notNull())
    .addColumn('professional_phone', 'text', (col) => col.notNull())
    .addColumn('member_phone', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('number', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(oneOf('kind', ['collective', 'individual'])))
    .addColumn('responsable', 'boolean', (col) => col.notNull())
    .addColumn('effective_date', 'date', (col) => col.notNull())
    .addColumn('end_date', 'date')
    .addColumn('insurer_id', 'integer', (col) => col.notNull().references('insurers.id'))
    .execute();

  await db.schema
    .createTable('coverage_lines')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('contract_id', 'integer', (col) => col.notNull().references('contracts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull().check(oneOf('category', COVERAGE_CATEGORIES)))
    .addColumn('subcategory', 'text')
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('condition', 'text')
    .addColumn('value_kind', 'text', (col) => col.notNull().check(oneOf('value_kind', COVERAGE_VALUE_KINDS)))
    .addColumn('rate_percent', 'integer', (col) => col.check(sql`rate_percent > 0`))
    .addColumn('amount_cents', 'integer', (col) => col.check(sql`amount_cents > 0`))
    .addColumn('unit', 'text', (col) => col.check(oneOf('unit', COVERAGE_UNITS)))
    .addColumn('limit_count', 'integer', (col) => col.check(sql`limit_count > 0`))
    .addColumn('limit_years', 'integer', (col) => col.check(sql`limit_years > 0`))
    .addColumn('note', 'text')
    .addUniqueConstraint('coverage_lines_position_unique', ['contract_id', 'position'])
    // The value columns must match the kind, so a line can never be half-described.
    .addCheckConstraint(
      'coverage_lines_value_matches_kind',
      sql`(value_kind = 'percent_br' and rate_percent is not null and amount_cents is null)
        or (value_kind = 'fixed_amount' and amount_cents is not null and unit is not null and rate_percent is null)
        or (value_kind = 'not_covered' and rate_percent is null and amount_cents is null and unit is null
            and limit_count is null)`,
    )
    .addCheckConstraint('coverage_lines_limit_complete', sql`(limit_count is null) = (limit_years is null)`)
    .execute();

  await db.schema
    .createTable('coverage_footnotes')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('contract_id', 'integer', (col) => col.notNull().references('contracts.id').onDelete('cascade'))
    .addColumn('marker', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addUniqueConstraint('coverage_footnotes_marker_unique', ['contract_id', 'marker'])
    .execute();

  await db.schema
    .createTable('coverage_line_footnotes')
    .addColumn('coverage_line_id', 'integer', (col) =>
      col.notNull().references('coverage_lines.id').onDelete('cascade'),
    )
    .addColumn('footnote_id', 'integer', (col) => col.notNull().references('coverage_footnotes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('coverage_line_footnotes_pk', ['coverage_line_id', 'footnote_id'])
    .execute();

  await db.schema
    .createTable('establishments')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('company', 'text', (col) => col.notNull())
    .addColumn('site', 'text', (col) => col.notNull())
    .addColumn('department', 'text', (col) => col.notNull())
    .addColumn('insurer_id', 'integer', (col) => col.notNull().references('insurers.id'))
    .addUniqueConstraint('establishments_company_site_unique', ['company', 'site'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (col) =>
      col.notNull().unique().check(oneOf('kind', ['reclamation', 'dpo', 'cnil', 'autorite_controle'])),
    )
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('postal_address', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .addColumn('website', 'text')
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('contract_id', 'integer', (col) => col.notNull().references('contracts.id'))
    .addColumn('establishment_id', 'integer', (col) => col.notNull().references('establishments.id'))
    .addColumn('member_number', 'text', (col) => col.notNull().unique())
    .addColumn('affiliation_date', 'date', (col) => col.notNull())
    .addColumn('termination_date', 'date')
    .execute();

  await db.schema
    .createTable('beneficiaries')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('member_id', 'integer', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('relation', 'text', (col) => col.notNull().check(oneOf('relation', RELATIONS)))
    .addColumn('rang', 'integer', (col) => col.notNull().check(sql`rang between 1 and 99`))
    .addColumn('last_name', 'text', (col) => col.notNull())
    .addColumn('first_name', 'text', (col) => col.notNull())
    .addColumn('birth_date', 'date', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('beneficiaries_rang_unique', ['member_id', 'rang'])
    .execute();

  await db.schema.createIndex('coverage_lines_contract_idx').on('coverage_lines').column('contract_id').execute();
  await db.schema.createIndex('establishments_insurer_idx').on('establishments').column('insurer_id').execute();
  await db.schema.createIndex('beneficiaries_member_idx').on('beneficiaries').column('member_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'beneficiaries',
    'members',
    'contacts',
    'establishments',
    'coverage_line_footnotes',
    'coverage_footnotes',
    'coverage_lines',
    'contracts',
    'insurers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
