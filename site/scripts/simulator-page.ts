import type { CoverageUnit } from '../../db/schema.ts';
import { type CareAct, coverageRule, estimateReimbursement, type Estimate } from '../../server/coverage/estimate.ts';
import { euros } from '../../server/coverage/format.ts';
import { api, bodyOf, type Coverage, type CoverageLine, type MemberCard } from './api.ts';
import { matchesQuery, resultsMessage } from './coverage-search.ts';
import { h } from './dom.ts';
import { clearErrors, focusFieldOfLink, showErrors, summaryOf } from './form-errors.ts';
import { centsFromInput } from './money-input.ts';
import { loadPersonalView, showFreshness } from './personal-data.ts';

/**
 * « Estimer mon remboursement »: the contract's own coverage lines (kept offline with the
 * coverage table) and the computation of server/coverage/estimate.ts, run in the browser.
 */
interface SimulatedLine extends CoverageLine {
  categoryTitle: string;
}

/**
 * Official figures prefilled only where we can say where they come from: the general
 * practitioner's consultation (G) is 30 € since 22 December 2024 (convention médicale of
 * 4 June 2024, approved by the arrêté of 20 June 2024), reimbursed at 70 % by the Assurance
 * maladie (ameli.fr, « Consultation chez le médecin généraliste »). Elsewhere the person types
 * the figures of their statement rather than a guess of ours.
 */
const OFFICIAL_FIGURES: Record<string, { baseCents: number; ratePercent: number; source: string }> = {
  'Généralistes : consultations et visites': {
    baseCents: 3000,
    ratePercent: 70,
    source:
      "Préremplis : consultation de médecine générale à 30 € depuis le 22 décembre 2024 (convention médicale de 2024), remboursée à 70 % par l'Assurance maladie (ameli.fr). Une visite à domicile ou un spécialiste ont une autre base : vérifiez votre décompte.",
  },
};

const UNIT_NOUNS: Record<CoverageUnit, string> = {
  day: 'jours',
  year: 'années',
  session: 'séances',
  eye: 'verres',
  tooth: 'dents',
  equipment: 'équipements',
  lens: 'lentilles',
  prosthesis: 'prothèses',
  vehicle: 'véhicules',
  birth: 'naissances',
};

const form = document.getElementById('simulator-form') as HTMLFormElement;
const state = document.getElementById('simulator-state')!;
const lineSelect = document.getElementById('soin') as HTMLSelectElement;
const beneficiarySelect = document.getElementById('beneficiaire') as HTMLSelectElement;
const search = document.getElementById('recherche') as HTMLInputElement;
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
let lines: SimulatedLine[] = [];
/** What each beneficiary already used of each line, by rang: read once per beneficiary. */
const usageByRang = new Map<string, Promise<Map<number, { units: number; amountCents: number }> | null>>();

function usageOf(rang: string) {
  let usage = usageByRang.get(rang);
  if (!usage) {
    usage = api.reimbursements.usage
      .$get({ query: { beneficiaire: rang } })
      .then(bodyOf)
      .then((body) => new Map(body.usage.map((entry) => [entry.coverageLineId, entry])))
      .catch(() => null);
    usageByRang.set(rang, usage);
  }
  return usage;
}

/** Fills « Déjà utilisé » from the reimbursements when online; offline, the person types it. */
async function fillUsage(): Promise<void> {
  const line = currentLine();
  const source = document.getElementById('deja-source')!;
  if (!line || !(line.value.limit || line.value.unit === 'year') || !beneficiarySelect.value) return;
  const usage = await usageOf(beneficiarySelect.value);
  if (line !== currentLine()) return;
  if (!usage) {
    usageByRang.delete(beneficiarySelect.value);
    source.textContent = 'Vos remboursements ne sont pas disponibles hors ligne : indiquez ce qui a déjà été remboursé.';
    return;
  }
  const used = usage.get(line.id) ?? { units: 0, amountCents: 0 };
  const input = field('deja');
  // Never over what the person typed themselves.
  if (input.value !== '0' && input.value !== input.dataset['prefilled']) return;
  input.value = line.value.unit === 'year' ? euros(used.amountCents).replace(/\s?€$/, '') : String(used.units);
  input.dataset['prefilled'] = input.value;
  source.textContent = 'Prérempli d’après les remboursements déjà reçus par ce bénéficiaire ; vous pouvez le corriger.';
}

