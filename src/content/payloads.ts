/**
 * The shapes of the static JSON files the build writes to /content/. Each page fetches only
 * the files it shows; see docs/decisions/002-content-as-static-json.md.
 */
import type { GlossaryTerm, Model, Myth, Recommendation, Scenario, Source } from './schemas';
import type { Dimension, ModelId, RatingLevel, Topic } from './vocabulary';

/** A glossary term linked from a page's text, embedded so the page needs no glossary fetch. */
export type TermRef = Pick<GlossaryTerm, 'id' | 'term' | 'definition'>;

export interface ModelSummary {
  id: ModelId;
  name: string;
  order: number;
  summary: string;
  otherNames: string[];
}

export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
  topics: Topic[];
  contentNote: string | undefined;
  /** Rating level per model per dimension, for the comparison matrix and cards. */
  ratings: Record<ModelId, Partial<Record<Dimension, RatingLevel>>>;
  headlines: Record<ModelId, string>;
}

/** Everything one content page needs beyond its own entry: cited sources and linked terms. */
export interface WithReferences {
  sources: Source[];
  terms: TermRef[];
}

export interface ModelPage extends WithReferences {
  model: Model;
}

export interface ScenarioPage extends WithReferences {
  scenario: Scenario;
}

export interface SourceUse {
  kind: 'model' | 'scenario' | 'myth' | 'recommendation' | 'glossary';
  id: string;
  title: string;
}

export interface SourceWithUses extends Source {
  usedIn: SourceUse[];
}

export interface MythsPage extends WithReferences {
  myths: Myth[];
}

export interface RecommendationsPage extends WithReferences {
  recommendations: Recommendation[];
}

export interface ContentIndex {
  models: ModelSummary[];
  scenarios: ScenarioSummary[];
  aliases: { scenarios: Record<string, string>; models: Record<string, ModelId> };
}

/** Paths of the files under /content/, relative to it. */
export const contentFiles = {
  index: 'index.json',
  model: (id: string) => `models/${id}.json`,
  scenario: (id: string) => `scenarios/${id}.json`,
  sources: 'sources.json',
  glossary: 'glossary.json',
  myths: 'myths.json',
  recommendations: 'recommendations.json',
} as const;
