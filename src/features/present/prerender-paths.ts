/**
 * Every presentation and workshop page the prerender writes. A hand-built deck lives in the
 * query string, which no static file can know, so its pages are written once each as shells
 * that open the deck in the browser, one per possible slide number (see decision 007).
 */
import { paths } from '../../config/paths';
import type { DeckSummary } from '../../content/payloads';
import { MAX_CUSTOM_ITEMS } from '../../content/custom-deck';
import { CUSTOM_DECK_ID } from '../../content/custom-deck';

export function presentPaths(decks: readonly DeckSummary[], scenarioIds: readonly string[]): string[] {
  const deckPages = (id: string, slides: number) => [
    paths.deck.getHref(id),
    paths.presenter.getHref(id),
    paths.workshop.getHref(id),
    paths.workshopCards.getHref(id),
    ...Array.from({ length: slides }, (_, i) => paths.deckSlide.getHref(id, i + 1)),
  ];
  return [
    paths.decks.getHref(),
    paths.deckBuilder.getHref(),
    ...decks.flatMap((d) => deckPages(d.id, d.slideCount)),
    // The title slide plus up to MAX_CUSTOM_ITEMS parts.
    ...deckPages(CUSTOM_DECK_ID, MAX_CUSTOM_ITEMS + 1),
    ...scenarioIds.map((id) => paths.predict.getHref(id)),
    paths.room.getHref(),
  ];
}
