import type { Kysely, Transaction } from 'kysely';
import { type CareAct, coverageRule, estimateReimbursement } from '../../server/coverage/estimate.ts';
import { coverageValue } from '../../server/coverage/format.ts';
import type { CoverageLine, Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** How far back the demonstration history goes, in months. */
const HISTORY_MONTHS = 19;

/**
 * Kinds of care a household meets in a year, with invented but plausible prices. The contract's
 * part of each is computed from the real coverage line by the same module as the simulator.
 * `perYear` is how many times a year one person has it, on average.
 */
interface CareKind {
  careLabel: string;
  line: { label: string; condition?: string };
  /** Price of one unit, between these two. */
  priceCents: [number, number];
  /** Sécurité sociale base of one unit; 'price' when it is the price itself (medicines). */
  baseCents: number | 'price';
  socialSecurityRatePercent: number;
  deductionsCents: number;
  units: [number, number];
  perYear: number;
  paidTo: 'member' | 'professional';
  /** Only for these relations (a pill for adults, braces for a child…). */
  only?: ('adherent' | 'conjoint' | 'enfant')[];
}

const CARE_KINDS: CareKind[] = [
  {
    careLabel: 'Consultation de médecine générale',
    line: { label: 'Généralistes : consultations et visites', condition: 'Signataires OPTAM' },
    priceCents: [3000, 3000],
    baseCents: 3000,
    socialSecurityRatePercent: 70,
    deductionsCents: 200,
    units: [1, 1],
    perYear: 4,
    paidTo: 'member',
  },
  {
    careLabel: 'Consultation de spécialiste',
    line: { label: 'Spécialistes : consultations et visites', condition: 'Non signataires OPTAM' },
    priceCents: [6000, 9000],
    baseCents: 3150,
    socialSecurityRatePercent: 70,
    deductionsCents: 200,
    units: [1, 1],
    perYear: 1.5,
    paidTo: 'member',
  },
  {
    careLabel: 'Médicaments sur ordonnance',
    line: { label: 'Médicaments prescrits' },
    priceCents: [800, 4500],
    baseCents: 'price',
    socialSecurityRatePercent: 65,
    deductionsCents: 0,
    units: [1, 1],
    perYear: 5,
    paidTo: 'professional',
  },
  {
    careLabel: 'Soins dentaires',
    line: { label: 'Soins dentaires (y compris chirurgie dentaire)' },
    priceCents: [2900, 6500],
    baseCents: 2892,
    socialSecurityRatePercent: 60,
    deductionsCents: 0,
    units: [1, 1],
    perYear: 1,
    paidTo: 'member',
  },
  {
    careLabel: 'Séance d’ostéopathie',
    line: { label: 'Ostéopathie, chiropractie, étiopathie, acupuncture' },
    priceCents: [5500, 7000],
    baseCents: 0,
    socialSecurityRatePercent: 0,
    deductionsCents: 0,
    units: [1, 1],
    perYear: 2,
    paidTo: 'member',
    only: ['adherent', 'conjoint'],
  },
  {
    careLabel: 'Verres correcteurs (paire)',
    line: { label: 'Verre blanc simple sphérique', condition: 'Sphère de -6 à +6' },
    priceCents: [12000, 22000],
    baseCents: 10,
    socialSecurityRatePercent: 60,
    deductionsCents: 0,
    units: [2, 2],
    perYear: 0.5,
    paidTo: 'professional',
  },
  {
    careLabel: 'Chambre particulière',
    line: { label: 'Chambre particulière (y compris maternité)' },
    priceCents: [16000, 27000],
    baseCents: 0,
    socialSecurityRatePercent: 0,
    deductionsCents: 0,
    units: [2, 3],
    perYear: 0.3,
    paidTo: 'professional',
    only: ['adherent', 'conjoint'],
  },
  {
    careLabel: 'Contraception non remboursée',
    line: { label: 'Pilule contraceptive et autres moyens de contraception non remboursés par la Sécurité sociale' },
    priceCents: [1200, 1800],
    baseCents: 0,
    socialSecurityRatePercent: 0,
    deductionsCents: 0,
    units: [1, 1],
    perYear: 4,
    paidTo: 'member',
    only: ['adherent'],
  },
];

/** A small deterministic generator (mulberry32): the same history at every seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 24 * 3600 * 1000);

/**
 * Nineteen months of reimbursements up to `today` for every demonstration beneficiary, each
 * priced by its coverage line, limits and yearly allowances included.
 */
export async function seedDemoReimbursements(db: Executor, contractId: number, today = new Date()): Promise<void> {
  const lines = await db.selectFrom('coverage_lines').selectAll().where('contract_id', '=', contractId).execute();
  const people = await db
    .selectFrom('beneficiaries')
    .innerJoin('members', 'members.id', 'beneficiaries.member_id')
    .select(['beneficiaries.id', 'beneficiaries.relation', 'members.affiliation_date'])
    .where('members.contract_id', '=', contractId)
    .orderBy('beneficiaries.id')
    .execute();
  const historyStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - HISTORY_MONTHS, today.getUTCDate()));

  for (const person of people) {
    const next = random(person.id * 7919);
    const start = new Date(Math.max(historyStart.getTime(), Date.parse(person.affiliation_date)));
    const days = Math.floor((today.getTime() - start.getTime()) / (24 * 3600 * 1000));
    // A first visit to the doctor in the first weeks, so that every history spans the whole period.
    const acts: { date: Date; kind: CareKind }[] = [{ date: addDays(start, Math.floor(next() * 14)), kind: CARE_KINDS[0]! }];
    for (const kind of CARE_KINDS) {
      if (kind.only && !kind.only.includes(person.relation)) continue;
      const count = Math.round((kind.perYear * days) / 365 + next() - 0.5);
      for (let index = 0; index < count; index += 1) acts.push({ date: addDays(start, Math.floor(next() * days)), kind });
    }
    acts.sort((a, b) => a.date.getTime() - b.date.getTime());

    const used = new Map<string, { year: number; units: number; amountCents: number }>();
    const rows = acts.map(({ date, kind }) => {
      const line = findLine(lines, kind);
      const units = kind.units[0] + Math.floor(next() * (kind.units[1] - kind.units[0] + 1));
      const priceCents = roundToTenCents(kind.priceCents[0] + next() * (kind.priceCents[1] - kind.priceCents[0])) * units;
      const key = `${line.id}`;
      const year = date.getUTCFullYear();
      const soFar = used.get(key)?.year === year ? used.get(key)! : { year, units: 0, amountCents: 0 };
      const act: CareAct = {
        priceCents,
        baseCents: kind.baseCents === 'price' ? priceCents : kind.baseCents * units,
        socialSecurityRatePercent: kind.socialSecurityRatePercent,
        socialSecurityDeductionsCents: kind.deductionsCents,
        otherReimbursementsCents: 0,
        units,
        alreadyUsed: { units: soFar.units, amountCents: soFar.amountCents },
      };
      const estimate = estimateReimbursement(coverageRule(coverageValue(line), line.label), act);
      used.set(key, { year, units: soFar.units + units, amountCents: soFar.amountCents + estimate.contractCents });
      return {
        beneficiary_id: person.id,
        coverage_line_id: line.id,
        care_date: isoDate(date),
        care_label: kind.careLabel,
        units,
        price_cents: priceCents,
        base_cents: act.baseCents,
        social_security_cents: estimate.socialSecurityCents,
        other_cents: estimate.otherCents,
        contract_cents: estimate.contractCents,
        remaining_cents: estimate.remainingCents,
        paid_to: kind.paidTo,
        payment_date: isoDate(new Date(Math.min(today.getTime(), addDays(date, 2 + Math.floor(next() * 9)).getTime()))),
      };
    });
    if (rows.length > 0) await db.insertInto('reimbursements').values(rows).execute();
  }
}

function findLine(lines: CoverageLine[], kind: CareKind): CoverageLine {
  const line = lines.find(
    (candidate) => candidate.label === kind.line.label && (kind.line.condition === undefined || candidate.condition === kind.line.condition),
  );
  if (!line) throw new Error(`No coverage line "${kind.line.label}" for the demonstration history`);
  return line;
}

function roundToTenCents(cents: number): number {
  return Math.round(cents / 10) * 10;
}
