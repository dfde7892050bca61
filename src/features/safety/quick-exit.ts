import { QUICK_EXIT_URL } from '../../config/safety';

/**
 * Leaves at once. location.replace swaps this page's history entry for the neutral site, so
 * Back does not return here. The page is blanked first so nothing lingers on screen while the
 * next site loads.
 */
export function quickExit(url: string = QUICK_EXIT_URL): void {
  document.title = 'Loading…';
  document.body.replaceChildren();
  window.location.replace(url);
}
