/**
 * The site's name, the search box and the main navigation. On a phone (below 50rem) the search
 * and navigation fold behind a Menu button, so the first screen is the page, not the chrome:
 * only the quick exit above stays fixed. The button is a disclosure (aria-expanded,
 * aria-controls); Escape closes it and gives focus back to it, and opening a page closes it.
 *
 * Everything is in the prerendered page, so nothing moves at hydration. Without JavaScript the
 * button is hidden and the navigation shows in full (`@media (scripting: none)` in styles.css),
 * with a link to the search page instead of the search box.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { paths } from '../config/paths';
import { SiteSearch } from '../features/search/site-search';
import { messages } from '../i18n/messages';

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

const MENU_ID = 'site-menu';

export function SiteHeader() {
  const [open, setOpen] = useState(false);
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // A page opened from the menu (or anywhere) closes it: the reader came for that page.
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    setLastPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    // Escape that something inside already used (closing search results) leaves the menu open.
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const focusInside = header.current?.contains(document.activeElement) ?? false;
      setOpen(false);
      if (focusInside) button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <header ref={header} className="site-header">
      <div className="site-header-bar">
        <Link className="site-name" to={paths.home.getHref()}>
          {messages.siteName}
        </Link>
        <button
          ref={button}
          type="button"
          className="menu-button needs-script"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpen((was) => !was)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {messages.nav.menu}
        </button>
      </div>
      <div id={MENU_ID} className={open ? 'site-menu is-open' : 'site-menu'}>
        <SiteSearch />
        <nav className="site-nav" aria-label={messages.nav.label}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
