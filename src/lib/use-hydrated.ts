import { useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';

const subscribe = () => () => {};

/**
 * False while React hydrates a prerendered page, true afterwards. Prerendered HTML is made
 * without a query string, so views that read one must first render the defaults to match it.
 * Every component that calls it renders again, at once and in one task, when hydration ends:
 * keep it to small components, and prefer the two hooks below where they fit.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * The URL's query string, or "" until hydration is over (see useHydrated). React renders again
 * after hydration only when the two differ, so a page opened without a query string (most
 * pages, most of the time) is not rendered a second time; the frame and page-level views call
 * this (decision 027).
 */
export function useHydratedSearch(): string {
  const { search } = useLocation();
  return useSyncExternalStore(
    subscribe,
    () => search,
    () => '',
  );
}

let pageHydrated = false;

/** Called once the first page has hydrated (RoutePage), or rendered from scratch. */
export function markPageHydrated(): void {
  pageHydrated = true;
}

/**
 * Whether this component first appeared after the page had hydrated: content a reader's action
 * brought in, not prerendered content being claimed. Read once, when the component mounts, so
 * hydration's end renders nothing again.
 */
export function useMountedAfterHydration(): boolean {
  return useState(() => pageHydrated)[0];
}
