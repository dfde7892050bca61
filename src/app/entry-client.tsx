/**
 * Browser entry. On a prerendered page it restores the query cache and router state the
 * prerender wrote, resolves the current page's lazy route, then hydrates (no loading flash,
 * no refetch). Without prerendered data (the dev server) it renders from scratch.
 */
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { basename, isDataFor, readAppData } from './app-data';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createRoutes } from './routes';
import './styles.css';
import './styles-present.css';

async function resolveLazyMatches(routes: RouteObject[]): Promise<void> {
  const matches = matchRoutes(routes, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  const routerPath = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
  const found = readAppData(document);
  // 404.html is served for every unknown path: its data is for /404/, so render afresh.
  const appData = found && isDataFor(found, routerPath) ? found : undefined;
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);

  if (appData) {
    hydrate(queryClient, appData.queryState);
    await resolveLazyMatches(routes);
  }
  const router = createBrowserRouter(routes, { basename, hydrationData: appData?.router });
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>
  );
  if (appData) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

void start();
