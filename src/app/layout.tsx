/** The frame around every page: skip link, header and navigation, main region, footer. */
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { paths } from '../config/paths';
import { messages } from '../i18n/messages';
import { useDocumentMeta, useFocusOnNavigation } from './navigation-effects';

const NAV = [
  { to: paths.models.getHref(), label: messages.nav.models },
  { to: paths.scenarios.getHref(), label: messages.nav.scenarios },
  { to: paths.compare.getHref(), label: messages.nav.compare },
  { to: paths.myths.getHref(), label: messages.nav.myths },
  { to: paths.takeAction.getHref(), label: messages.nav.takeAction },
  { to: paths.sources.getHref(), label: messages.nav.sources },
  { to: paths.glossary.getHref(), label: messages.nav.glossary },
];

export function Layout() {
  useDocumentMeta();
  useFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
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
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{messages.footer.privacy}</p>
        <p>{messages.footer.reviewed}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
