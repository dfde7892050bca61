/**
 * Starts resolving a page as soon as the reader shows they are about to open it: the mouse over
 * its link, or keyboard focus on it. By the click, a page whose code and content are already at
 * hand (another model in focus, say) is resolved, so it shows in the click's own render instead
 * of one after; a page that needs a file has a head start on it.
 *
 * Not on touch: a finger that lands on a link is as often scrolling past it, and on a phone with
 * paid data that would fetch pages nobody opens. Nor for a reader whose browser asks to save data,
 * nor offline.
 */
import { useEffect } from 'react';
import { useHref } from 'react-router';
import { savesData } from '../../lib/save-data';
import type { RouteCache } from './route-cache';
import type { MatchPage } from './use-shown-location';

const INTENT_EVENTS = ['pointerover', 'focusin'] as const;

export function usePrefetchOnIntent(cache: RouteCache, matchPage: MatchPage): void {
  // The router's basename, as links carry it in their href ("" at the site's root).
  const base = useHref('/').replace(/\/$/, '');
  useEffect(() => {
    if (savesData()) return;
    const onIntent = (event: Event) => {
      if (event.type === 'pointerover' && (event as PointerEvent).pointerType !== 'mouse') return;
      // Offline, a page not kept on the device can only fail to fetch: the click says so instead.
      if (!navigator.onLine) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || !url.pathname.startsWith(`${base}/`)) return;
      const path = url.pathname.slice(base.length);
      const { entry, params } = matchPage(path);
      void cache.resolve(entry, params, `${path}${url.search}`);
    };
    const options = { capture: true, passive: true };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, options);
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, options);
    };
  }, [cache, matchPage, base]);
}
