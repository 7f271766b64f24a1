import { For, Match, Switch } from 'solid-js';
import { api } from '../../scripts/api.ts';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { readable } from './readable.ts';

/** « Mes données personnelles »: the export, section by section, as a page. */
export default function PersonalDataView() {
  const personalData = createPersonalData(() => api['personal-data'].$get({ query: {} }));
  return (
    <PersonalView name="donnees" resource={personalData} loading="Chargement de vos données…" failed="Vos données n’ont pas pu être chargées">
      {(data) => (
        <For each={data().sections}>
          {(section) => (
            <section>
              <h3>{section.title}</h3>
              <Value value={section.data} />
            </section>
          )}
        </For>
      )}
    </PersonalView>
  );
}

/** Values of the export do not change once loaded: their shape is read once. */
function Value(props: { value: unknown }) {
  const shape = readable(props.value);
  return (
    <Switch fallback={shape.kind === 'text' && shape.text}>
      <Match when={shape.kind === 'list' && shape.items}>
        {(items) => (
          <ol>
            <For each={items()}>
              {(item) => (
                <li>
                  <Value value={item} />
                </li>
              )}
            </For>
          </ol>
        )}
      </Match>
      <Match when={shape.kind === 'entries' && shape.entries}>
        {(entries) => (
          <dl>
            <For each={entries()}>
              {([name, item]) => (
                <>
                  <dt>{name}</dt>
                  <dd>
                    <Value value={item} />
                  </dd>
                </>
              )}
            </For>
          </dl>
        )}
      </Match>
    </Switch>
  );
}
