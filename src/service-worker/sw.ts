/**
 * The service worker (built by scripts/lib/service-worker.ts; docs/decisions/015). Workbox does
 * the work; this file says what is kept and when:
 *
 * - Precached at install: the offline shell and the code it needs to start, each checked
 *   against its integrity hash, so a wrong answer (a Wi-Fi login page) fails the install.
 * - Pages: the network first (a page's own prerendered HTML, quick exit and all), the copy kept
 *   from an earlier visit when offline or slow, and the shell only for a page never fetched.
 * - Code, content and icons: kept as the reader opens them. The whole guide only when the reader
 *   asks (src/components/save-offline.tsx fetches every file through this worker).
 * - Nothing is kept that is not a sound copy (offline-rules.ts), and a kept copy that is not
 *   sound is dropped and fetched anew, so the site recovers by itself.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, setCacheNameDetails, type RouteHandlerCallbackOptions, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  addPlugins,
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { cacheName, entryScriptOf, isPagePath, isSiteCache, isSound, PRECACHE_PREFIX } from '../lib/offline-rules';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const scope = self.registration.scope;
const base = new URL(scope).pathname;
const shellUrl = `${base}shell.html`;

// "Clear my data" asks the worker to stop keeping anything before it is unregistered: from then
// on every request goes straight to the network, so no cache is made again in this visit.
let forgotten = false;
self.addEventListener('fetch', (event) => {
  if (forgotten) event.stopImmediatePropagation();
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === 'swl:forget') {
    forgotten = true;
    event.ports[0]?.postMessage(true);
  }
});

setCacheNameDetails({ prefix: PRECACHE_PREFIX });

/** Keeps only sound copies, and drops a kept copy that is not sound (it is then fetched anew). */
const soundOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) =>
    (await isSound(new URL(request.url).pathname, response)) ? response : null,
  cachedResponseWillBeUsed: async ({ request, cachedResponse, cacheName: name }) => {
    if (!cachedResponse) return null;
    if (await isSound(new URL(request.url).pathname, cachedResponse)) return cachedResponse;
    await (await caches.open(name)).delete(request);
    return null;
  },
};

/** A kept page is used only if its code is kept too; otherwise it could not start offline. */
const startsOffline: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return null;
    const entry = entryScriptOf(await cachedResponse.clone().text());
    return entry && (await caches.match(new URL(entry, scope).href)) ? cachedResponse : null;
  },
};

precacheAndRoute(self.__WB_MANIFEST);
addPlugins([soundOnly]);
cleanupOutdatedCaches();

const only200 = new CacheableResponsePlugin({ statuses: [200] });
const pages = new NetworkFirst({
  cacheName: cacheName('pages', scope),
  networkTimeoutSeconds: 4,
  plugins: [only200, soundOnly, startsOffline, new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })],
});
const assets = new CacheFirst({
  cacheName: cacheName('assets', scope),
  // Several versions' code may be kept for a while: a tab left open on an older version still
  // finds the code it has not loaded yet. The oldest go first.
  plugins: [only200, soundOnly, new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
});
const content = new NetworkFirst({
  cacheName: cacheName('content', scope),
  networkTimeoutSeconds: 4,
  plugins: [only200, soundOnly],
});
const files = new StaleWhileRevalidate({ cacheName: cacheName('files', scope), plugins: [only200, soundOnly] });

const sameSite = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(base);

// A page: navigations, and page addresses the app asks to keep (CACHE_URLS, after the first visit).
registerRoute(
  ({ request, url }) =>
    sameSite(url) && isPagePath(url.pathname, base) && (request.mode === 'navigate' || request.destination === ''),
  async (options: RouteHandlerCallbackOptions) => {
    try {
      const response = await pages.handle(options);
      if (response) return response;
    } catch {
      // Offline (or too slow) and never kept: the shell, below.
    }
    return (await matchPrecache(shellUrl)) ?? Response.error();
  },
);
registerRoute(({ url }) => sameSite(url) && url.pathname.startsWith(`${base}assets/`), assets);
registerRoute(({ url }) => sameSite(url) && url.pathname.startsWith(`${base}content/`), content);
registerRoute(
  ({ url }) => sameSite(url) && /^[^/]+\.(?:svg|png|webmanifest)$/.test(url.pathname.slice(base.length)),
  files,
);

self.addEventListener('activate', (event) => {
  // The worker of earlier versions precached the whole guide under Workbox's default name.
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('workbox-precache-') && isSiteCache(name, scope))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});
// Controls the first page at once, so what it opens next is kept; an update still waits for
// the reader (SKIP_WAITING above), so a running workshop never switches version under them.
clientsClaim();
