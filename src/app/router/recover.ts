/**
 * Telling why a page could not open, and recovering where the browser can. The usual cause
 * after a new version is deployed: a page opened earlier asks for code files that the new
 * version no longer has. Reloading the same address then gets the new version, once.
 */
import { isLeaving } from '../../features/safety/quick-exit';

/** The page's code could not be loaded (a missing or unreachable chunk, or its CSS). */
export function isCodeLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically/i.test(
    message,
  );
}

/** The page's code or content could not be fetched at all (offline, or the server unreachable). */
export function isLoadFailure(error: unknown): boolean {
  if (isCodeLoadFailure(error)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof TypeError && /fetch|network|load failed/i.test(message);
}

/**
 * Whether the reader is leaving this page: they followed a link to another document, typed an
 * address or reloaded. Starting that navigation stops the loads still under way here, and a
 * code file that fails that way looks like a stale version; reloading would then cancel the
 * navigation the reader asked for. A `pageshow` (the page kept, or brought back from the
 * back-forward cache) clears it. If a `beforeunload` leads nowhere (a download link), a later
 * failure shows the error page with its way on instead of reloading by itself.
 */
let pageBeingLeft = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', () => (pageBeingLeft = true));
  window.addEventListener('pagehide', () => (pageBeingLeft = true));
  window.addEventListener('pageshow', () => (pageBeingLeft = false));
}

/** How long a code file that failed once waits before it is asked for again. */
const RETRY_PAUSE_MS = 250;

/**
 * Loads one of the app's code files, asking once more if the first try fails. A load can fail
 * without the file being gone: a dropped connection, or a request the browser cut short (seen
 * once in about 3,000 cold loads under the service worker, cause not found; decision 029).
 * Reloading the page for that would lose the reader's place, so it is kept for a file that
 * fails twice. The browser does not remember a failed module: asking again fetches it again.
 */
export async function loadCode<T>(load: () => Promise<T>, pause: number = RETRY_PAUSE_MS): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isCodeLoadFailure(error) || !navigator.onLine || isLeaving() || pageBeingLeft) throw error;
    await new Promise((done) => setTimeout(done, pause));
    return load();
  }
}

const RELOAD_MARK = 'swlReloadedAt';
/** A reload this recent already tried: a second would loop. */
const RELOAD_WINDOW_MS = 30_000;

/**
 * Reloads the page at its address, unless it did so moments ago. The mark is kept in this
 * history entry's state (which a reload keeps), not in storage.
 */
export function reloadOnce(now: number = Date.now()): boolean {
  // The quick exit aborts the page's pending fetches, and code that fails to load then looks like
  // a stale version: a reload now would cancel the exit and bring the page back.
  if (isLeaving() || pageBeingLeft) return false;
  const state: unknown = window.history.state;
  const record = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  const last = record[RELOAD_MARK];
  if (typeof last === 'number' && now - last < RELOAD_WINDOW_MS) return false;
  window.history.replaceState({ ...record, [RELOAD_MARK]: now }, '');
  window.location.reload();
  return true;
}

/**
 * What the page does when its code fails to start: code that is gone (a new version was
 * deployed, or an old copy of the page was kept) is fetched anew by reloading once, online;
 * otherwise the page stays as prerendered, readable, with working links and quick exit.
 */
export function recoverFromStartFailure(error: unknown): void {
  if (navigator.onLine && isCodeLoadFailure(error) && reloadOnce()) return;
  console.error('The page could not start', error);
}
