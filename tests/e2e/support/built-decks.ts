/** Reads the presentation decks the build emitted, so tests derive expectations from real data. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DeckModels, DeckPage, DeckSummary } from '../../../src/content/payloads';

const dist = resolve(import.meta.dirname, '../../..', process.env.OUT_DIR ?? 'dist');
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(dist, 'content', path), 'utf8')) as T;

export const builtDecks = () => read<DeckSummary[]>('decks.json');
export const builtDeck = (id: string) => read<DeckPage>(`decks/${id}.json`);
export const builtDeckModels = () => read<DeckModels>('deck-models.json');

/** The heading each slide of a deck shows, in order. */
export function slideHeadings(id: string): string[] {
  const { deck, scenarios } = builtDeck(id);
  const { models } = builtDeckModels();
  return deck.slides.map((slide) => {
    if (slide.kind === 'title') return slide.title;
    if (slide.kind === 'model') return models.find((m) => m.id === slide.id)!.name;
    if (slide.kind === 'scenario') return scenarios.find((s) => s.id === slide.id)!.title;
    return 'Compare:';
  });
}
