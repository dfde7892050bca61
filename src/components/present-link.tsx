/**
 * "Present this": opens one scenario, model or comparison as a deck of its own, at its first
 * slide, in presentation mode (step-by-step reveal, presenter view, workshop tools). The deck
 * travels in the link, in the same format as a deck built by hand, and so does the page it was
 * opened from: leaving the presentation comes back here (decision 021).
 */
import { Link, useLocation } from 'react-router';
import { paths, RETURN_PARAM } from '../config/paths';
import { CUSTOM_DECK_ID, customDeckToSearch, type CustomItem } from '../content/custom-deck';
import { messages } from '../i18n/messages';
import { useHydratedSearch } from '../lib/use-hydrated';

export function presentHref(item: CustomItem, title: string, from?: string): string {
  const search = new URLSearchParams(customDeckToSearch({ title, items: [item] }));
  if (from) search.set(RETURN_PARAM, from);
  return paths.deckSlide.getHref(CUSTOM_DECK_ID, 1, `?${search.toString()}`);
}

export function PresentLink({ item, title }: { item: CustomItem; title: string }) {
  const { pathname } = useLocation();
  // The page's own query state (a comparison's filters) is known once the page has hydrated.
  const search = useHydratedSearch();
  return (
    <p className="present-link no-print">
      <Link to={presentHref(item, title, `${pathname}${search}`)}>{messages.presentThis[item.kind]}</Link>
    </p>
  );
}
