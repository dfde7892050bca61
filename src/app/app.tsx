/**
 * The whole app inside whichever router the caller gives it: the browser's, the prerender's
 * static one, or a test's memory router.
 */
import { AppProviders } from './providers';
import { AppRoutes } from './routes';
import { ErrorBoundary } from './router/error-boundary';
import type { RouteCache } from './router/route-cache';
import { RouteCacheProvider } from './router/route-page';

export function App({ cache }: { cache: RouteCache }) {
  return (
    <AppProviders queryClient={cache.queryClient}>
      <RouteCacheProvider value={cache}>
        {/* A layout that fails still shows the error page; each page has a boundary of its own. */}
        <ErrorBoundary resetKey="app">
          <AppRoutes />
        </ErrorBoundary>
      </RouteCacheProvider>
    </AppProviders>
  );
}
