import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { DisplayPreferences } from '../domain/display-preferences.ts';
import type { RequestStatus, RequestType } from '../domain/request-types.ts';

export type { RequestStatus, RequestType };

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

/** How the coverage table names its categories, on the page and in the API alike. */
export const COVERAGE_CATEGORY_TITLES: Record<CoverageCategory, string> = {
  hospitalisation: 'Hospitalisation',
  soins_courants: 'Soins courants',
  dentaire: 'Dentaire',
  optique: 'Optique',
  aides_auditives: 'Aides auditives',
  autres_prestations: 'Autres prestations',
};

/**
 * How a coverage line is paid:
 * - percent_br: `rate_percent` % of the Sécurité sociale base (BR), this contract's own part, paid on
 *   top of the Sécurité sociale and of the base collective contract (the notice is a supplement);
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

export interface AccountTable {
  id: Generated<number>;
  beneficiary_id: number;
  /** Always stored in lower case: the sign-in identifier. */
  email: string;
  password_hash: string;
  created_at: CreatedAt;
  password_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CguAcceptanceTable {
  id: Generated<number>;
  account_id: number;
  version: string;
  accepted_at: CreatedAt;
}

export interface SessionTable {
  id: Generated<number>;
  account_id: number;
  /** SHA-256 of the cookie's token: the token itself is never stored. */
  token_hash: string;
  device: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: ColumnType<Date, Date | string, never>;
  /** Until when sensitive operations are allowed without a new e-mailed code. */
  step_up_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type AuthTokenPurpose = 'activation' | 'password_reset' | 'email_change';

/** Single-use links sent by e-mail. */
export interface AuthTokenTable {
  id: Generated<number>;
  purpose: AuthTokenPurpose;
  token_hash: string;
  beneficiary_id: number;
  /** The address the link was sent to (for activation and e-mail change, the future sign-in e-mail). */
  email: string;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, never>;
  used_at: ColumnType<Date | null, never, Date | string>;
}

export interface StepUpCodeTable {
  id: Generated<number>;
  session_id: number;
  code_hash: string;
  attempts: Generated<number>;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, never>;
  used_at: ColumnType<Date | null, never, Date | string>;
}

export interface OutboxTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  text_body: string;
  created_at: CreatedAt;
}

/** Failure counters shared by every server instance. */
export interface RateLimitTable {
  key: string;
  failures: number;
  window_started_at: ColumnType<Date, Date | string, Date | string>;
  blocked_until: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface AuditLogTable {
  id: Generated<number>;
  account_id: number | null;
  action: string;
  /** Which fields changed, never their values when they are secret or medical. */
  details: ColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
}

/** Kinds of care for which the card lets the member skip the advance of costs, in card order. */
export interface TiersPayantDomainTable {
  id: Generated<number>;
  contract_id: number;
  position: number;
  /** Short code printed on the card, e.g. "PHAR". */
  code: string;
  label: string;
}

/** The display settings of an account, so that they follow the person to another device. */
export interface DisplayPreferencesTable {
  account_id: number;
  contrast: DisplayPreferences['contrast'];
  theme: DisplayPreferences['theme'];
  font: DisplayPreferences['font'];
  motion: DisplayPreferences['motion'];
  text_size: number;
  /** When the person made the change, on their device. */
  updated_at: Date;
}

/** Proof of a cookie choice: which choice, on which text, when. Nothing that identifies a person. */
export interface ConsentRecordTable {
  id: Generated<number>;
  consent_id: string;
  audience: boolean;
  text_version: string;
  decided_at: CreatedAt;
}

/** First-party audience measurement: views per page and day, counted only with consent. */
export interface PageViewCountTable {
  day: CalendarDate;
  path: string;
  views: number;
}

/** One payment for one act of care, with the parts of each payer; they add up to the price. */
export interface ReimbursementTable {
  id: Generated<number>;
  beneficiary_id: number;
  coverage_line_id: number;
  care_date: CalendarDate;
  /** The act as the statement names it, e.g. "Consultation de médecin généraliste". */
  care_label: string;
  units: number;
  price_cents: number;
  base_cents: number;
  social_security_cents: number;
  other_cents: number;
  contract_cents: number;
  remaining_cents: number;
  paid_to: 'member' | 'professional';
  payment_date: CalendarDate;
}

/** A monthly call for contributions (notice art. 9 to 11) and when it was paid. */
export interface ContributionCallTable {
  id: Generated<number>;
  member_id: number;
  /** YYYY-MM */
  period: string;
  category: 'isole' | 'duo_plus' | 'famille';
  amount_cents: number;
  due_date: CalendarDate;
  paid_on: CalendarDate | null;
  method: 'payroll' | 'direct_debit';
}

/** Something a member asked online; its status history, messages and attachments hang from it. */
export interface RequestTable {
  id: Generated<number>;
  beneficiary_id: number;
  type: RequestType;
  subject: string;
  created_at: CreatedAt;
}

export interface RequestEventTable {
  id: Generated<number>;
  request_id: number;
  status: RequestStatus;
  at: CreatedAt;
}

export interface RequestMessageTable {
  id: Generated<number>;
  request_id: number;
  author: 'member' | 'advisor';
  body: string;
  at: CreatedAt;
}

export interface RequestAttachmentTable {
  id: Generated<number>;
  request_id: number;
  /** As sent, only ever shown as text and in a quoted download name. */
  file_name: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  content: Uint8Array;
}

export interface ProfileTable {
  beneficiary_id: number;
  postal_address: string | null;
  phone: string | null;
  /** Numéro de sécurité sociale, normalised (15 characters). */
  nir: string | null;
  /** Caisse d'assurance maladie. */
  affiliation_fund: string | null;
  documents_channel: Generated<'electronique' | 'papier'>;
  magazine: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface BankAccountTable {
  member_id: number;
  /** Normalised, never sent back whole: see maskedIban(). */
  iban: string;
  updated_at: Generated<Date>;
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
  accounts: AccountTable;
  cgu_acceptances: CguAcceptanceTable;
  sessions: SessionTable;
  auth_tokens: AuthTokenTable;
  step_up_codes: StepUpCodeTable;
  outbox: OutboxTable;
  rate_limits: RateLimitTable;
  audit_log: AuditLogTable;
  tiers_payant_domains: TiersPayantDomainTable;
  display_preferences: DisplayPreferencesTable;
  consent_records: ConsentRecordTable;
  page_view_counts: PageViewCountTable;
  reimbursements: ReimbursementTable;
  contribution_calls: ContributionCallTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  request_messages: RequestMessageTable;
  request_attachments: RequestAttachmentTable;
  profiles: ProfileTable;
  bank_accounts: BankAccountTable;
}

export type Insurer = Selectable<InsurerTable>;
export type Contract = Selectable<ContractTable>;
export type CoverageLine = Selectable<CoverageLineTable>;
export type NewCoverageLine = Insertable<CoverageLineTable>;
export type Beneficiary = Selectable<BeneficiaryTable>;
