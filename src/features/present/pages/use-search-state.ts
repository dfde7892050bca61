/**
 * URL state that several quick taps in a row can change. Each change navigates (replacing the
 * history entry), and navigation completes a moment later; until it does, further changes
 * build on the state already asked for, so no tap is lost.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHydratedSearch } from '../../../lib/use-hydrated';
import { inPlace } from '../../../lib/in-place';

export function useSearchState<T>(
  parse: (search: string) => T,
  hrefFor: (state: T) => string,
): [T, (change: (current: T) => T) => void] {
  const search = useHydratedSearch();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parse(search), [parse, search]);
  const pending = useRef<{ href: string; state: T } | null>(null);
  const here = `${pathname}${search}`;
  useEffect(() => {
    if (pending.current?.href === here) pending.current = null;
  }, [here]);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const update = useCallback(
    (change: (current: T) => T) => {
      const next = change(pending.current?.state ?? latest.current);
      const href = hrefFor(next);
      pending.current = { href, state: next };
      void navigate(href, inPlace);
    },
    [hrefFor, navigate],
  );
  return [state, update];
}
