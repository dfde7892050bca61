/**
 * The search box in every page's header (in the menu on a phone). It is prerendered and costs a
 * page almost nothing: the results panel, MiniSearch and the index load only once the reader
 * types or taps into the box (search-panel.tsx). Enter opens the search page with the query;
 * the arrow keys move between the box and the results; Escape closes the results, then clears
 * the box. Without JavaScript it is a plain link to the search page, which lists everything.
 */
import { lazy, Suspense, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { messages } from '../../i18n/messages';
import { moveAmongResults } from './result-keys';
import { searchStateToSearch } from './url-state';
import { useCloseOnTapElsewhere } from '../../lib/use-close-on-tap-elsewhere';

const SearchPanel = lazy(() => import('./search-panel'));
const t = messages.siteSearch;
const HEADER_LIMIT = 8;

export function SiteSearch() {
  const inputId = useId();
  const [query, setQuery] = useState('');
  // Whether the reader has used the box: until then none of the search's code is loaded.
  const [opened, setOpened] = useState(false);
  const [showing, setShowing] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const { pathname, search } = useLocation();

  // A new page (a result, a link) starts with an empty box and no results.
  const [lastPage, setLastPage] = useState(`${pathname}${search}`);
  if (lastPage !== `${pathname}${search}`) {
    setLastPage(`${pathname}${search}`);
    setQuery('');
    setShowing(false);
  }
  useCloseOnTapElsewhere(showing, wrap, setShowing);

  const open = () => {
    setOpened(true);
    setShowing(true);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.search.getHref(searchStateToSearch({ query })));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // preventDefault tells the menu around the box that this Escape is used up.
      if (showing && query) {
        event.preventDefault();
        setShowing(false);
        wrap.current?.querySelector('input')?.focus();
      } else if (query) {
        event.preventDefault();
        setQuery('');
      }
      return;
    }
    if (wrap.current && moveAmongResults(event, wrap.current)) setShowing(true);
  };

  return (
    <div
      className="site-search"
      ref={wrap}
      onKeyDown={onKeyDown}
      onBlur={(event) => hideIfLeaving(event, wrap.current, setShowing)}
    >
      <form
        role="search"
        aria-label={t.landmark}
        className="site-search-form needs-script"
        action={paths.search.getHref()}
        method="get"
        onSubmit={onSubmit}
      >
        <label className="visually-hidden" htmlFor={inputId}>
          {t.label}
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={query}
          placeholder={t.placeholder}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onPointerDown={open}
          onChange={(event) => {
            setQuery(event.target.value);
            open();
          }}
          onFocus={() => setShowing(true)}
        />
        <button type="submit">{t.submit}</button>
      </form>
      <Link className="site-search-link without-script" to={paths.search.getHref()}>
        {messages.nav.search}
      </Link>
      {opened && (
        <Suspense fallback={null}>
          <SearchPanel
            query={showing ? query : ''}
            limit={HEADER_LIMIT}
            variant="header"
            onPick={() => setShowing(false)}
          />
        </Suspense>
      )}
    </div>
  );
}

function hideIfLeaving(
  event: React.FocusEvent,
  wrap: HTMLElement | null,
  setShowing: (showing: boolean) => void,
): void {
  const next = event.relatedTarget as Node | null;
  if (next && wrap && !wrap.contains(next)) setShowing(false);
}
