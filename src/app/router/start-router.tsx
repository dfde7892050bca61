/**
 * React Router's BrowserRouter, made safe to start late. The app starts after the page has
 * painted (decision 029), so a script can change the address (history.pushState, then a
 * popstate) while the app's code loads or while React hydrates. BrowserRouter reads the address
 * when it first renders and hears changes only once it has committed, so it would either
 * hydrate a page other than the one in the HTML (a hydration error) or miss the change and
 * show the page left behind. This router first renders the address the HTML was made for, and
 * on commit catches up with any change it did not hear.
 */
import { useLayoutEffect, useState, type ReactNode } from 'react';
import {
  Router,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  type Location,
  type NavigationType,
} from 'react-router';

export type BrowserHistory = ReturnType<typeof createBrowserHistory>;

/** The browser's history, as React Router's BrowserRouter makes it. */
export const createHistory = (): BrowserHistory => createBrowserHistory({ v5Compat: true });

export function StartRouter({
  history,
  startLocation,
  basename,
  children,
}: {
  history: BrowserHistory;
  /** The address the page on screen was rendered for, read when the app started. */
  startLocation: Location;
  basename: string;
  children: ReactNode;
}) {
  const [shown, setShown] = useState<{ action: NavigationType; location: Location }>({
    action: history.action,
    location: startLocation,
  });
  useLayoutEffect(() => {
    const stop = history.listen(setShown);
    const now = history.location;
    // The address changed before the router could hear it: catch up now, before the page is
    // painted, as a listener would have.
    if (history.createHref(now) !== history.createHref(startLocation)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the change came from outside React, unheard
      setShown({ action: history.action, location: now });
    }
    return stop;
  }, [history, startLocation]);
  return (
    // No transitions: src/app/router already keeps the current page until the next one is
    // ready, and a sort or filter must be on screen in the same task as its URL (decision 009).
    <Router
      basename={basename}
      location={shown.location}
      navigationType={shown.action}
      navigator={history}
      useTransitions={false}
    >
      {children}
    </Router>
  );
}
