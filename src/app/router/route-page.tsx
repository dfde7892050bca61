/**
 * The element of every page route: the page the shown location resolved to, the not-found
 * page, or the error page. It also keeps the document's title and description in step.
 */
import { createContext, useContext, useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { fullTitle, resolveMeta } from '../page-meta';
import { RouteError } from '../route-error';
import { ErrorBoundary } from './error-boundary';
import type { RouteCache } from './route-cache';
import type { Resolution } from './resolve';

const RouteCacheContext = createContext<RouteCache | null>(null);
export const RouteCacheProvider = RouteCacheContext.Provider;

export function useRouteCache(): RouteCache {
  const cache = useContext(RouteCacheContext);
  if (!cache) throw new Error('The app needs a RouteCacheProvider above its routes');
  return cache;
}

const ResolutionContext = createContext<Resolution | undefined>(undefined);
export const ResolutionProvider = ResolutionContext.Provider;

export function RoutePage() {
  const resolution = useContext(ResolutionContext);
  const { queryClient } = useRouteCache();
  const { pathname } = useLocation();
  // Nothing yet: the first page of a render from scratch (the offline shell, 404.html) is
  // still loading, with the site's frame already on screen.
  if (!resolution || resolution.kind === 'redirect') return null;
  return (
    <>
      <DocumentMeta resolution={resolution} queryClient={queryClient} />
      {resolution.kind === 'error' ? (
        <RouteError error={resolution.error} />
      ) : (
        <ErrorBoundary resetKey={pathname}>
          <resolution.route.Component />
        </ErrorBoundary>
      )}
    </>
  );
}

function DocumentMeta({
  resolution,
  queryClient,
}: {
  resolution: Exclude<Resolution, { kind: 'redirect' }>;
  queryClient: RouteCache['queryClient'];
}) {
  // A layout effect, so the title changes in the same commit as the page. A passive effect
  // can run a task later, and whatever reads the title as the new page appears (a screen
  // reader announcing the focused heading, the browser's history entry) would get the old one.
  useLayoutEffect(() => {
    const meta = resolveMeta(resolution.kind === 'page' ? resolution : undefined, queryClient);
    document.title = fullTitle(meta);
    document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
  }, [resolution, queryClient]);
  return null;
}
