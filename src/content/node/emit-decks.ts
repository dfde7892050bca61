/**
 * The presentation payloads (see payloads.ts): a list of decks, one file per deck with the
 * scenarios its slides show, and the four models as slides (shared by every deck, including
 * decks people build themselves). A deck page never needs the rest of the library.
 */
import { contentFiles, type DeckModels, type DeckPage, type DeckSummary, type WithReferences } from '../payloads';
import type { Content } from './load-content';
import { ContentFileMap } from './content-file-map';

export function deckFiles(content: Content, refs: (entry: unknown) => WithReferences): ContentFileMap {
  const files = new ContentFileMap();
  const list: DeckSummary[] = content.decks.map(({ id, title, description, minutes, slides }) => ({
    id,
    title,
    description,
    minutes,
    slideCount: slides.length,
  }));
  files.put(contentFiles.decks, list);

  const models = content.models.map(({ id, name, otherNames, summary, definition, criminalised }) => ({
    id,
    name,
    otherNames,
    summary,
    definition,
    criminalised,
  }));
  const deckModels: DeckModels = { models, terms: refs(models).terms };
  files.put(contentFiles.deckModels, deckModels);

  const scenarios = new Map(content.scenarios.map((s) => [s.id, s]));
  for (const deck of content.decks) {
    const ids = [...new Set(deck.slides.flatMap((slide) => (slide.kind === 'scenario' ? [slide.id] : [])))];
    const shown = ids.flatMap((id) => scenarios.get(id) ?? []);
    const page: DeckPage = { deck, scenarios: shown, ...refs({ deck, shown }) };
    files.put(contentFiles.deck(deck.id), page);
  }
  return files;
}