function drawLines(query: string): void {
  const selected = lineSelect.value;
  const shown = lines.filter((line) =>
    matchesQuery([line.categoryTitle, line.subcategory, line.label, line.condition].filter(Boolean).join(' '), query),
  );
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const line of shown) {
    const group = groups.get(line.categoryTitle) ?? h('optgroup', { label: line.categoryTitle });
    groups.set(line.categoryTitle, group);
    group.append(h('option', { value: String(line.id) }, line.condition ? `${line.label} — ${line.condition}` : line.label));
  }
  lineSelect.replaceChildren(...groups.values());
  if (shown.some((line) => String(line.id) === selected)) lineSelect.value = selected;
  document.getElementById('recherche-resultats')!.textContent = query.trim() ? resultsMessage(shown.length) : '';
  describeLine();
}

function currentLine(): SimulatedLine | undefined {
  return lines.find((line) => String(line.id) === lineSelect.value);
}

/** What the chosen line pays, and the fields it needs. */
function describeLine(): void {
  const line = currentLine();
  const value = line?.value;
  document.getElementById('soin-garantie')!.textContent = line ? `Votre contrat : ${line.display}.${line.note ? ` ${line.note}.` : ''}` : '';
  const perUnit = value?.kind === 'fixed_amount' && value.unit !== undefined && value.unit !== 'year';
  const limited = Boolean(value?.limit) || value?.unit === 'year';
  toggle('per-unit', perUnit);
  toggle('limited', limited);
  if (perUnit) field('nombre').labels![0]!.textContent = `Nombre de ${UNIT_NOUNS[value!.unit!]}`;
  if (limited) {
    field('deja').labels![0]!.textContent =
      value?.unit === 'year'
        ? 'Déjà remboursé cette année sur ce forfait, en euros'
        : `Déjà remboursé${value!.limit!.years === 1 ? ' cette année' : ` ces ${value!.limit!.years} dernières années`} : nombre de ${UNIT_NOUNS[value!.unit!]}`;
  }
  const official = line ? OFFICIAL_FIGURES[line.label] : undefined;
  const sourceNote = document.getElementById('valeurs-officielles')!;
  sourceNote.hidden = !official;
  sourceNote.textContent = official?.source ?? '';
  if (official && !field('base').value && !field('taux').value) {
    field('base').value = euros(official.baseCents).replace(/\s?€$/, '');
    field('taux').value = String(official.ratePercent);
  }
  void fillUsage();
}

function toggle(name: string, shown: boolean): void {
  for (const element of form.querySelectorAll<HTMLElement>(`[data-when="${name}"]`)) element.hidden = !shown;
}

