/**
 * The offline copy the service worker keeps, as the pages see it: what it holds, saving the
 * whole guide on request, and removing all of it ("Clear my data", "leave no trail").
 */
import {
  cacheName,
  isSiteCache,
  OFFLINE_FILES,
  savedGuideUrl,
  type OfflineFiles,
  type SavedGuide,
} from './offline-rules';

const base = import.meta.env.BASE_URL;

export interface OfflineCopy {
  /** Files kept in the site's caches (pages, code, content, icons). */
  files: number;
  bytes: number;
  /** A service worker is registered for the site. */
  worker: boolean;
  savedGuide: SavedGuide | undefined;
}

const NOTHING: OfflineCopy = { files: 0, bytes: 0, worker: false, savedGuide: undefined };

export const offlineSupported = (): boolean =>
  typeof window !== 'undefined' && 'serviceWorker' in navigator && 'caches' in window;

function scope(): string {
  return new URL(base, window.location.origin).href;
}

async function siteCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => isSiteCache(name, scope()));
}

async function sizeOf(response: Response | undefined): Promise<number> {
  if (!response) return 0;
  const length = Number(response.headers.get('content-length'));
  return Number.isFinite(length) && length > 0 ? length : (await response.blob()).size;
}

export async function readSavedGuide(): Promise<SavedGuide | undefined> {
  if (!offlineSupported()) return undefined;
  try {
    const response = await caches.match(savedGuideUrl(scope()), { cacheName: cacheName('meta', scope()) });
    return response ? ((await response.json()) as SavedGuide) : undefined;
  } catch {
    return undefined;
  }
}

export async function readOfflineCopy(): Promise<OfflineCopy> {
  if (!offlineSupported()) return NOTHING;
  let files = 0;
  let bytes = 0;
  const meta = cacheName('meta', scope());
  for (const name of await siteCaches()) {
    if (name === meta) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      files += 1;
      bytes += await sizeOf(await cache.match(request));
    }
  }
  const worker = (await navigator.serviceWorker.getRegistration(base)) !== undefined;
  return { files, bytes, worker, savedGuide: await readSavedGuide() };
}

/** Asks a worker to stop keeping anything, and waits (briefly) until it has. */
function forget(worker: ServiceWorker | null | undefined): Promise<void> {
  if (!worker) return Promise.resolve();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    worker.postMessage({ type: 'swl:forget' }, [channel.port2]);
    setTimeout(done, 1000);
  });
}

/** Removes the worker and everything it kept; returns what there was. */
export async function removeOfflineCopy(): Promise<OfflineCopy> {
  if (!offlineSupported()) return NOTHING;
  const before = await readOfflineCopy();
  const registrations = (await navigator.serviceWorker.getRegistrations()).filter((r) => r.scope === scope());
  // First stop every worker of the site from keeping more (this page may still be controlled by
  // one until it is closed), then unregister them, then empty the caches.
  await Promise.all(
    [navigator.serviceWorker.controller, ...registrations.flatMap((r) => [r.active, r.waiting, r.installing])].map(
      forget,
    ),
  );
  await Promise.all(registrations.map((r) => r.unregister()));
  await Promise.all((await siteCaches()).map((name) => caches.delete(name)));
  return before;
}

/** Waits until a service worker controls this page (it claims the page when it first starts). */
async function controller(timeoutMs: number): Promise<ServiceWorker | undefined> {
  const { serviceWorker } = navigator;
  if (serviceWorker.controller) return serviceWorker.controller;
  return new Promise((done) => {
    const timer = setTimeout(() => done(serviceWorker.controller ?? undefined), timeoutMs);
    serviceWorker.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer);
        done(serviceWorker.controller ?? undefined);
      },
      { once: true },
    );
  });
}

export type SaveResult =
  | { kind: 'saved'; guide: SavedGuide }
  | { kind: 'incomplete'; missing: number }
  /** A worker is registered but does not control this page yet (a hard reload skips it). */
  | { kind: 'not-controlled' }
  /** No worker: the browser blocks them (some private modes, policies) or leave-no-trail is on. */
  | { kind: 'unavailable' };

/**
 * Saves the whole guide: fetches every file of it through the worker, which keeps each one as
 * it keeps the files of the pages a reader opens, then checks every file is kept. A few at a
 * time, so a slow connection is not flooded.
 */
export async function saveWholeGuide(onProgress: (done: number, total: number) => void): Promise<SaveResult> {
  if (!offlineSupported() || !(await navigator.serviceWorker.getRegistration(base))) return { kind: 'unavailable' };
  if (!(await controller(10_000))) return { kind: 'not-controlled' };
  const list = (await (await fetch(`${base}${OFFLINE_FILES}`, { cache: 'no-store' })).json()) as OfflineFiles;
  const urls = list.files.map((file) => new URL(`${base}${file}`, window.location.origin).href);
  let done = 0;
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        await (await fetch(url)).arrayBuffer();
      } catch {
        // Counted below, where every file is checked.
      }
      done += 1;
      onProgress(done, urls.length);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  // ignoreSearch: the precache keys the shell by its revision (shell.html?__WB_REVISION__=…).
  const kept = await Promise.all(urls.map((url) => caches.match(url, { ignoreSearch: true })));
  const missing = kept.filter((response) => !response).length;
  if (missing > 0) return { kind: 'incomplete', missing };
  const guide: SavedGuide = { build: list.build, savedAt: new Date().toISOString(), files: urls.length };
  const meta = await caches.open(cacheName('meta', scope()));
  await meta.put(
    savedGuideUrl(scope()),
    new Response(JSON.stringify(guide), { headers: { 'content-type': 'application/json' } }),
  );
  return { kind: 'saved', guide };
}
