/**
 * What a URL resolves to before its page renders: the page (its module loaded, its data prepared),
 * a redirect, the not-found page, or an error. This is the part of a data router the app uses,
 * on top of React Router's declarative mode (docs/decisions/009-declarative-routing.md): route
 * matching, links and history stay React Router's; loading is TanStack Query's.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { isNotFound, MovedError, type FeatureRoute } from '../../lib/route';
import { urlOnOrigin } from '../../lib/url';

export type RouteFactory = (queryClient: QueryClient) => FeatureRoute;

/** A page route: its path pattern and its feature's route, loaded on first use. */
export interface PageEntry {
  path: string;
  load: () => Promise<RouteFactory>;
  /**
   * The query parameters its `prepare` reads. Any other parameter (a sort order, a filter) is the
   * page's own state: changing it shows the page again at once, without resolving anew.
   */
  searchKeys?: readonly string[];
}

/**
 * Which resolution a URL shares: its path and only the query parameters the page's `prepare`
 * reads. So /places/?sort=model is /places/ resolved, and re-sorting never waits a tick.
 */
export function resolutionKey(entry: PageEntry, href: string): string {
  const url = urlOnOrigin(href, 'http://key.invalid');
  const read = new URLSearchParams();
  for (const key of entry.searchKeys ?? []) for (const value of url.searchParams.getAll(key)) read.append(key, value);
  const search = read.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

export type Resolution =
  | { kind: 'page'; route: FeatureRoute; params: Params; status: 200 | 404 }
  | { kind: 'redirect'; to: string }
  | { kind: 'error'; error: unknown };

export interface ResolveArgs {
  entry: PageEntry;
  params: Params;
  /** The URL being opened, for pages that prepare from its query string. */
  url: string;
  queryClient: QueryClient;
  /** The page shown, with status 404, when `prepare` finds no such content. */
  notFound: PageEntry;
}

export async function resolvePage({ entry, params, url, queryClient, notFound }: ResolveArgs): Promise<Resolution> {
  try {
    return await runRoute(entry, params, url, queryClient, 200);
  } catch (thrown) {
    if (thrown instanceof MovedError) return { kind: 'redirect', to: thrown.to };
    if (!isNotFound(thrown)) return { kind: 'error', error: thrown };
    try {
      return await runRoute(notFound, {}, url, queryClient, 404);
    } catch (error) {
      return { kind: 'error', error };
    }
  }
}

async function runRoute(
  entry: PageEntry,
  params: Params,
  url: string,
  queryClient: QueryClient,
  status: 200 | 404,
): Promise<Resolution> {
  const route = (await entry.load())(queryClient);
  await route.prepare?.({ params, search: urlOnOrigin(url, 'http://key.invalid').search });
  return { kind: 'page', route, params, status };
}