/** The act as typed, or the French message of each field to correct. */
function readAct(line: SimulatedLine): { act: CareAct } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const amount = (id: string, message: string) => {
    const cents = centsFromInput(field(id).value);
    if (cents === null) errors[id] = message;
    return cents ?? 0;
  };
  const whole = (id: string, message: string, max: number) => {
    const text = field(id).value.trim();
    const value = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= 0 && value <= max)) errors[id] = message;
    return Number.isNaN(value) ? 0 : value;
  };
  const priceCents = amount('prix', 'Indiquez le prix payé en euros, par exemple 60 ou 59,90.');
  const baseCents = amount('base', 'Indiquez la base de remboursement en euros, ou 0 si le soin n’est pas remboursé par la Sécurité sociale.');
  const socialSecurityRatePercent = whole('taux', 'Indiquez le taux de la Sécurité sociale, un nombre entier de 0 à 100.', 100);
  const socialSecurityDeductionsCents = amount('retenues', 'Indiquez les retenues en euros, ou 0.');
  const otherReimbursementsCents = amount('autres', 'Indiquez ce qu’un autre organisme a remboursé, en euros, ou 0.');
  const perUnit = !form.querySelector<HTMLElement>('[data-when="per-unit"]')!.hidden;
  const units = perUnit ? whole('nombre', 'Indiquez un nombre entier, de 1 à 365.', 365) : 1;
  if (perUnit && units === 0) errors['nombre'] = 'Indiquez un nombre entier, de 1 à 365.';
  const limited = !form.querySelector<HTMLElement>('[data-when="limited"]')!.hidden;
  const yearly = line.value.unit === 'year';
  const used = limited
    ? yearly
      ? { units: 0, amountCents: amount('deja', 'Indiquez le montant déjà remboursé en euros, ou 0.') }
      : { units: whole('deja', 'Indiquez un nombre entier, ou 0.', 999), amountCents: 0 }
    : { units: 0, amountCents: 0 };
  if (Object.keys(errors).length > 0) return { errors };
  return {
    act: { priceCents, baseCents, socialSecurityRatePercent, socialSecurityDeductionsCents, otherReimbursementsCents, units, alreadyUsed: used },
  };
}

function showEstimate(line: SimulatedLine, priceCents: number, estimate: Estimate): void {
  const who = beneficiarySelect.selectedOptions[0]?.textContent ?? '';
  const parts: [string, number][] = [
    ['Prix payé', priceCents],
    ['Remboursé par la Sécurité sociale', estimate.socialSecurityCents],
    ...(estimate.otherCents > 0 ? ([['Remboursé par un autre organisme', estimate.otherCents]] as [string, number][]) : []),
    ['Remboursé par votre contrat', estimate.contractCents],
    ['Reste à votre charge', estimate.remainingCents],
  ];
  document.getElementById('simulator-parts')!.replaceChildren(...parts.flatMap(([label, cents]) => [h('dt', {}, label), h('dd', {}, euros(cents))]));
  document.getElementById('simulator-steps')!.replaceChildren(...estimate.steps.map((step) => h('li', {}, step)));
  document.getElementById('simulator-result')!.hidden = false;
  document.getElementById('simulator-summary')!.textContent =
    `Estimation pour ${line.label}${who ? `, ${who}` : ''} : Sécurité sociale ${euros(estimate.socialSecurityCents)}, votre contrat ${euros(estimate.contractCents)}, reste à votre charge ${euros(estimate.remainingCents)}.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(form);
  const line = currentLine();
  if (!line) {
    showErrors(form, { message: 'Choisissez un type de soin.', fields: { soin: 'Choisissez un type de soin dans la liste.' } });
    return;
  }
  const result = readAct(line);
  if ('errors' in result) {
    showErrors(form, { message: 'Certaines informations sont à corriger.', fields: result.errors });
    return;
  }
  showEstimate(line, result.act.priceCents, estimateReimbursement(coverageRule(line.value, line.label), result.act));
});
summaryOf(form).addEventListener('click', focusFieldOfLink);
search.addEventListener('input', () => drawLines(search.value));
lineSelect.addEventListener('change', describeLine);
beneficiarySelect.addEventListener('change', () => void fillUsage());

void loadPersonalView<Coverage>(
  '/api/coverage',
  lineSelect,
  (coverage, fromCache) => {
    lines = coverage.categories.flatMap((category) => category.lines.map((line) => ({ ...line, categoryTitle: category.title })));
    drawLines('');
    form.hidden = false;
    state.hidden = true;
    showFreshness(document.getElementById('simulator-freshness'), coverage.updatedAt, fromCache);
  },
  () => {
    state.textContent = 'Vos garanties n’ont pas pu être chargées : vérifiez votre connexion puis rechargez la page.';
  },
);

void loadPersonalView<MemberCard>(
  '/api/card',
  beneficiarySelect,
  (card) => {
    beneficiarySelect.replaceChildren(
      ...card.beneficiaries.map((person) => h('option', { value: String(person.rang) }, `${person.firstName} ${person.lastName}`)),
    );
  },
  () => undefined,
);
