import { type Accessor, createResource, createSignal, onMount, type ResourceReturn } from 'solid-js';
import { httpErrorOf } from '../../scripts/api.ts';
import { SERVED_FROM_HEADER } from '../../scripts/cache-names.ts';
import { leaveForSignIn } from '../../scripts/leave-for-sign-in.ts';

/** A typed API answer (hc's ClientResponse) or a plain fetch Response. */
interface ApiResponse {
  ok: boolean;
  status: number;
  headers: Headers;
  json(): Promise<unknown>;
}

/** The body of the successful answers of a call. */
type BodyOf<R extends ApiResponse> = Awaited<ReturnType<Extract<R, { ok: true }>['json']>>;

export interface Personal<T> {
  data: T;
  /** The copy the service worker kept on this device, not a fresh answer of the server. */
  fromCache: boolean;
}

export type PersonalResource<T> = ResourceReturn<Personal<T>, unknown>;

/**
 * Personal data of the signed-in person, loaded in the browser once the island is mounted: nothing
 * personal is fetched, hence nothing serialised into the page, when Astro renders the island at
 * build time, and hydration finds exactly the markup built then. While `source` is false the
 * resource waits; each new value loads again, and only the latest answer is kept. A 401 sends the
 * person to sign-in and wipes the offline copies; the resource then stays loading while the page
 * leaves. Other failures reject with HttpError (or the TypeError of a failed fetch) for
 * PersonalView to explain.
 */
export function createPersonalResource<S, R extends ApiResponse>(
  source: Accessor<S | false | undefined>,
  call: (source: S) => Promise<R>,
): PersonalResource<BodyOf<R>> {
  let loadedOnce = false;
  const [mounted, setMounted] = createSignal(false);
  onMount(() => setMounted(true));
  return createResource(
    () => mounted() && source(),
    async (value) => {
      const response = await call(value as S);
      if (response.status === 401) {
        leaveForSignIn({ expired: loadedOnce });
        return new Promise<never>(() => undefined);
      }
      if (!response.ok) throw await httpErrorOf(response);
      loadedOnce = true;
      return { data: (await response.json()) as BodyOf<R>, fromCache: response.headers.get(SERVED_FROM_HEADER) === 'cache' };
    },
  );
}

/** The same for data that depend on nothing but the session. */
export function createPersonalData<R extends ApiResponse>(call: () => Promise<R>): PersonalResource<BodyOf<R>> {
  return createPersonalResource(() => true, call);
}

/**
 * The answer on screen: the latest one while it stands and while a new one loads, none after a
 * failure. Reading `latest` never suspends the island, unlike calling the resource.
 */
export function onScreen<T>([resource]: PersonalResource<T>): Personal<T> | undefined {
  return resource.state === 'ready' || resource.state === 'refreshing' ? resource.latest : undefined;
}
