import { createSignal, For, onMount, Show } from 'solid-js';
import { api } from '../../scripts/api.ts';
import { onFormSuccess } from '../../scripts/form-success.ts';
import { DateAndTime } from '../Dates.tsx';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { counted } from '../plural.ts';
import { RequestThread } from './RequestThread.tsx';
import styles from '../boxed-list.module.css';

/**
 * « Suivi de mes demandes »: each request with its status; its history, messages and documents
 * load when it is opened. The list loads again each time the new-request form (`refreshAfter`)
 * is sent.
 */
export default function RequestList(props: { refreshAfter: string }) {
  const requests = createPersonalData(() => api.requests.$get());
  onMount(() => onFormSuccess(props.refreshAfter, () => void requests[1].refetch()));
  return (
    <PersonalView
      name="demandes"
      resource={requests}
      loading="Chargement de vos demandes…"
      failed="Vos demandes n’ont pas pu être chargées"
      summary={(data) => (data.requests.length === 0 ? 'Vous n’avez fait aucune demande.' : `${counted(data.requests.length, 'demande')}.`)}
    >
      {(data) => (
        <ul class={styles.list}>
          <For each={data().requests}>
            {(request) => {
              const [open, setOpen] = createSignal(false);
              const detailId = `demande-${request.id}-detail`;
              return (
                <li>
                  <h3>N° {request.id} — {request.subject}</h3>
                  <p>
                    {request.typeLabel}, demandée par {request.requester} le <DateAndTime iso={request.createdAt} />.{' '}
                    <strong>Statut : {request.status}</strong>
                  </p>
                  <button class="button button--secondary" type="button" aria-expanded={open()} aria-controls={detailId} onClick={() => setOpen(!open())}>
                    Voir le détail
                  </button>
                  <div id={detailId} hidden={!open()}>
                    <Show when={open()}>
                      <RequestThread id={request.id} />
                    </Show>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      )}
    </PersonalView>
  );
}
