import type { CoverageCategory, CoverageUnit } from '../../schema.ts';

/** How the notice states what a line pays. */
export type NoticeCoverageValue =
  | { kind: 'percent_br'; ratePercent: number; unit?: CoverageUnit }
  | { kind: 'fixed_amount'; amountCents: number; unit: CoverageUnit }
  | { kind: 'not_covered' };

/** One row of Annexe 1 of the notice, in table order. */
export interface NoticeCoverageLine {
  category: CoverageCategory;
  /** Group heading inside the category ("Honoraires médicaux et paramédicaux", "Prothèses"…). */
  subcategory: string | null;
  label: string;
  /** "Signataires OPTAM" / "Non signataires OPTAM", or another practitioner condition. */
  condition?: string;
  value: NoticeCoverageValue;
  /** At most `count` units every `years` years per beneficiary ("max 5 / an / bénéf." → 5, 1). */
  limit?: { count: number; years: number };
  /** Short extra condition shown next to the value, in our own words. */
  note?: string;
  /** Markers of the footnotes the line refers to ("1", "10", "*", "**"). */
  footnotes?: string[];
}

export interface NoticeFootnote {
  marker: string;
  /** The footnote's facts, in our own words. */
  text: string;
}

export interface NoticeInsurer {
  code: string;
  name: string;
  amcNumber: string;
  conventionType: string;
  csr: string;
  headOfficeAddress: string;
  correspondenceAddress: string;
  professionalPhone: string;
  memberPhone: string;
}

export interface NoticeEstablishment {
  company: string;
  site: string;
  department: string;
  insurerCode: string;
}

export interface NoticeContact {
  kind: 'reclamation' | 'dpo' | 'cnil' | 'autorite_controle';
  name: string;
  postalAddress: string;
  email?: string;
  website?: string;
}
