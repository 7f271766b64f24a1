import { createMemo, createSignal, For, onMount } from 'solid-js';
import { euros } from '../../../domain/money.ts';
import { api } from '../../scripts/api.ts';
import { ShortDate } from '../Dates.tsx';
import { createPersonalResource, onScreen } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { filterFromQuery, queryOf, type ReimbursementFilter } from './filter.ts';
import styles from './ReimbursementList.module.css';
import { paymentsSummary } from './summary.ts';

const PAID_TO = { professional: 'Au professionnel (tiers payant)', member: 'À vous' } as const;

/**
 * « Mes remboursements »: the payments of the period chosen, their totals and the CSV of the same
 * selection. The filter lives in the address, so a reload or a shared link shows the same list;
 * without JavaScript the form sends the same address.
 */
export default function ReimbursementList() {
  const [filter, setFilter] = createSignal<ReimbursementFilter>();
  onMount(() => setFilter(filterFromQuery(location.search)));
  const listing = createPersonalResource(filter, ({ beneficiaire, ...period }) =>
    api.reimbursements.$get({ query: { ...period, ...(beneficiaire && { beneficiaire: Number(beneficiaire) }) } }),
  );
  const latest = createMemo(() => onScreen(listing)?.data);

  const apply = (form: HTMLFormElement) => {
    const chosen = [...new FormData(form)].map(([name, value]) => [name, String(value)]);
    const next = filterFromQuery(new URLSearchParams(chosen).toString());
    history.replaceState(null, '', queryOf(next) || location.pathname);
    setFilter(next);
  };

  return (
    <>
      <form
        class="form"
        method="get"
        action="/remboursements"
        onSubmit={(event) => {
          event.preventDefault();
          apply(event.currentTarget);
        }}
      >
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Afficher</legend>
          <div class={styles.fields}>
            <div class="field">
              <label class="field-label" for="du">Payés depuis le</label>
              <input class="input" type="date" id="du" name="du" value={latest()?.period.from ?? filter()?.du ?? ''} />
            </div>
            <div class="field">
              <label class="field-label" for="au">Jusqu'au</label>
              <input class="input" type="date" id="au" name="au" value={latest()?.period.to ?? filter()?.au ?? ''} />
            </div>
            <div class="field">
              <label class="field-label" for="beneficiaire">Bénéficiaire</label>
              <select class="input" id="beneficiaire" name="beneficiaire">
                <option value="">Tous</option>
                <For each={latest()?.beneficiaries}>
                  {(person) => (
                    <option value={person.rang} selected={String(person.rang) === filter()?.beneficiaire}>
                      {person.firstName} {person.lastName}
                    </option>
                  )}
                </For>
              </select>
            </div>
          </div>
        </fieldset>
        <button class="button" type="submit">Afficher les remboursements</button>
      </form>

      <PersonalView
        name="remboursements"
        resource={listing}
        loading="Chargement de vos remboursements…"
        failed="Vos remboursements n’ont pas pu être chargés"
        summary={(data) => paymentsSummary(data.reimbursements.length, data.period, data.totals.contractCents)}
      >
        {(data) => (
          <table class="data-table stacked-table" role="table" hidden={data().reimbursements.length === 0}>
            <caption>Vos remboursements, du plus récent au plus ancien</caption>
            <thead role="rowgroup">
              <tr role="row">
                <For each={['Soin', 'Soins du', 'Bénéficiaire', 'Dépense', 'Sécurité sociale', 'Votre contrat', 'Reste à charge', 'Payé à', 'Payé le']}>
                  {(column) => (
                    <th scope="col" role="columnheader">{column}</th>
                  )}
                </For>
              </tr>
            </thead>
            <tbody role="rowgroup">
              <For each={data().reimbursements}>
                {(row) => (
                  <tr role="row">
                    <th scope="row" role="rowheader">{row.careLabel}</th>
                    <td data-label="Soins du" role="cell">
                      <ShortDate iso={row.careDate} />
                    </td>
                    <td data-label="Bénéficiaire" role="cell">{row.beneficiary.firstName}</td>
                    <Amounts cents={row} />
                    <td data-label="Payé à" role="cell">{PAID_TO[row.paidTo]}</td>
                    <td data-label="Payé le" role="cell">
                      <ShortDate iso={row.paymentDate} />
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
            <tfoot role="rowgroup">
              <tr role="row">
                <th scope="row" colSpan={3} role="rowheader">Total de la période</th>
                <Amounts cents={data().totals} />
                <td colSpan={2} role="cell" />
              </tr>
            </tfoot>
          </table>
        )}
      </PersonalView>

      <p>
        <a href={`/api/reimbursements/export.csv${queryOf(filter() ?? {})}`} download="">
          Télécharger cette liste (CSV, pour un tableur)
        </a>
      </p>
    </>
  );
}

interface Cents {
  priceCents: number;
  socialSecurityCents: number;
  contractCents: number;
  remainingCents: number;
}

/** The four amounts of a payment or of the totals, in the columns' order. */
function Amounts(props: { cents: Cents }) {
  return (
    <>
      <td class="data-table__amount" data-label="Dépense" role="cell">{euros(props.cents.priceCents)}</td>
      <td class="data-table__amount" data-label="Sécurité sociale" role="cell">{euros(props.cents.socialSecurityCents)}</td>
      <td class="data-table__amount" data-label="Votre contrat" role="cell">{euros(props.cents.contractCents)}</td>
      <td class="data-table__amount" data-label="Reste à charge" role="cell">{euros(props.cents.remainingCents)}</td>
    </>
  );
}
