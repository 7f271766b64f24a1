import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Dates without time travel through the driver as ISO strings (YYYY-MM-DD). */
type CalendarDate = ColumnType<string, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export const COVERAGE_CATEGORIES = [
  'hospitalisation',
  'soins_courants',
  'dentaire',
  'optique',
  'aides_auditives',
  'autres_prestations',
] as const;
export type CoverageCategory = (typeof COVERAGE_CATEGORIES)[number];

/**
 * How a coverage line is paid:
 * - percent_br: `rate_percent` % of the Sécurité sociale base (BR), Sécurité sociale part included;
 * - fixed_amount: `amount_cents` for each `unit` (day, session, eye…);
 * - not_covered: nothing.
 */
export const COVERAGE_VALUE_KINDS = ['percent_br', 'fixed_amount', 'not_covered'] as const;
export type CoverageValueKind = (typeof COVERAGE_VALUE_KINDS)[number];

export const COVERAGE_UNITS = [
  'day',
  'year',
  'session',
  'eye',
  'tooth',
  'equipment',
  'lens',
  'prosthesis',
  'vehicle',
  'birth',
] as const;
export type CoverageUnit = (typeof COVERAGE_UNITS)[number];

export const RELATIONS = ['adherent', 'conjoint', 'enfant'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface InsurerTable {
  id: Generated<number>;
  /** Short name used in the notice, e.g. "SMPS". */
  code: string;
  name: string;
  /** Numéro AMC (organisme complémentaire) printed on the tiers-payant card. */
  amc_number: string;
  convention_type: string;
  /** Critère secondaire de routage. */
  csr: string;
  head_office_address: string;
  correspondence_address: string;
  professional_phone: string;
  member_phone: string;
}

export interface ContractTable {
  id: Generated<number>;
  number: string;
  name: string;
  kind: 'collective' | 'individual';
  responsable: boolean;
  effective_date: CalendarDate;
  end_date: CalendarDate | null;
  insurer_id: number;
}

export interface CoverageLineTable {
  id: Generated<number>;
  contract_id: number;
  /** Order of the line in the contract's table. */
  position: number;
  category: CoverageCategory;
  subcategory: string | null;
  label: string;
  /** Practitioner or care condition, e.g. "Signataires OPTAM". */
  condition: string | null;
  value_kind: CoverageValueKind;
  rate_percent: number | null;
  amount_cents: number | null;
  unit: CoverageUnit | null;
  /** At most this many units… */
  limit_count: number | null;
  /** …over this many years, per beneficiary. */
  limit_years: number | null;
  /** Extra condition stated next to the value, in our own words. */
  note: string | null;
}

export interface CoverageFootnoteTable {
  id: Generated<number>;
  contract_id: number;
  /** The reference mark used in the table: "1", "2", "*", "**"… */
  marker: string;
  text: string;
}

export interface CoverageLineFootnoteTable {
  coverage_line_id: number;
  footnote_id: number;
}

export interface EstablishmentTable {
  id: Generated<number>;
  company: string;
  site: string;
  department: string;
  insurer_id: number;
}

export interface ContactTable {
  id: Generated<number>;
  kind: 'reclamation' | 'dpo' | 'cnil' | 'autorite_controle';
  name: string;
  postal_address: string;
  email: string | null;
  website: string | null;
}

export interface MemberTable {
  id: Generated<number>;
  contract_id: number;
  establishment_id: number;
  /** Numéro d'adhérent. */
  member_number: string;
  affiliation_date: CalendarDate;
  termination_date: CalendarDate | null;
}

/** Everyone covered by a membership, the adhérent principal included (rang 1). */
export interface BeneficiaryTable {
  id: Generated<number>;
  member_id: number;
  relation: Relation;
  rang: number;
  last_name: string;
  first_name: string;
  birth_date: CalendarDate;
  created_at: CreatedAt;
}

export interface Database {
  insurers: InsurerTable;
  contracts: ContractTable;
  coverage_lines: CoverageLineTable;
  coverage_footnotes: CoverageFootnoteTable;
  coverage_line_footnotes: CoverageLineFootnoteTable;
  establishments: EstablishmentTable;
  contacts: ContactTable;
  members: MemberTable;
  beneficiaries: BeneficiaryTable;
}

export type Insurer = Selectable<InsurerTable>;
export type Contract = Selectable<ContractTable>;
export type CoverageLine = Selectable<CoverageLineTable>;
export type NewCoverageLine = Insertable<CoverageLineTable>;
export type Beneficiary = Selectable<BeneficiaryTable>;
