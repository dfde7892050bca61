/** The frame around every page: skip link, header and navigation, main region, footer. */
import { useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { OnlineAddress } from '../components/online-address';
import { paths } from '../config/paths';
import { OfflineStatus } from '../features/offline/offline-status';
import { QuickExitButton } from '../features/safety/quick-exit-button';
import { messages } from '../i18n/messages';
import { useHydratedSearch } from '../lib/use-hydrated';
import { useFocusOnNavigation } from './navigation-effects';

const NAV = [
  { to: paths.learn.getHref(), label: messages.nav.learn },
  { to: paths.models.getHref(), label: messages.nav.models },
  { to: paths.scenarios.getHref(), label: messages.nav.scenarios },
  { to: paths.compare.getHref(), label: messages.nav.compare },
  { to: paths.places.getHref(), label: messages.nav.places },
  { to: paths.myths.getHref(), label: messages.nav.myths },
  { to: paths.quiz.getHref(), label: messages.nav.quiz },
  { to: paths.takeAction.getHref(), label: messages.nav.takeAction },
  { to: paths.sources.getHref(), label: messages.nav.sources },
  { to: paths.glossary.getHref(), label: messages.nav.glossary },
];

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
      <header className="site-header">
        <Link className="site-name" to={paths.home.getHref()}>
          {messages.siteName}
        </Link>
        <nav aria-label={messages.nav.label}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
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
        {/* Printed pages say where they came from. */}
        <OnlineAddress to={`${pathname}${search}`} className="print-only" />
      </footer>
      <OfflineStatus />
    </>
  );
}

/** A scenario with or without a model in focus is one page: changing focus is not a page change. */
function pageKey(pathname: string): string {
  const scenario = /^\/scenarios\/[^/]+\//.exec(pathname);
  return scenario ? scenario[0] : pathname;
}
