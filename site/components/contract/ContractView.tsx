import { For, Show } from 'solid-js';
import { monthName } from '../../../domain/french-dates.ts';
import { euros } from '../../../domain/money.ts';
import { api, type ContractView as Contract } from '../../scripts/api.ts';
import { LongDate } from '../Dates.tsx';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';

type Contributions = NonNullable<Contract['contributions']>;

const PAYMENT_METHODS: Record<Contributions['method'], string> = {
  payroll: 'prélevée sur votre bulletin de salaire',
  direct_debit: 'prélevée sur votre compte bancaire',
};

/** « Mon contrat »: the contract, the cotisation and its payments, the people covered. */
export default function ContractView() {
  const contract = createPersonalData(() => api.contract.$get());
  return (
    <PersonalView name="contrat" resource={contract} loading="Chargement de votre contrat…" failed="Votre contrat n’a pas pu être chargé">
      {(view) => (
        <>
          <section aria-labelledby="contrat-titre">
            <h2 id="contrat-titre">{view().contract.name}</h2>
            <dl>
              <dt>Numéro de contrat</dt>
              <dd>{view().contract.number}</dd>
              <dt>Organisme assureur</dt>
              <dd>{view().contract.insurer}</dd>
              <dt>En vigueur depuis le</dt>
              <dd>
                <LongDate iso={view().contract.effectiveDate} />
              </dd>
              <dt>Numéro d'adhérent</dt>
              <dd>{view().membership.memberNumber}</dd>
              <dt>Adhésion le</dt>
              <dd>
                <LongDate iso={view().membership.affiliationDate} />
              </dd>
              <Show when={view().membership.terminationDate}>
                {(end) => (
                  <>
                    <dt>Fin de l’adhésion le</dt>
                    <dd>
                      <LongDate iso={end()} />
                    </dd>
                  </>
                )}
              </Show>
              <dt>Catégorie de cotisation</dt>
              <dd>« {view().category.label} »</dd>
            </dl>
            <p>Cette catégorie (article 9 de la notice) correspond à :</p>
            <ul>
              <For each={view().category.situations}>{(situation) => <li>{situation}</li>}</For>
            </ul>
          </section>
          <Show when={view().contributions} fallback={<p>La cotisation est gérée par l’adhérent principal.</p>}>
            {(contributions) => <ContributionsSection contributions={contributions()} />}
          </Show>
          <section aria-labelledby="beneficiaires-titre">
            <h2 id="beneficiaires-titre">{view().beneficiaries.length > 1 ? 'Les personnes couvertes' : 'Personne couverte'}</h2>
            <ul>
              <For each={view().beneficiaries}>
                {(person) => (
                  <li>
                    <strong>
                      {person.firstName} {person.lastName}
                    </strong>{' '}
                    — {person.relation}, rang {person.rang}, né(e) le <LongDate iso={person.birthDate} />
                  </li>
                )}
              </For>
            </ul>
          </section>
        </>
      )}
    </PersonalView>
  );
}

function ContributionsSection(props: { contributions: Contributions }) {
  return (
    <section aria-labelledby="cotisation-titre">
      <h2 id="cotisation-titre">Ma cotisation</h2>
      <p>{euros(props.contributions.monthlyCents)} par mois, {PAYMENT_METHODS[props.contributions.method]}.</p>
      <Show
        when={props.contributions.status === 'late'}
        fallback={
          <p class="notice">
            <strong>À jour</strong> : aucune cotisation en retard.
          </p>
        }
      >
        <div class="notice notice--error">
          <p>
            <strong>En retard</strong> : {euros(props.contributions.lateCents)} restent à payer.
          </p>
          <ul>
            <For each={props.contributions.late}>
              {(call) => (
                <li>
                  {monthName(call.period)} : {euros(call.amountCents)}, dû le <LongDate iso={call.dueDate} />
                </li>
              )}
            </For>
          </ul>
          <p>
            Sans paiement, les garanties peuvent être suspendues 40 jours après l’échéance (article 11.3 de la notice). Contactez
            votre centre de gestion.
          </p>
        </div>
      </Show>
      <table class="data-table stacked-table" role="table">
        <caption>Derniers appels de cotisation</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">Mois</th>
            <th scope="col" role="columnheader">Montant</th>
            <th scope="col" role="columnheader">Échéance</th>
            <th scope="col" role="columnheader">Payée le</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          <For each={props.contributions.recent}>
            {(call) => (
              <tr role="row">
                <th scope="row" role="rowheader">{monthName(call.period)}</th>
                <td class="data-table__amount" data-label="Montant" role="cell">{euros(call.amountCents)}</td>
                <td data-label="Échéance" role="cell">
                  <LongDate iso={call.dueDate} />
                </td>
                <td data-label="Payée le" role="cell">
                  <Show when={call.paidOn} fallback="Non payée">
                    {(paidOn) => <LongDate iso={paidOn()} />}
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
