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
