import { For, onMount, Show } from 'solid-js';
import { api } from '../../scripts/api.ts';
import { onFormSuccess } from '../../scripts/form-success.ts';
import { DateAndTime } from '../Dates.tsx';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import boxed from '../boxed-list.module.css';
import styles from './DeviceList.module.css';

/** The devices where the account is open; the list loads again after each form of `refreshAfter`. */
export default function DeviceList(props: { refreshAfter: string[] }) {
  const sessions = createPersonalData(() => api.account.sessions.$get());
  onMount(() => {
    for (const form of props.refreshAfter) onFormSuccess(form, () => void sessions[1].refetch());
  });
  return (
    <PersonalView name="appareils" resource={sessions} loading="Chargement de la liste…" failed="La liste des appareils n’a pas pu être chargée">
      {(data) => (
        <ul class={`${boxed.list} ${styles.lines}`}>
          <For each={data().sessions}>
            {(session) => (
              <li>
                <p class={styles.device}>
                  {session.device}
                  <Show when={session.current}>
                    {' '}
                    <span class={styles.tag}>cet appareil</span>
                  </Show>
                </p>
                <p>
                  Connexion : <DateAndTime iso={session.createdAt} />
                </p>
                <p>
                  Dernière activité : <DateAndTime iso={session.lastSeenAt} />
                </p>
              </li>
            )}
          </For>
        </ul>
      )}
    </PersonalView>
  );
}
