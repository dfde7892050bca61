/**
 * "Present this": opens one scenario, model or comparison as a deck of its own, at its first
 * slide, in presentation mode (step-by-step reveal, presenter view, workshop tools). The deck
 * travels in the link, in the same format as a deck built by hand.
 */
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { CUSTOM_DECK_ID, customDeckToSearch, type CustomItem } from '../content/custom-deck';
import { messages } from '../i18n/messages';

export function presentHref(item: CustomItem, title: string): string {
  return paths.deckSlide.getHref(CUSTOM_DECK_ID, 1, customDeckToSearch({ title, items: [item] }));
}

export function PresentLink({ item, title }: { item: CustomItem; title: string }) {
  return (
    <p className="present-link no-print">
      <Link to={presentHref(item, title)}>{messages.presentThis[item.kind]}</Link>
    </p>
  );
}
