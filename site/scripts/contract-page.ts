import { euros } from '../../server/coverage/format.ts';
import { api, bodyOf, HttpError, type ContractView } from './api.ts';
import { h } from './dom.ts';

/** « Mon contrat »: the contract, the cotisation and its payments, the people covered. */
const state = document.getElementById('contract-state')!;
const container = document.getElementById('contract-container')!;
const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => h('time', { datetime: iso }, longDate.format(new Date(`${iso}T00:00:00Z`)));
const month = (period: string) => monthName.format(new Date(`${period}-01T00:00:00Z`));

function entries(pairs: [string, Node | string][]): HTMLDListElement {
  return h('dl', { class: 'contract-facts' }, ...pairs.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function contributionsSection(contributions: NonNullable<ContractView['contributions']>): HTMLElement {
  const method = contributions.method === 'payroll' ? 'prélevée sur votre bulletin de salaire' : 'prélevée sur votre compte bancaire';
  const status =
    contributions.status === 'up_to_date'
      ? h('p', { class: 'notice' }, h('strong', {}, 'À jour'), ' : aucune cotisation en retard.')
      : h(
          'div',
          { class: 'notice notice--error' },
          h('p', {}, h('strong', {}, 'En retard'), ` : ${euros(contributions.lateCents)} restent à payer.`),
          h('ul', {}, ...contributions.late.map((call) => h('li', {}, `${month(call.period)} : ${euros(call.amountCents)}, dû le `, day(call.dueDate)))),
          h('p', {}, 'Sans paiement, les garanties peuvent être suspendues 40 jours après l’échéance (article 11.3 de la notice). Contactez votre centre de gestion.'),
        );
  return h(
    'section',
    { 'aria-labelledby': 'cotisation-titre' },
    h('h2', { id: 'cotisation-titre' }, 'Ma cotisation'),
    h('p', {}, `${euros(contributions.monthlyCents)} par mois, ${method}.`),
    status,
    h(
      'table',
      { class: 'data-table stacked-table', role: 'table' },
      h('caption', {}, 'Derniers appels de cotisation'),
      h(
        'thead',
        { role: 'rowgroup' },
        h('tr', { role: 'row' }, ...['Mois', 'Montant', 'Échéance', 'Payée le'].map((column) => h('th', { scope: 'col', role: 'columnheader' }, column))),
      ),
      h(
        'tbody',
        { role: 'rowgroup' },
        ...contributions.recent.map((call) =>
          h(
            'tr',
            { role: 'row' },
            h('th', { scope: 'row', role: 'rowheader' }, month(call.period)),
            h('td', { class: 'data-table__amount', 'data-label': 'Montant', role: 'cell' }, euros(call.amountCents)),
            h('td', { 'data-label': 'Échéance', role: 'cell' }, day(call.dueDate)),
            h('td', { 'data-label': 'Payée le', role: 'cell' }, call.paidOn ? day(call.paidOn) : 'Non payée'),
          ),
        ),
      ),
    ),
  );
}

function draw(view: ContractView): void {
  container.replaceChildren(
    h(
      'section',
      { 'aria-labelledby': 'contrat-titre' },
      h('h2', { id: 'contrat-titre' }, view.contract.name),
      entries([
        ['Numéro de contrat', view.contract.number],
        ['Organisme assureur', view.contract.insurer],
        ['En vigueur depuis le', day(view.contract.effectiveDate)],
        ["Numéro d'adhérent", view.membership.memberNumber],
        ['Adhésion le', day(view.membership.affiliationDate)],
        ...(view.membership.terminationDate ? ([['Fin de l’adhésion le', day(view.membership.terminationDate)]] as [string, Node][]) : []),
        ['Catégorie de cotisation', `« ${view.category.label} »`],
      ]),
      h('p', {}, 'Cette catégorie (article 9 de la notice) correspond à :'),
      h('ul', {}, ...view.category.situations.map((situation) => h('li', {}, situation))),
    ),
    view.contributions ? contributionsSection(view.contributions) : h('p', {}, 'La cotisation est gérée par l’adhérent principal.'),
    h(
      'section',
      { 'aria-labelledby': 'beneficiaires-titre' },
      h('h2', { id: 'beneficiaires-titre' }, view.beneficiaries.length > 1 ? 'Les personnes couvertes' : 'Personne couverte'),
      h(
        'ul',
        { class: 'contract-people' },
        ...view.beneficiaries.map((person) =>
          h('li', {}, h('strong', {}, `${person.firstName} ${person.lastName}`), ` — ${person.relation}, rang ${person.rang}, né(e) le `, day(person.birthDate)),
        ),
      ),
    ),
  );
  state.hidden = true;
}

api.contract.$get().then(bodyOf).then(draw, (error: unknown) => {
  if (error instanceof HttpError && error.status === 401) return;
  state.textContent = 'Votre contrat n’a pas pu être chargé : vérifiez votre connexion puis rechargez la page.';
});
