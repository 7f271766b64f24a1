import { createSignal, For, onCleanup, onMount } from 'solid-js';
import { api } from '../../scripts/api.ts';
import { telephoneHref } from '../contact/telephone.ts';
import { createPersonalResource } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { counted } from '../plural.ts';
import styles from '../boxed-list.module.css';

const MIN_LENGTH = 2;
const TYPING_PAUSE_MS = 300;

/**
 * Which insurer manages an establishment, as the person types (and from the address, `?q=`, when
 * the form was sent without JavaScript or the page is reloaded).
 */
export default function EstablishmentSearch() {
  const [typed, setTyped] = createSignal('');
  const [query, setQuery] = createSignal('');
  let pause: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(pause));
  onMount(() => {
    const fromAddress = new URLSearchParams(location.search).get('q') ?? '';
    setTyped(fromAddress);
    setQuery(fromAddress.trim());
  });

  const establishments = createPersonalResource(
    () => query().length >= MIN_LENGTH && query(),
    (q) => api.contact.establishments.$get({ query: { q } }),
  );

  const onInput = (value: string) => {
    setTyped(value);
    clearTimeout(pause);
    pause = setTimeout(() => setQuery(value.trim()), TYPING_PAUSE_MS);
  };

  return (
    <>
      <form
        class="form"
        role="search"
        method="get"
        action="/services"
        onSubmit={(event) => {
          event.preventDefault();
          clearTimeout(pause);
          history.replaceState(null, '', `?q=${encodeURIComponent(typed())}`);
          setQuery(typed().trim());
        }}
      >
        <div class="field">
          <label class="field-label" for="q">Entreprise, ville ou département</label>
          <p class="field-hint" id="q-aide">Par exemple « Safran Gennevilliers », « Toulouse » ou « 33 ».</p>
          <input
            class="input"
            type="search"
            id="q"
            name="q"
            minlength={MIN_LENGTH}
            maxlength="80"
            aria-describedby="q-aide"
            autocomplete="off"
            value={typed()}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
        </div>
        <button class="button" type="submit">Rechercher</button>
      </form>
      <PersonalView
        name="etablissements"
        resource={establishments}
        idle={() => (query().length >= MIN_LENGTH ? undefined : query() ? `Saisissez au moins ${MIN_LENGTH} caractères.` : '')}
        loading="Recherche en cours…"
        failed="La recherche n’a pas abouti"
        summary={(data) =>
          data.establishments.length === 0
            ? 'Aucun établissement trouvé.'
            : `${counted(data.establishments.length, 'établissement trouvé', 'établissements trouvés')}.`
        }
      >
        {(data) => (
          <ul class={styles.list}>
            <For each={data().establishments}>
              {(place) => (
                <li>
                  <h3>{place.company} – {place.site} ({place.department})</h3>
                  <p>
                    Centre de gestion : <strong>{place.insurer}</strong>
                  </p>
                  <address>
                    {place.correspondenceAddress}
                    <br />
                    Téléphone : <a href={telephoneHref(place.phone)}>{place.phone}</a>
                  </address>
                </li>
              )}
            </For>
          </ul>
        )}
      </PersonalView>
    </>
  );
}
