/**
 * The element of every page route: the page the shown location resolved to, the not-found
 * page, or the error page. It also keeps the document's title and description in step.
 */
import { createContext, Suspense, useContext, useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { markPageHydrated } from '../../lib/use-hydrated';
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
        <>
          <RouteError error={resolution.error} />
          <PageHydrated />
        </>
      ) : (
        <ErrorBoundary resetKey={pathname}>
          {/* Selective hydration: the site's frame (quick exit, header, menu) hydrates first, and
              React hydrates the page after it in slices that yield to the reader's input, or at
              once where the reader taps. Nothing in a page suspends once its route has resolved,
              so the empty fallback is never shown (decision 027). */}
          <Suspense fallback={null}>
            <resolution.route.Component />
            <PageHydrated />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}

/**
 * Runs once the page itself has hydrated, not only the frame around it (with selective
 * hydration the two happen in different tasks). From then on, what mounts appeared after
 * hydration and may ease in (useMountedAfterHydration). The mark on the document is for tests,
 * which must not press a button React has not claimed yet.
 */
function PageHydrated() {
  useLayoutEffect(() => {
    markPageHydrated();
    document.documentElement.dataset.pageHydrated = '';
  }, []);
  return null;
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
