/**
 * What the service worker keeps, and how it checks what it keeps. Shared by the worker
 * (src/service-worker/sw.ts) and the pages that show or remove the offline copy, so both name
 * the same caches. Nothing here may use window- or worker-only APIs.
 */

/** Every cache the site makes starts with this, and ends with the worker's scope. */
export const CACHE_PREFIX = 'swl-';

export type CacheKind = 'pages' | 'assets' | 'content' | 'files' | 'meta';

/** A cache's name: one set of caches per scope, so two copies of the site on one host never mix. */
export function cacheName(kind: CacheKind, scope: string): string {
  return `${CACHE_PREFIX}${kind}-${scope}`;
}

/** The precache Workbox keeps, under the same prefix (workbox-core's setCacheNameDetails). */
export const PRECACHE_PREFIX = 'swl';

/**
 * Whether a cache belongs to the site at this scope: its own caches, and the precache left by
 * the worker of earlier versions (`workbox-precache-v2-<scope>`), which held the whole guide.
 */
export function isSiteCache(name: string, scope: string): boolean {
  return (name.startsWith(CACHE_PREFIX) || name.startsWith('workbox-precache-')) && name.endsWith(scope);
}

/** Where the note "the whole guide was saved" is kept, in the meta cache. */
export function savedGuideUrl(scope: string): string {
  return `${scope}__offline/saved-guide.json`;
}

/** The list of files the whole guide is made of (written by the build next to sw.js). */
export const OFFLINE_FILES = 'offline-files.json';
/** Its size, for the page that offers to save it (kept apart: the list is larger). */
export const OFFLINE_SUMMARY = 'offline.json';

export interface OfflineSummary {
  /** Changes whenever any file of the guide changes. */
  build: string;
  files: number;
  /** What the download costs (gzip, as a host compresses it) and what it takes on the device. */
  bytes: { download: number; stored: number };
}

export interface OfflineFiles {
  build: string;
  /** Paths relative to the site's base, e.g. "assets/index-abc.js", "content/index.json". */
  files: string[];
}

export interface SavedGuide {
  build: string;
  savedAt: string;
  files: number;
}

/** The content type a file of the site must have, by its path; undefined if any will do. */
export function expectedType(pathname: string): RegExp | undefined {
  if (/\.m?js$/.test(pathname)) return /javascript|ecmascript/;
  if (pathname.endsWith('.css')) return /text\/css/;
  if (pathname.endsWith('.webmanifest')) return /json/;
  if (pathname.endsWith('.json')) return /json/;
  if (pathname.endsWith('.svg')) return /image\/svg\+xml/;
  if (pathname.endsWith('.png')) return /image\/png/;
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return /text\/html/;
  return undefined;
}

/** Every page of the site (the prerendered ones and the shell) renders into this element. */
const APP_ROOT = '<div id="root">';

/**
 * Whether a response is a sound copy of the file it answers for: status 200, the right type,
 * and, for a page, a page of this site. A Wi-Fi login page or a host that answers every
 * missing file with a 200 HTML page fails this, so it is never kept in place of the real file.
 */
export async function isSound(pathname: string, response: Response): Promise<boolean> {
  if (response.status !== 200) return false;
  const expected = expectedType(pathname);
  const type = response.headers.get('content-type') ?? '';
  if (expected && !expected.test(type)) return false;
  if (/text\/html/.test(type)) return (await response.clone().text()).includes(APP_ROOT);
  return true;
}

/** The page's own code: its module script, which a cached copy of the page needs in order to start. */
export function entryScriptOf(html: string): string | undefined {
  return /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
}

/** A request for a page of the site (which answers with HTML), rather than for one of its files. */
export function isPagePath(pathname: string, base: string): boolean {
  if (!pathname.startsWith(base)) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last === '' || last.endsWith('.html') || !last.includes('.');
}
