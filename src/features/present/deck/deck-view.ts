/**
 * One shape for every deck, whether it comes from data/decks/ or from a link someone built:
 * the slides with the content they show, ready to render, and what else the pages need.
 */
import type {
  ContentIndex,
  DeckModels,
  DeckPage,
  ModelSlide,
  ScenarioPage,
  ScenarioSummary,
  WithReferences,
} from '../../../content/payloads';
import type { Scenario } from '../../../content/schemas';
import type { Deck } from '../../../content/schemas-learning';
import type { Dimension, Topic } from '../../../content/vocabulary';
import type { CustomDeck, DeckNotice } from '../../../content/custom-deck';
import { presentMessages } from '../../../i18n/present';
import type { DeckRef } from './deck-ref';

export type SlideView =
  | { kind: 'title'; title: string; body?: string; notes?: string }
  | { kind: 'model'; model: ModelSlide; notes?: string }
  | {
      kind: 'scenario';
      scenario: Scenario;
      /** Shown with the question, before any outcome: the room predicts first. */
      predict: string;
      /** Shown once every outcome is revealed. */
      prompts: string[];
      /** The prompts are the general ones: the deck has none of its own for this scenario. */
      generalPrompts: boolean;
      notes?: string;
    }
  | { kind: 'compare'; dimension: Dimension; topic?: Topic; rows: ScenarioSummary[]; notes?: string };

export interface DeckView {
  ref: DeckRef;
  title: string;
  description?: string;
  minutes?: number;
  slides: SlideView[];
  facilitator?: Deck['facilitator'];
  /** The four models in their usual order: compare slides and outcome cards use them. */
  models: ModelSlide[];
  references: WithReferences;
  /** What a damaged or outdated deck link lost (custom decks only). */
  notices: DeckNotice[];
}

type DeckSlide = Deck['slides'][number];

function compareRows(index: ContentIndex, dimension: Dimension, topic: Topic | undefined): ScenarioSummary[] {
  return index.scenarios.filter((s) => (!topic || s.topics.includes(topic)) && isRated(s, dimension));
}

/** A scenario rated on the dimension under at least one model belongs in its comparison. */
const isRated = (s: ScenarioSummary, dimension: Dimension) =>
  Object.values(s.ratings).some((r) => r[dimension] !== undefined);

function slideOf(
  slide: DeckSlide,
  models: ModelSlide[],
  scenarios: Map<string, Scenario>,
  index: ContentIndex,
): SlideView[] {
  switch (slide.kind) {
    case 'title':
      return [{ kind: 'title', title: slide.title, body: slide.body, notes: slide.notes }];
    case 'model': {
      const model = models.find((m) => m.id === slide.id);
      return model ? [{ kind: 'model', model, notes: slide.notes }] : [];
    }
    case 'scenario': {
      const scenario = scenarios.get(slide.id);
      if (!scenario) return [];
      // Every scenario slide asks the room to predict, then to discuss: with the deck's own
      // prompts where it has them, general ones where not (a deck built by hand has none).
      const own = slide.prompts ?? [];
      return [
        {
          kind: 'scenario',
          scenario,
          predict: slide.predict ?? presentMessages.generalPredict,
          prompts: own.length > 0 ? own : [...presentMessages.generalPrompts],
          generalPrompts: own.length === 0,
          notes: slide.notes,
        },
      ];
    }
    case 'compare': {
      const dimension = slide.dimension ?? 'safety';
      return [
        {
          kind: 'compare',
          dimension,
          topic: slide.topic,
          rows: compareRows(index, dimension, slide.topic),
          notes: slide.notes,
        },
      ];
    }
  }
}

function mergeReferences(parts: WithReferences[]): WithReferences {
  const sources = new Map(parts.flatMap((p) => p.sources).map((s) => [s.id, s]));
  const terms = new Map(parts.flatMap((p) => p.terms).map((t) => [t.id, t]));
  return { sources: [...sources.values()], terms: [...terms.values()] };
}

export function builtDeckView(ref: DeckRef, page: DeckPage, deckModels: DeckModels, index: ContentIndex): DeckView {
  const { deck } = page;
  const scenarios = new Map(page.scenarios.map((s) => [s.id, s]));
  return {
    ref,
    title: deck.title,
    description: deck.description,
    minutes: deck.minutes,
    slides: deck.slides.flatMap((slide) => slideOf(slide, deckModels.models, scenarios, index)),
    facilitator: deck.facilitator,
    models: deckModels.models,
    references: mergeReferences([page, { sources: [], terms: deckModels.terms }]),
    notices: [],
  };
}

export function customDeckView(
  ref: DeckRef,
  deck: CustomDeck,
  pages: ScenarioPage[],
  deckModels: DeckModels,
  index: ContentIndex,
  notices: DeckNotice[],
  untitled: string,
): DeckView {
  const scenarios = new Map(pages.map((p) => [p.scenario.id, p.scenario]));
  const title = deck.title || untitled;
  const slides = deck.items.flatMap((item) =>
    slideOf(
      item.kind === 'compare' ? { kind: 'compare', dimension: item.dimension, topic: item.topic } : item,
      deckModels.models,
      scenarios,
      index,
    ),
  );
  return {
    ref,
    title,
    slides: [{ kind: 'title', title }, ...slides],
    models: deckModels.models,
    references: mergeReferences([...pages, { sources: [], terms: deckModels.terms }]),
    notices,
  };
}
