import { type Accessor, createMemo, type JSX, Match, Show, Switch } from 'solid-js';
import { DateAndTime } from '../Dates.tsx';
import { failureMessage } from './failure-message.ts';
import { freshnessLead } from './freshness.ts';
import { onScreen, type PersonalResource } from './personal-resource.ts';
import styles from './PersonalView.module.css';

interface Props<T> {
  /** Names the view in `data-personal-view`, for tests and styles. */
  name: string;
  resource: PersonalResource<T>;
  /** "Chargement de vos documents…" */
  loading: string;
  /** "Vos documents n’ont pas pu être chargés", completed by what to do. */
  failed: string;
  /** A sentence announced once the data are shown ("12 paiements du … au …"). */
  summary?: (data: T) => string;
  /** While it returns a sentence, nothing is asked for (a search not typed yet): that sentence is said instead. */
  idle?: () => string | undefined;
  /** When the server produced the data (ISO instant): said, and said to be offline for a kept copy. */
  updatedAt?: (data: T) => string;
  /** The data drawn; left out when the view draws them around this one (forms filled in). */
  children?: (data: Accessor<T>) => JSX.Element;
}

/**
 * What every personal view shares: a polite live region saying it loads, what went wrong (with a
 * way to try again) or what was found; the data once there, kept on screen while they reload; and
 * `data-view-state` ("loading", "ready", "failed", or "idle" when nothing is asked) for whoever
 * must wait until the data are drawn.
 * A 401 never shows here: the resource sends the person to sign-in.
 */
export function PersonalView<T>(props: Props<T>) {
  const [resource, { refetch }] = props.resource;
  const idleMessage = createMemo(() => props.idle?.());
  const phase = createMemo(() => {
    if (idleMessage() !== undefined) return 'idle';
    if (resource.state === 'errored') return 'failed';
    return resource.state === 'ready' ? 'ready' : 'loading';
  });
  const shown = createMemo(() => (phase() === 'idle' ? undefined : onScreen(props.resource)));

  return (
    <div class={styles.view} data-personal-view={props.name} data-view-state={phase()}>
      <div class={styles.status} role="status">
        <Switch>
          <Match when={phase() === 'idle' && idleMessage()}>{(message) => <p>{message()}</p>}</Match>
          <Match when={phase() === 'loading'}>
            <p class={styles.loading}>{props.loading}</p>
          </Match>
          <Match when={phase() === 'failed'}>
            <p class={styles.problem}>{failureMessage(props.failed, resource.error)}</p>
          </Match>
          <Match when={shown()}>
            {(personal) => (
              <>
                <Show when={props.summary}>{(summary) => <p>{summary()(personal().data)}</p>}</Show>
                <Show when={props.updatedAt}>
                  {(updatedAt) => (
                    <p class={styles.freshness}>
                      {freshnessLead(personal().fromCache, navigator.onLine)} <DateAndTime iso={updatedAt()(personal().data)} />.
                    </p>
                  )}
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </div>
      <Show when={phase() === 'failed'}>
        <button class="button button--secondary" type="button" onClick={() => void refetch()}>
          Réessayer
        </button>
      </Show>
      <Show when={props.children && shown()}>{(personal) => props.children!(() => personal().data)}</Show>
    </div>
  );
}
