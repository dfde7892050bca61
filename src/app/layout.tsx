/** The frame around every page: skip link, quick exit, header (search and navigation), main region, footer. */
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { OnlineAddress } from '../components/online-address';
import { paths } from '../config/paths';
import { OfflineStatus } from '../features/offline/offline-status';
import { QuickExitButton } from '../features/safety/quick-exit-button';
import { messages } from '../i18n/messages';
import { licence } from '../i18n/licence';
import { useHydratedSearch } from '../lib/use-hydrated';
import { useFocusOnNavigation } from './navigation-effects';
import { SiteHeader } from './site-header';

export function Layout() {
  useFocusOnNavigation();
  const { pathname } = useLocation();
  const search = useHydratedSearch();
  // The first page is prerendered and must never start hidden; only later pages ease in (CSS,
  // and not at all under reduced motion), so no animation library loads with every page.
  const [firstPage] = useState(() => pageKey(pathname));
  const entered = pageKey(pathname) !== firstPage;
  return (
    <>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <QuickExitButton />
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {/* Keyed by page (not by the model in focus), so a page reached by navigation eases in. */}
        <div key={pageKey(pathname)} className={entered ? 'page-enter' : undefined}>
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <p>
          <Link to={paths.support.getHref()}>{messages.footer.support}</Link>
        </p>
        <p>
          {messages.footer.privacy} <Link to={paths.privacy.getHref()}>{messages.nav.privacy}</Link> ·{' '}
          <Link to={paths.quickExit.getHref()}>{messages.nav.quickExit}</Link>
        </p>
        <p>{messages.footer.reviewed}</p>
        <p>
          {licence.line} {licence.codeLine} <Link to={paths.reuse.getHref()}>{licence.reuseLink}</Link>
        </p>
        {/* Printed pages say where they came from. */}
        <OnlineAddress to={`${pathname}${search}`} className="print-only" />
      </footer>
      <OfflineStatus />
    </>
  );
}

/**
 * A scenario with or without a model in focus is one page: changing focus is not a page change.
 * Nor is changing a comparison's dimension or topic (each a path of its own).
 */
function pageKey(pathname: string): string {
  const scenario = /^\/scenarios\/[^/]+\//.exec(pathname);
  if (scenario) return scenario[0];
  return pathname.startsWith('/compare/') ? '/compare/' : pathname;
}
