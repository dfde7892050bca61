/**
 * The search itself: MiniSearch and the index the build wrote (content/search-index.json).
 * Loaded only when a reader opens the search, as its own chunk; the index comes through the one
 * content fetcher, so the service worker keeps it like any other content file.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { fetchContent } from '../../content/fetch-content';
import { contentFiles } from '../../content/payloads';
import { searchIndexOptions, type SearchDocument } from '../../content/search-index';
import { searchSite, type SearchHit } from './rank';

export type SearchEngine = (query: string) => SearchHit[];

export async function loadSearchEngine(): Promise<SearchEngine> {
  const json = await fetchContent<AsPlainObject>(contentFiles.searchIndex);
  // In steps that let the page answer taps meanwhile: on a slow phone this takes a moment.
  const index = await MiniSearch.loadJSAsync<SearchDocument>(json, searchIndexOptions);
  return (query) => searchSite(index, query);
}
