/** Turns the page's route into its title and description. */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { messages } from '../i18n/messages';
import type { FeatureRoute, PageMeta } from '../lib/route';

/** The page on screen, as the browser's route cache and the prerender both resolve it. */
export interface ResolvedPage {
  route: FeatureRoute;
  params: Params;
}

/** The page's own title and description, or the site's when there is no page (an error). */
export function resolveMeta(page: ResolvedPage | undefined, queryClient: QueryClient): PageMeta {
  const fallback = { title: messages.siteName, description: messages.siteTagline };
  if (!page) return fallback;
  try {
    return page.route.meta({ params: page.params, queryClient });
  } catch {
    return fallback;
  }
}

export function fullTitle(meta: PageMeta): string {
  return meta.title === messages.siteName ? meta.title : `${meta.title} · ${messages.siteName}`;
}
