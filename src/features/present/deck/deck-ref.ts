/**
 * Which deck a page shows: one from data/decks/ (by id) or one built by hand (carried in the
 * link). Every link between the deck's pages goes through deckHref so the deck travels along.
 */
import { paths } from '../../../config/paths';
import { CUSTOM_DECK_ID, CUSTOM_DECK_PARAM } from '../../../content/custom-deck';

export type DeckRef = { kind: 'built'; id: string } | { kind: 'custom'; encoded: string };

export function deckRefFrom(deckId: string, search: string): DeckRef {
  if (deckId !== CUSTOM_DECK_ID) return { kind: 'built', id: deckId };
  return { kind: 'custom', encoded: new URLSearchParams(search).get(CUSTOM_DECK_PARAM) ?? '' };
}

function deckId(ref: DeckRef): string {
  return ref.kind === 'built' ? ref.id : CUSTOM_DECK_ID;
}

export function deckSearch(ref: DeckRef): string {
  // Encoded again: the value was decoded from the link, and a `#` or `&` in it must not become
  // a fragment or another parameter of the links built from it.
  return ref.kind === 'custom' && ref.encoded ? `?${CUSTOM_DECK_PARAM}=${encodeURIComponent(ref.encoded)}` : '';
}

export const deckHref = {
  overview: (ref: DeckRef) => paths.deck.getHref(deckId(ref), deckSearch(ref)),
  slide: (ref: DeckRef, slide: number) => paths.deckSlide.getHref(deckId(ref), slide, deckSearch(ref)),
  presenter: (ref: DeckRef) => paths.presenter.getHref(deckId(ref), deckSearch(ref)),
  workshop: (ref: DeckRef) => paths.workshop.getHref(deckId(ref), deckSearch(ref)),
  cards: (ref: DeckRef) => paths.workshopCards.getHref(deckId(ref), deckSearch(ref)),
  edit: (ref: DeckRef) => paths.deckBuilder.getHref(deckSearch(ref)),
};

/** The BroadcastChannel that keeps this deck's audience and presenter windows in step. */
export function channelName(ref: DeckRef): string {
  return ref.kind === 'built' ? `swl-deck:${ref.id}` : `swl-deck:custom:${ref.encoded}`;
}
