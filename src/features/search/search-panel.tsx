/**
 * The results of a search: how many there are (a polite live region, so a screen reader hears
 * the count as the reader types), then each result as a link to the exact place it names. Its
 * own chunk with the search engine: nothing of it loads until the reader opens the search.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { searchMessages } from '../../i18n/search';
import type { SearchHit } from './rank';
import { loadSearchEngine } from './search-engine';
import { searchStateToSearch } from './url-state';

const t = searchMessages;

export interface SearchPanelProps {
  query: string;
  /** How many results to show; past it, the header's panel links to the search page. */
  limit: number;
  variant: 'header' | 'page';
  /** Called when a result is chosen (the header closes its panel). */
  onPick?: () => void;
}

export default function SearchPanel({ query, limit, variant, onPick }: SearchPanelProps) {
  const engine = useQuery({
    queryKey: ['search', 'engine'],
    queryFn: loadSearchEngine,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: 1,
  });
  const settled = useSettled(query.trim());
  const search = engine.data;
  const hits = useMemo<SearchHit[]>(() => (search && settled ? search(settled) : []), [search, settled]);
  const shown = hits.slice(0, limit);

  let status = '';
  if (settled) {
    if (engine.isError) status = t.failed;
    else if (!engine.data) status = t.loading;
    else status = hits.length === 0 ? t.none(settled) : t.count(shown.length, hits.length);
  }
  // Kept in the page while empty, so its live region is there before the first count arrives.
  const empty = variant === 'header' && settled === '';
  return (
    <div className={`search-panel search-panel-${variant}${empty ? ' is-empty' : ''}`}>
      <p role="status" className="search-status">
        {status}
      </p>
      {engine.isError && settled && (
        <p className="search-actions">
          <button type="button" onClick={() => void engine.refetch()}>
            {t.retry}
          </button>{' '}
          {variant === 'header' && <Link to={paths.search.getHref()}>{t.browseAll}</Link>}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="search-results" aria-label={t.resultsLabel}>
          {shown.map((hit) => (
            <li key={hit.id}>
              <Link to={hit.href} onClick={onPick}>
                <span className="search-hit-title">{hit.title}</span>
                <span className="search-hit-meta">
                  {t.kinds[hit.kind]}
                  {hit.context ? ` · ${hit.context}` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {variant === 'header' && hits.length > shown.length && (
        <p className="search-more">
          <Link to={paths.search.getHref(searchStateToSearch({ query: settled }))} onClick={onPick}>
            {t.seeAll(hits.length)}
          </Link>
        </p>
      )}
    </div>
  );
}

/**
 * The query once the reader pauses typing for a moment: results (and the count a screen reader
 * hears) follow words, not every keystroke. An empty query applies at once.
 */
function useSettled(query: string, delay = 150): string {
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), delay);
    return () => clearTimeout(timer);
  }, [query, delay]);
  return query === '' ? '' : settled;
}
