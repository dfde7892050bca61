/**
 * Which deck a page shows: one from data/decks/ (by id) or one built by hand (carried in the
 * link), and where it was opened from, if anywhere. Every link between the deck's pages goes
 * through deckHref so the deck, and the way back, travel along.
 */
import { paths, RETURN_PARAM, safeReturnPath } from '../../../config/paths';
import { CUSTOM_DECK_ID, CUSTOM_DECK_PARAM } from '../../../content/custom-deck';

export type DeckRef = ({ kind: 'built'; id: string } | { kind: 'custom'; encoded: string }) & {
  /** The page "Present this…" was pressed on: leaving the deck goes back there. */
  from?: string;
};

export function deckRefFrom(deckId: string, search: string): DeckRef {
  const params = new URLSearchParams(search);
  const from = safeReturnPath(params.get(RETURN_PARAM));
  const ref: DeckRef =
    deckId !== CUSTOM_DECK_ID
      ? { kind: 'built', id: deckId }
      : { kind: 'custom', encoded: params.get(CUSTOM_DECK_PARAM) ?? '' };
  return from ? { ...ref, from } : ref;
}

function deckId(ref: DeckRef): string {
  return ref.kind === 'built' ? ref.id : CUSTOM_DECK_ID;
}

export function deckSearch(ref: DeckRef): string {
  const params = new URLSearchParams();
  if (ref.kind === 'custom' && ref.encoded) params.set(CUSTOM_DECK_PARAM, ref.encoded);
  if (ref.from) params.set(RETURN_PARAM, ref.from);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The same deck without the way back: for pages that are not part of the presentation. */
function withoutReturn(ref: DeckRef): DeckRef {
  const { from: _from, ...rest } = ref;
  return rest;
}

export const deckHref = {
  overview: (ref: DeckRef) => paths.deck.getHref(deckId(ref), deckSearch(withoutReturn(ref))),
  slide: (ref: DeckRef, slide: number, step = 0) => paths.deckSlide.getHref(deckId(ref), slide, deckSearch(ref), step),
  presenter: (ref: DeckRef) => paths.presenter.getHref(deckId(ref), deckSearch(withoutReturn(ref))),
  workshop: (ref: DeckRef) => paths.workshop.getHref(deckId(ref), deckSearch(withoutReturn(ref))),
  cards: (ref: DeckRef) => paths.workshopCards.getHref(deckId(ref), deckSearch(withoutReturn(ref))),
  print: (ref: DeckRef) => paths.deckPrint.getHref(deckId(ref), deckSearch(withoutReturn(ref))),
  handout: (ref: DeckRef) => paths.deckHandout.getHref(deckId(ref), deckSearch(withoutReturn(ref))),
  edit: (ref: DeckRef) => paths.deckBuilder.getHref(deckSearch(withoutReturn(ref))),
  /** Where leaving the presentation goes: back where it was opened from, or the deck's overview. */
  leave: (ref: DeckRef) => ref.from ?? paths.deck.getHref(deckId(ref), deckSearch(withoutReturn(ref))),
};

/** The BroadcastChannel that keeps this deck's audience and presenter windows in step. */
export function channelName(ref: DeckRef): string {
  return ref.kind === 'built' ? `swl-deck:${ref.id}` : `swl-deck:custom:${ref.encoded}`;
}
