/**
 * Scroll like a website: a new page starts at its top (or at the #fragment it links to), Back
 * and Forward return to where the reader was, and a view changing in place (a filter, the model
 * in focus, the next slide: changes made with `inPlace`, src/lib/in-place.ts) does not move at all.
 * Positions are kept with the tab's history entries, so a reload returns to the same place too.
 */
import { useLayoutEffect } from 'react';
import { isLeaving } from '../../features/safety/quick-exit';
import { hashTarget } from './hash-target';
import type { ShownLocation } from './use-shown-location';
import { isInPlace } from '../../lib/in-place';

/** Positions by history entry (the router's location key), for this page load. */
const positions = new Map<string, number>();
/**
 * Also kept in the history entry itself, so a reload or a return from another site finds it:
 * the browser keeps an entry's state with the entry, and drops it with the tab. Nothing goes
 * into the site's storage (the privacy page lists all it keeps, and this is not kept there).
 */
const MARK = 'swlScrollY';

function entryState(): Record<string, unknown> | undefined {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : undefined;
}

/** The router's key for the current entry ("default" for the first page, which has none). */
function entryKey(state: Record<string, unknown> | undefined): string {
  return typeof state?.key === 'string' ? state.key : 'default';
}

/** The position kept in the current entry, if that entry is the location's. */
function keptInEntry(key: string): number | undefined {
  const state = entryState();
  return entryKey(state) === key && typeof state?.[MARK] === 'number' ? state[MARK] : undefined;
}

function keepInEntry(key: string, y: number): void {
  if (isLeaving()) return;
  const state = entryState();
  // Only into the location's own entry: a late call must not write into the next page's.
  if (entryKey(state) !== key || state?.[MARK] === y) return;
  try {
    window.history.replaceState({ ...state, [MARK]: y }, '');
  } catch {
    // A browser limiting history updates: the position then lasts for this page load only.
  }
}

/** Runs as the shown location changes, so a new page is on screen before it scrolls. */
export function useScrollRestoration({ location, navigationType }: ShownLocation): void {
  useLayoutEffect(() => {
    history.scrollRestoration = 'manual';
    let frame = 0;
    // Into the entry only as the page goes (a reload, another site): a history update while a
    // navigation is pending would cancel it, and the quick exit's must never be cancelled.
    // `beforeunload` comes before the navigation starts, and is the moment that lasts: Chromium
    // drops a history update made in `pagehide` on a reload (found by tests/e2e/scroll.e2e.ts).
    // It never asks the reader anything (no preventDefault). `pagehide` stays for the browsers
    // that skip `beforeunload` (a tab closed on a phone).
    const save = () => keepInEntry(location.key, positions.get(location.key) ?? window.scrollY);
    const remember = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!isLeaving()) positions.set(location.key, window.scrollY);
      });
    };
    // And as a link is followed, before it changes the address (no navigation is pending yet):
    // so Back finds this place even after a later page was reloaded, which empties the map.
    // Never for the quick exit: nothing may touch history on the way out.
    const following = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]:not(.quick-exit-button)')) save();
    };
    window.addEventListener('scroll', remember, { passive: true });
    document.addEventListener('click', following, true);
    window.addEventListener('beforeunload', save);
    window.addEventListener('pagehide', save);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', remember);
      document.removeEventListener('click', following, true);
      window.removeEventListener('beforeunload', save);
      window.removeEventListener('pagehide', save);
    };
  }, [location.key]);

  useLayoutEffect(() => {
    if (isInPlace(location.state)) return;
    const saved = positions.get(location.key) ?? keptInEntry(location.key);
    if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
      return;
    }
    // Scrolls below the sticky exit bar: the page's scroll-padding-top (styles.css) allows for it.
    const target = hashTarget(location.hash);
    if (target) target.scrollIntoView();
    else if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [location.key, location.hash, location.state, navigationType]);
}
