import type { CoverageLine, CoverageUnit, CoverageValueKind } from '../../db/schema.ts';
import { euros } from '../../domain/money.ts';

export { euros };

export interface CoverageValue {
  kind: CoverageValueKind;
  ratePercent?: number;
  amountCents?: number;
  unit?: CoverageUnit;
  limit?: { count: number; years: number };
}

/** A coverage line's value, without its empty columns. */
export function coverageValue(line: CoverageLine): CoverageValue {
  return {
    kind: line.value_kind,
    ...(line.rate_percent !== null && { ratePercent: line.rate_percent }),
    ...(line.amount_cents !== null && { amountCents: line.amount_cents }),
    ...(line.unit !== null && { unit: line.unit }),
    ...(line.limit_count !== null && line.limit_years !== null && { limit: { count: line.limit_count, years: line.limit_years } }),
  };
}

/**
 * How each unit reads after "par", and how a limit counts it. A limit repeats the noun for things
 * (2 dents) but not for sessions or days, as the notice words it (5 par an).
 */
const UNITS: Record<CoverageUnit, { per: string; counted?: (count: number) => string }> = {
  day: { per: 'par jour' },
  year: { per: 'par an' },
  session: { per: 'par séance' },
  eye: { per: 'par œil', counted: (count) => (count > 1 ? 'yeux' : 'œil') },
  tooth: { per: 'par dent', counted: (count) => (count > 1 ? 'dents' : 'dent') },
  equipment: { per: 'par équipement', counted: (count) => (count > 1 ? 'équipements' : 'équipement') },
  lens: { per: 'par lentille', counted: (count) => (count > 1 ? 'lentilles' : 'lentille') },
  prosthesis: { per: 'par prothèse', counted: (count) => (count > 1 ? 'prothèses' : 'prothèse') },
  vehicle: { per: 'par véhicule', counted: (count) => (count > 1 ? 'véhicules' : 'véhicule') },
  birth: { per: 'par naissance', counted: (count) => (count > 1 ? 'naissances' : 'naissance') },
};

// No-break spaces keep a number with its sign on one line; grouping uses the narrow one (fr-FR).
const NBSP = '\u00a0';

/** The French reading of what a coverage line pays: "380 % BR", "10 € par séance, 5 par an au plus"… */
export function displayValue(value: CoverageValue): string {
  if (value.kind === 'not_covered') return 'Non couvert';
  const amount = value.kind === 'percent_br' ? `${value.ratePercent}${NBSP}% BR` : euros(value.amountCents!);
  const parts = [value.unit ? `${amount} ${UNITS[value.unit].per}` : amount];
  if (value.limit) parts.push(limitText(value.limit, value.unit));
  return parts.join(', ');
}

function limitText({ count, years }: { count: number; years: number }, unit: CoverageUnit | undefined): string {
  const noun = unit ? UNITS[unit].counted?.(count) : undefined;
  const period = years === 1 ? 'par an' : `tous les ${years} ans`;
  return `${noun ? `${count} ${noun}` : count} ${period} au plus`;
}
