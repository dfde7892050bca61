/**
 * Every presentation and workshop page the prerender writes: each step of each slide of each
 * deck is a page of its own (decision 021). A hand-built deck lives in the query string, which
 * no static file can know, so its pages are written once each as shells that open the deck in
 * the browser, one per slide and step a deck can have (decision 007).
 */
import { paths } from '../../config/paths';
import type { ContentIndex, DeckModels, DeckPage, DeckSummary } from '../../content/payloads';
import { CUSTOM_DECK_ID, MAX_CUSTOM_ITEMS } from '../../content/custom-deck';
import { builtDeckView } from './deck/deck-view';
import { stepsOf } from './slides/steps';

export interface DeckContent {
  summary: DeckSummary;
  page: DeckPage;
}

/** How many steps each slide of a deck has. */
export function stepCounts(id: string, page: DeckPage, models: DeckModels, index: ContentIndex): number[] {
  const deck = builtDeckView({ kind: 'built', id }, page, models, index);
  return deck.slides.map((slide) => stepsOf(slide, deck.models).length);
}

/**
 * The most steps any slide of a hand-built deck can have: a scenario with a content note, or
 * a comparison of every scenario there is. The shells cover them all.
 */
export function mostCustomSteps(models: DeckModels, index: ContentIndex): number {
  const everyScenario = stepsOf({ kind: 'compare', dimension: 'safety', rows: index.scenarios }, models.models).length;
  // A scenario slide: its note, situation, question, each model, and the discussion prompts.
  const longestScenario = 3 + models.models.length + 1;
  return Math.max(everyScenario, longestScenario);
}

const slidePages = (id: string, steps: readonly number[]) =>
  steps.flatMap((count, i) => Array.from({ length: count }, (_, step) => paths.deckSlide.getHref(id, i + 1, '', step)));

const deckPages = (id: string) => [
  paths.deck.getHref(id),
  paths.presenter.getHref(id),
  paths.deckPrint.getHref(id),
  paths.deckHandout.getHref(id),
  paths.workshop.getHref(id),
  paths.workshopCards.getHref(id),
];

export function presentPaths(decks: readonly DeckContent[], models: DeckModels, index: ContentIndex): string[] {
  // The title slide (one step), then up to MAX_CUSTOM_ITEMS parts of any kind.
  const custom = [1, ...Array<number>(MAX_CUSTOM_ITEMS).fill(mostCustomSteps(models, index))];
  return [
    paths.decks.getHref(),
    paths.deckBuilder.getHref(),
    paths.workshops.getHref(),
    ...decks.flatMap(({ summary, page }) => [
      ...deckPages(summary.id),
      ...slidePages(summary.id, stepCounts(summary.id, page, models, index)),
    ]),
    ...deckPages(CUSTOM_DECK_ID),
    ...slidePages(CUSTOM_DECK_ID, custom),
    ...index.scenarios.map((s) => paths.predict.getHref(s.id)),
    paths.room.getHref(),
  ];
}
