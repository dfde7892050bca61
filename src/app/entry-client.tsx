/**
 * The app in the browser, imported by boot.ts once the page has painted. On a prerendered page
 * it restores the query cache the prerender wrote and loads the current page's code, then
 * hydrates (no loading flash, no refetch). Without prerendered data (the dev server, the
 * offline shell, 404.html) it renders from scratch.
 */
import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { EMBED_PATH_PREFIX } from '../config/paths';
import { contentQueries } from '../content/queries';
import { isFramedByAnotherSite, refuseFraming } from '../features/safety/frame-guard';
import { replaceHistoryWhenLeavingNoTrail } from '../features/safety/leave-no-trail';
import { ensureQuickExitShortcut } from '../features/safety/use-quick-exit-shortcut';
import { yieldToBrowser } from '../lib/yield-to-browser';
import { basename, isDataFor, readAppData, type AppData } from './app-data';
import { createQueryClient } from './query-client';
import { recoverFromStartFailure } from './router/recover';
import { createRouteCache } from './router/route-cache';
import { createHistory, StartRouter } from './router/start-router';
import { matchPage, notFoundPage } from './routes';

const routerPathOf = (pathname: string) => pathname.slice(basename === '/' ? 0 : basename.length) || '/';

/**
 * A host that serves /models/index.html at /models (no redirect to /models/) hands over a page
 * whose links and data are for /models/: take the page's own address first, so hydration
 * matches what was rendered.
 */
function adoptPageAddress(data: AppData | undefined): void {
  const { pathname, search, hash } = window.location;
  if (!data?.path.endsWith('/') || pathname.endsWith('/') || !isDataFor(data, routerPathOf(pathname))) return;
  window.history.replaceState(window.history.state, '', `${pathname}/${search}${hash}`);
}

async function start(): Promise<void> {
  // This task has just evaluated the app's modules: let a tap or a frame in before starting.
  await yieldToBrowser();
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  const found = readAppData(document);
  adoptPageAddress(found);
  // The address the page on screen is for. The router first renders this one, even if a script
  // changes the address while the app starts (src/app/router/start-router.tsx).
  const history = createHistory();
  const startLocation = history.location;
  const routerPath = routerPathOf(startLocation.pathname);
  const startAddress = `${routerPath}${startLocation.search}`;
  if (!routerPath.startsWith(EMBED_PATH_PREFIX) && isFramedByAnotherSite()) return refuseFraming();
  // Shift three times works from the moment this script runs, not only once React has hydrated.
  if (!routerPath.startsWith(EMBED_PATH_PREFIX)) ensureQuickExitShortcut();
  replaceHistoryWhenLeavingNoTrail();
  // 404.html is served for every unknown path: its data is for /404/, so render afresh.
  const appData = found && isDataFor(found, routerPath) ? found : undefined;
  const queryClient = createQueryClient();
  const cache = createRouteCache(queryClient, notFoundPage, window.location.origin);

  if (appData) {
    hydrate(queryClient, appData.queryState);
    // Each step of the start is its own task, so a tap or key waits for one step, not all
    // (decision 029).
    await yieldToBrowser();
    const { entry, params } = matchPage(routerPath);
    await yieldToBrowser();
    // The files the page preloads rather than carries arrive alongside its code.
    const external = appData.external ?? [];
    await Promise.all([
      cache.adopt(entry, params, startAddress),
      yieldToBrowser().then(() =>
        Promise.all(external.map((file) => queryClient.ensureQueryData(contentQueries.file(file)))),
      ),
    ]);
  } else {
    // Resolve before the first render, so what is on screen (404.html's not-found page, the
    // offline shell's frame) is replaced once by the finished page, not first by an empty one.
    const { entry, params } = matchPage(routerPath);
    await cache.resolve(entry, params, startAddress);
  }
  const app = (
    <StrictMode>
      <StartRouter history={history} startLocation={startLocation} basename={basename}>
        <App cache={cache} />
      </StartRouter>
    </StrictMode>
  );
  // Hydrating in a transition lets React yield to the browser every few milliseconds while it
  // hydrates the frame too, not only inside each page's boundary (decision 028); a reader's
  // click or key on a part not yet hydrated still hydrates that part first.
  if (appData) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
}

// If the page's code or preloaded content cannot load, recover as boot.ts does.
start().catch(recoverFromStartFailure);
