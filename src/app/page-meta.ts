/** Turns the matched routes' handles into the page's title and description. */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { messages } from '../i18n/messages';
import { isRouteHandle, type PageMeta } from '../lib/route';

/** The shape both useMatches() and a static handler's matches can be mapped to. */
export interface MatchLike {
  params: Params;
  handle: unknown;
}

export function resolveMeta(matches: readonly MatchLike[], queryClient: QueryClient): PageMeta {
  for (const match of [...matches].reverse()) {
    if (isRouteHandle(match.handle)) {
      try {
        return match.handle.meta({ params: match.params, queryClient });
      } catch {
        break;
      }
    }
  }
  return { title: messages.siteName, description: messages.siteTagline };
}

export function fullTitle(meta: PageMeta): string {
  return meta.title === messages.siteName ? meta.title : `${meta.title} · ${messages.siteName}`;
}
