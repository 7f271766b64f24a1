import { euros } from '../../server/coverage/format.ts';
import { api, bodyOf, HttpError } from './api.ts';
import { h } from './dom.ts';

/** « Mes remboursements »: the payments of the period chosen, their totals, the CSV and the statements. */
type Listing = Awaited<ReturnType<typeof loadListing>>;

const form = document.getElementById('reimbursements-filter') as HTMLFormElement;
const state = document.getElementById('reimbursements-state')!;
const container = document.getElementById('reimbursements-container')!;
const csvLink = document.getElementById('reimbursements-csv') as HTMLAnchorElement;
const beneficiarySelect = document.getElementById('beneficiaire') as HTMLSelectElement;
const shortDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => h('time', { datetime: iso }, shortDate.format(new Date(`${iso}T00:00:00Z`)));

function filterFromUrl(): Record<string, string> {
  const query = new URLSearchParams(location.search);
  const filter: Record<string, string> = {};
  for (const name of ['du', 'au', 'beneficiaire']) {
    const value = query.get(name);
    if (value) filter[name] = value;
  }
  return filter;
}

async function loadListing(filter: Record<string, string>) {
  return bodyOf(await api.reimbursements.$get({ query: filter }));
}

function draw(listing: Listing): void {
  const { period, reimbursements: rows, totals } = listing;
  (form.elements.namedItem('du') as HTMLInputElement).value = period.from;
  (form.elements.namedItem('au') as HTMLInputElement).value = period.to;
  if (beneficiarySelect.options.length === 1) {
    beneficiarySelect.append(
      ...listing.beneficiaries.map((person) => h('option', { value: String(person.rang) }, `${person.firstName} ${person.lastName}`)),
    );
    beneficiarySelect.value = filterFromUrl()['beneficiaire'] ?? '';
  }
  state.textContent =
    rows.length === 0
      ? 'Aucun paiement sur cette période.'
      : `${rows.length} paiement${rows.length > 1 ? 's' : ''} du ${shortDate.format(new Date(`${period.from}T00:00:00Z`))} au ${shortDate.format(new Date(`${period.to}T00:00:00Z`))} : votre contrat a remboursé ${euros(totals.contractCents)}.`;
  if (rows.length === 0) {
    container.replaceChildren();
    return;
  }
  const columns = ['Soin', 'Soins du', 'Bénéficiaire', 'Dépense', 'Sécurité sociale', 'Votre contrat', 'Reste à charge', 'Payé à', 'Payé le'];
  const amount = (label: string, cents: number) => h('td', { class: 'data-table__amount', 'data-label': label, role: 'cell' }, euros(cents));
  container.replaceChildren(
    h(
      'table',
      { class: 'data-table stacked-table', role: 'table' },
      h('caption', {}, 'Vos remboursements, du plus récent au plus ancien'),
      h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, ...columns.map((column) => h('th', { scope: 'col', role: 'columnheader' }, column)))),
      h(
        'tbody',
        { role: 'rowgroup' },
        ...rows.map((row) =>
          h(
            'tr',
            { role: 'row' },
            h('th', { scope: 'row', role: 'rowheader' }, row.careLabel),
            h('td', { 'data-label': 'Soins du', role: 'cell' }, day(row.careDate)),
            h('td', { 'data-label': 'Bénéficiaire', role: 'cell' }, row.beneficiary.firstName),
            amount('Dépense', row.priceCents),
            amount('Sécurité sociale', row.socialSecurityCents),
            amount('Votre contrat', row.contractCents),
            amount('Reste à charge', row.remainingCents),
            h('td', { 'data-label': 'Payé à', role: 'cell' }, row.paidTo === 'professional' ? 'Au professionnel (tiers payant)' : 'À vous'),
            h('td', { 'data-label': 'Payé le', role: 'cell' }, day(row.paymentDate)),
          ),
        ),
      ),
      h(
        'tfoot',
        { role: 'rowgroup' },
        h(
          'tr',
          { role: 'row' },
          h('th', { scope: 'row', colspan: '3', role: 'rowheader' }, 'Total de la période'),
          amount('Dépense', totals.priceCents),
          amount('Sécurité sociale', totals.socialSecurityCents),
          amount('Votre contrat', totals.contractCents),
          amount('Reste à charge', totals.remainingCents),
          h('td', { colspan: '2', role: 'cell' }),
        ),
      ),
    ),
  );
}

async function show(filter: Record<string, string>): Promise<void> {
  csvLink.href = `/api/reimbursements/export.csv?${new URLSearchParams(filter)}`;
  try {
    draw(await loadListing(filter));
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return;
    state.textContent =
      error instanceof HttpError && error.status === 400
        ? 'Ces dates ne conviennent pas : choisissez une date de début antérieure à la date de fin.'
        : 'Vos remboursements n’ont pas pu être chargés : vérifiez votre connexion puis réessayez.';
  }
}

async function showStatements(): Promise<void> {
  const list = document.getElementById('statements-list')!;
  try {
    const { statements } = await bodyOf(await api.reimbursements.statements.$get());
    list.replaceChildren(
      ...statements.map((statement) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: `/api/reimbursements/statements/${statement.month}`, download: '' },
            `Relevé de ${monthName.format(new Date(`${statement.month}-01T00:00:00Z`))}`,
          ),
          ` (PDF, ${Math.max(1, Math.round(statement.bytes / 1000))} Ko, ${statement.payments} paiement${statement.payments > 1 ? 's' : ''})`,
        ),
      ),
    );
  } catch {
    list.replaceChildren(h('li', {}, 'La liste des relevés n’a pas pu être chargée.'));
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const filter: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) filter[name] = value;
  history.replaceState(null, '', `?${new URLSearchParams(filter)}`);
  state.textContent = 'Chargement…';
  void show(filter);
});

void show(filterFromUrl());
void showStatements();
