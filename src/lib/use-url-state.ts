/**
 * The one way a page keeps its state in its address (a sort, a filter, the comparison shown, a
 * room's tally). `parse` reads the state from the query string, tolerantly; `hrefFor` writes the
 * address of a state, defaults left out. A change is made in place (src/lib/in-place.ts): the
 * history entry is replaced, nothing scrolls, focus stays.
 *
 * Navigation completes a moment after a tap. Until it does, the control shows the reader's
 * choice at once, and a further tap builds on that choice rather than on the address not yet
 * updated, so no tap is lost (two quick presses of a column heading sort it back). The choice
 * counts only while the address it was made from is still the one on screen: Back, or any
 * other change of address, shows what that address says.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { inPlace } from './in-place';
import { useHydratedSearch } from './use-hydrated';

export function useUrlState<T>(
  parse: (search: string) => T,
  hrefFor: (state: T) => string,
): [T, (change: (current: T) => T) => void] {
  const search = useHydratedSearch();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const here = `${pathname}${search}`;
  const parsed = useMemo(() => parse(search), [parse, search]);
  const [pending, setPending] = useState<{ from: string; state: T } | null>(null);
  const state = pending?.from === here ? pending.state : parsed;
  // What the next change builds on: the latest choice, even one made in this same tick.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const update = useCallback(
    (change: (current: T) => T) => {
      const next = change(latest.current);
      latest.current = next;
      setPending({ from: here, state: next });
      void navigate(hrefFor(next), inPlace);
    },
    [here, hrefFor, navigate],
  );
  return [state, update];
}
