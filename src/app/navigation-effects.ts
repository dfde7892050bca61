/** What happens when the page changes: focus moves to the new page's heading. */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, focus the new page's main heading so keyboard and screen
 * reader users start at the new content (and hear its name). Not on first load.
 */
export function useFocusOnNavigation(): void {
  const { pathname, state } = useLocation();
  const keepFocus = isKeepFocus(state);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // Controls that change a view in place (a tab, a filter) ask to keep focus where it is.
    if (keepFocus) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }, [pathname, keepFocus]);
}

function isKeepFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { keepFocus?: unknown }).keepFocus === true;
}
