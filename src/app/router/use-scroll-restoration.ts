/**
 * Scroll like a website: a new page starts at its top (or at the #fragment it links to), Back
 * and Forward return to where the reader was, and a view changing in place (a filter, the model
 * in focus, the next slide: links that pass `state: { keepFocus: true }`) does not move at all.
 * Positions are kept for the tab's session, so a reload returns to the same place too.
 */
import { useLayoutEffect } from 'react';
import { hashTarget } from './hash-target';
import type { ShownLocation } from './use-shown-location';

const STORAGE_KEY = 'scroll-positions';
const positions = new Map<string, number>(readSaved());

function readSaved(): [string, number][] {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((p): p is [string, number] => typeof p?.[0] === 'string' && typeof p?.[1] === 'number') : [];
  } catch {
    return [];
  }
}

function save(): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-50)));
  } catch {
    // Storage may be full or blocked: positions then last for this page load only.
  }
}

/** Runs as the shown location changes, so a new page is on screen before it scrolls. */
export function useScrollRestoration({ location, navigationType }: ShownLocation): void {

  useLayoutEffect(() => {
    history.scrollRestoration = 'manual';
    let frame = 0;
    const remember = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => positions.set(location.key, window.scrollY));
    };
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', save);
    };
  }, [location.key]);

  useLayoutEffect(() => {
    if (keepsPlace(location.state)) return;
    const saved = positions.get(location.key);
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

function keepsPlace(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { keepFocus?: unknown }).keepFocus === true;
}
