/**
 * The whole app inside whichever router the caller gives it: the browser's, the prerender's
 * static one, or a test's memory router.
 */
import { useLocation } from 'react-router';
import { EMBED_PATH_PREFIX } from '../config/paths';
import { QuickExitGuard } from '../features/safety/quick-exit-guard';
import { ErrorScreen } from './error-screen';
import { AppProviders } from './providers';
import { AppRoutes } from './routes';
import { ErrorBoundary } from './router/error-boundary';
import type { RouteCache } from './router/route-cache';
import { RouteCacheProvider } from './router/route-page';

export function App({ cache }: { cache: RouteCache }) {
  const { pathname } = useLocation();
  // Embeds live in other sites' pages and have no quick exit, by design.
  const embedded = pathname.startsWith(EMBED_PATH_PREFIX);
  return (
    <AppProviders queryClient={cache.queryClient}>
      <RouteCacheProvider value={cache}>
        {/* Outside every error boundary: nothing a page does can take the quick exit away. */}
        {!embedded && <QuickExitGuard />}
        {/* A layout that fails still shows the error screen, with the quick exit; each page has
            a boundary of its own inside its layout. A new address tries again. */}
        <ErrorBoundary resetKey={pathname} fallback={<ErrorScreen embedded={embedded} />}>
          <AppRoutes />
        </ErrorBoundary>
      </RouteCacheProvider>
    </AppProviders>
  );
}
