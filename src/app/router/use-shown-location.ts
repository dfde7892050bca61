/**
 * The location on screen, which trails the router's location while the next page resolves:
 * the reader keeps the page they are on (not a blank or a spinner) until the next one has its
 * code and content, as React Router's data mode would do. A newer navigation overtakes one
 * still resolving; a redirect replaces the URL and resolves again.
 */
import { useEffect, useState } from 'react';
import {
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigationType,
  type Params,
} from 'react-router';
import { isCodeLoadFailure, reloadOnce } from './recover';
import type { RouteCache } from './route-cache';
import type { PageEntry, Resolution } from './resolve';

export interface ShownLocation {
  location: Location;
  /** How the reader got here: POP (back, forward, first load), PUSH or REPLACE. */
  navigationType: NavigationType;
  /** Undefined only while the first page of a render from scratch resolves. */
  resolution: Resolution | undefined;
}

export type MatchPage = (pathname: string) => { entry: PageEntry; params: Params };

export function useShownLocation(cache: RouteCache, matchPage: MatchPage): ShownLocation {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const href = `${location.pathname}${location.search}`;
  // A page already resolved (seen before, or the same page with only its own query state
  // changed) is shown in the very render that sees the new URL, not one render later: a sort
  // is then on screen, links and all, when the URL changes.
  const known = cache.peek(matchPage(location.pathname).entry, href);
  const [shown, setShown] = useState<ShownLocation>(() => ({ location, navigationType, resolution: known }));

  useEffect(() => {
    let overtaken = false;
    const show = (resolution: Resolution) => {
      if (overtaken) return;
      // The page's code is gone (a new version was deployed while this one was open): reload at
      // the new address at once, and keep the current page (navigation pending) until it does,
      // rather than flash an error page that the reload would replace a moment later.
      if (resolution.kind === 'error' && navigator.onLine && isCodeLoadFailure(resolution.error) && reloadOnce())
        return;
      if (resolution.kind === 'redirect') void navigate(resolution.to, { replace: true });
      else
        setShown((current) =>
          current.location === location && current.resolution === resolution
            ? current
            : { location, navigationType, resolution },
        );
    };
    const { entry, params } = matchPage(location.pathname);
    const settled = cache.peek(entry, href);
    if (settled) show(settled);
    else void cache.resolve(entry, params, href).then(show);
    return () => {
      overtaken = true;
    };
  }, [cache, matchPage, navigate, location, navigationType, href]);

  if (known?.kind === 'page' && shown.location !== location) return { location, navigationType, resolution: known };
  return shown;
}
