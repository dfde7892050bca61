/** URL state of the search page: the query, so a search can be shared or reloaded. Tolerant. */
import { MAX_QUERY_LENGTH } from './limits';

export const SEARCH_PARAMS = { query: 'q' } as const;

export interface SearchState {
  query: string;
}

export function parseSearchState(search: string): SearchState {
  const value = new URLSearchParams(search).get(SEARCH_PARAMS.query) ?? '';
  return { query: value.slice(0, MAX_QUERY_LENGTH) };
}

/** "?q=…", or "" for no query (defaults are left out of links). */
export function searchStateToSearch(state: SearchState): string {
  const query = state.query.trim();
  return query ? `?${new URLSearchParams({ [SEARCH_PARAMS.query]: query.slice(0, MAX_QUERY_LENGTH) }).toString()}` : '';
}
