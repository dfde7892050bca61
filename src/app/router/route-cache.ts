/**
 * Resolutions by URL: its path and the query parameters its `prepare` reads (resolutionKey). A URL
 * resolves once: content is static for the life of a build, so going back to a page never
 * waits. A failure is not kept, so opening the URL again (say, back online) tries again.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { urlOnOrigin } from '../../lib/url';
import { resolutionKey, resolvePage, type PageEntry, type Resolution } from './resolve';

export interface RouteCache {
  queryClient: QueryClient;
  /** The resolution of `href` if it is already known: a page shown before, or adopted. */
  peek: (entry: PageEntry, href: string) => Resolution | undefined;
  /** Resolves `href`: loads the page's code and runs its `prepare`. */
  resolve: (entry: PageEntry, params: Params, href: string) => Promise<Resolution>;
  /**
   * The prerendered page being hydrated: its `prepare` ran at build time and what the page reads
   * is in the hydrated query cache, so only its code is loaded (running `prepare` again could
   * fetch what the page only checked, such as an index, before the page can respond).
   */
  adopt: (entry: PageEntry, params: Params, href: string) => Promise<Resolution>;
}

export function createRouteCache(queryClient: QueryClient, notFound: PageEntry, origin: string): RouteCache {
  const settled = new Map<string, Resolution>();
  // Resolutions under way, so a prefetch and the click that follows it share one.
  const pending = new Map<string, Promise<Resolution>>();
  const keep = (key: string, resolution: Resolution) => {
    if (resolution.kind !== 'error') settled.set(key, resolution);
    return resolution;
  };
  return {
    queryClient,
    peek: (entry, href) => settled.get(resolutionKey(entry, href)),
    resolve: (entry, params, href) => {
      const key = resolutionKey(entry, href);
      const known = settled.get(key);
      if (known) return Promise.resolve(known);
      const under = pending.get(key);
      if (under) return under;
      const resolving = resolvePage({ entry, params, url: urlOnOrigin(href, origin).href, queryClient, notFound })
        .then((resolution) => keep(key, resolution))
        .finally(() => pending.delete(key));
      pending.set(key, resolving);
      return resolving;
    },
    adopt: async (entry, params, href) =>
      keep(resolutionKey(entry, href), { kind: 'page', route: (await entry.load())(queryClient), params, status: 200 }),
  };
}
