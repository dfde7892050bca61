/**
 * /search/: a search box over the whole guide, with its query in the URL (?q=) so a search can
 * be shared, and below it everything the search looks through, by kind. That list is the page
 * without JavaScript: prerendered, it reaches every scenario, outcome, model section, place,
 * myth and term in one tap.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { contentQueries } from '../../content/queries';
import { searchMessages } from '../../i18n/search';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { SearchCatalogueList } from './search-catalogue';
import { moveAmongResults } from './result-keys';
import { parseSearchState, searchStateToSearch } from './url-state';
import { inPlace } from '../../lib/in-place';

const SearchPanel = lazy(() => import('./search-panel'));
const t = searchMessages;
const PAGE_LIMIT = 50;

export function SearchPage() {
  const { data: catalogue } = useSuspenseQuery(contentQueries.searchCatalogue());
  const navigate = useNavigate();
  const inputId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const urlQuery = parseSearchState(useHydratedSearch()).query;
  const [draft, setDraft] = useState(urlQuery);
  const [opened, setOpened] = useState(false);
  // The URL wins when it changes by itself (Back, a link, hydration with ?q=).
  const [lastUrlQuery, setLastUrlQuery] = useState(urlQuery);
  if (urlQuery !== lastUrlQuery) {
    setLastUrlQuery(urlQuery);
    setDraft(urlQuery);
  }

  const change = (value: string) => {
    setDraft(value);
    setOpened(true);
    const next = parseSearchState(searchStateToSearch({ query: value })).query;
    setLastUrlQuery(next);
    void navigate({ search: searchStateToSearch({ query: value }) }, inPlace);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // On a phone, put the keyboard away so the results can be seen.
    event.currentTarget.querySelector('input')?.blur();
  };

  return (
    <div className="page search-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <div
        className="search-page-box"
        ref={wrap}
        onKeyDown={(event: KeyboardEvent) => {
          if (wrap.current) moveAmongResults(event, wrap.current);
        }}
      >
        <form role="search" aria-label={t.pageLandmark} className="search-page-form needs-script" onSubmit={onSubmit}>
          <label htmlFor={inputId}>{t.label}</label>
          <div className="search-page-row">
            <input
              id={inputId}
              type="search"
              name="q"
              value={draft}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              onPointerDown={() => setOpened(true)}
              onChange={(event) => change(event.target.value)}
            />
            <button type="submit">{t.submit}</button>
          </div>
        </form>
        <p className="without-script">{t.withoutScript}</p>
        {(opened || draft.trim() !== '') && (
          <Suspense fallback={<p className="search-status">{t.loading}</p>}>
            <SearchPanel query={draft} limit={PAGE_LIMIT} variant="page" />
          </Suspense>
        )}
      </div>
      <SearchCatalogueList catalogue={catalogue} />
    </div>
  );
}
