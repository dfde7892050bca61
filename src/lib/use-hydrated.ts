import { useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';

const subscribe = () => () => {};

/**
 * False while React hydrates a prerendered page, true afterwards. Prerendered HTML is made
 * without a query string, so views that read one must first render the defaults to match it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** The URL's query string, or "" until hydration is over (see useHydrated). */
export function useHydratedSearch(): string {
  const { search } = useLocation();
  return useHydrated() ? search : '';
}
