/**
 * The routes' side of a deck: everything its pages show, fetched before they render. A
 * custom deck is read from the address's query string; when prerendering there is none, and
 * the page opens the deck in the browser instead.
 */
import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../../content/queries';
import { notFound } from '../../../lib/route';
import { CUSTOM_DECK_PARAM, decodeCustomDeck } from '../../../content/custom-deck';
import { CUSTOM_DECK_ID } from '../../../content/custom-deck';
import { builtDeckView, customDeckView, type DeckView } from './deck-view';
import { resolveCustomDeck, scenarioIdsOf } from './resolve-custom';

export async function loadDeck(queryClient: QueryClient, deckId: string | undefined, search: string): Promise<void> {
  if (deckId === CUSTOM_DECK_ID) {
    const encoded = new URLSearchParams(search).get(CUSTOM_DECK_PARAM);
    if (!encoded) return;
    const [index] = await Promise.all([
      queryClient.ensureQueryData(contentQueries.index()),
      queryClient.ensureQueryData(contentQueries.deckModels()),
    ]);
    const { deck } = resolveCustomDeck(decodeCustomDeck(encoded).deck, index);
    await Promise.all(scenarioIdsOf(deck).map((id) => queryClient.ensureQueryData(contentQueries.scenario(id))));
    return;
  }
  const decks = await queryClient.ensureQueryData(contentQueries.decks());
  if (!decks.some((d) => d.id === deckId)) notFound();
  await Promise.all([
    queryClient.ensureQueryData(contentQueries.deck(deckId ?? '')),
    queryClient.ensureQueryData(contentQueries.deckModels()),
    queryClient.ensureQueryData(contentQueries.index()),
  ]);
}

/** A built deck from the query cache, for page metadata; undefined for a custom deck. */
export function cachedDeck(queryClient: QueryClient, deckId: string | undefined): DeckView | undefined {
  if (!deckId || deckId === CUSTOM_DECK_ID) return undefined;
  const page = queryClient.getQueryData(contentQueries.deck(deckId).queryKey);
  const models = queryClient.getQueryData(contentQueries.deckModels().queryKey);
  const index = queryClient.getQueryData(contentQueries.index().queryKey);
  if (!page || !models || !index) throw new Error('deck not loaded');
  return builtDeckView({ kind: 'built', id: deckId }, page, models, index);
}

/**
 * The deck an address names, built or custom, from the query cache once `prepare` has run;
 * undefined for a custom deck page without a deck in its link (a prerendered shell).
 */
export function cachedDeckOf(
  queryClient: QueryClient,
  deckId: string | undefined,
  search: string,
): DeckView | undefined {
  if (deckId !== CUSTOM_DECK_ID) return cachedDeck(queryClient, deckId);
  const encoded = new URLSearchParams(search).get(CUSTOM_DECK_PARAM);
  if (!encoded) return undefined;
  const index = queryClient.getQueryData(contentQueries.index().queryKey);
  const models = queryClient.getQueryData(contentQueries.deckModels().queryKey);
  if (!index || !models) return undefined;
  const { deck } = resolveCustomDeck(decodeCustomDeck(encoded).deck, index);
  const pages = scenarioIdsOf(deck).flatMap(
    (id) => queryClient.getQueryData(contentQueries.scenario(id).queryKey) ?? [],
  );
  return customDeckView({ kind: 'custom', encoded }, deck, pages, models, index, [], '');
}
