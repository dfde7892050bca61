/**
 * Which queries a page actually reads. Loaders fetch what a page might need (the content index,
 * to check an id, say), but the browser hydrates only from what the page's components and its
 * metadata read; carrying the rest in the HTML would send that content twice for nothing.
 * Used by the prerender: start tracking after `prepare`, then render and resolve the meta.
 */
import type { QueryClient } from '@tanstack/react-query';

export function trackQueryReads(queryClient: QueryClient): { wasRead: (queryHash: string) => boolean } {
  const cache = queryClient.getQueryCache();
  const read = new Set<string>();
  // Components reach a query through `build` (useSuspenseQuery's observer); metadata through
  // `get` (getQueryData). Both are wrapped on this one request's cache only.
  const build = cache.build.bind(cache);
  cache.build = ((...args: Parameters<typeof build>) => {
    const query = build(...args);
    read.add(query.queryHash);
    return query;
  }) as typeof cache.build;
  const get = cache.get.bind(cache);
  cache.get = ((queryHash: string) => {
    read.add(queryHash);
    return get(queryHash);
  }) as typeof cache.get;
  return { wasRead: (queryHash) => read.has(queryHash) };
}
