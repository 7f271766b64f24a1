/// <reference lib="webworker" />
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { FONT_CACHE, PERSONAL_CACHE, SERVED_FROM_HEADER } from '../scripts/cache-names.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const OFFLINE_PAGE = '/hors-ligne.html';
const PERSONAL_PATHS = new Set(['/api/card', '/api/card.pdf', '/api/coverage']);

// A page asked for the first time must already be controlled, or its card would not be kept.
clientsClaim();
cleanupOutdatedCaches();

// Pages are static: their query string (?retour=, ?jeton=) is read by their scripts, never by the server.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });

/** A 401 means the session ended: the copies of the person's data go with it. */
const forgetOnSignedOut: WorkboxPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status === 401) await caches.delete(PERSONAL_CACHE);
    return response;
  },
};

const personalData = new NetworkFirst({
  cacheName: PERSONAL_CACHE,
  networkTimeoutSeconds: 4,
  plugins: [
    forgetOnSignedOut,
    { cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) },
    { cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse && markedAsCached(cachedResponse) },
  ],
});

registerRoute(({ url, sameOrigin }) => sameOrigin && PERSONAL_PATHS.has(url.pathname), personalData);
// Their names change with their content, so a kept copy is always right.
registerRoute(({ request, sameOrigin }) => sameOrigin && request.destination === 'font', new CacheFirst({ cacheName: FONT_CACHE }));
setDefaultHandler(new NetworkOnly({ plugins: [forgetOnSignedOut] }));

// Offline, a page outside the precache (added since, or mistyped) explains the situation.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  // The new version waits until the person chooses to update (the banner's button).
  if (type === 'SKIP_WAITING') void self.skipWaiting();
});

function markedAsCached(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set(SERVED_FROM_HEADER, 'cache');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
