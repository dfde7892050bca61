/** What happens when the page changes: focus moves to the new page's heading, or to its #anchor. */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { hashTarget } from './router/hash-target';
import { isInPlace } from '../lib/in-place';

/**
 * After a client-side navigation, focus the new page's main heading so keyboard and screen
 * reader users start at the new content (and hear its name). Not on first load. A link to an
 * #anchor (a glossary term, a model's section, a letter of the glossary's A–Z) focuses that
 * place instead, without scrolling: scroll restoration has already brought it into view below
 * the sticky exit bar, and focusing the page's heading would scroll back to the top.
 */
export function useFocusOnNavigation(): void {
  const { pathname, hash, state } = useLocation();
  const keepFocus = isInPlace(state);
  const previous = useRef({ pathname, hash });
  useEffect(() => {
    const before = previous.current;
    if (before.pathname === pathname && before.hash === hash) return;
    previous.current = { pathname, hash };
    // Controls that change a view in place (a tab, a filter) ask to keep focus where it is.
    if (keepFocus) return;
    const target = hashTarget(hash);
    if (target) {
      if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
        target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      return;
    }
    if (before.pathname === pathname) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      // Without scrolling: scroll restoration has placed the page (its top for a new page, the
      // reader's place on Back or Forward), and focusing a heading above that place would
      // scroll back to the top.
      heading.focus({ preventScroll: true });
    }
  }, [pathname, hash, keepFocus]);
}
