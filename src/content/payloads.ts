/**
 * The shapes of the static JSON files the build writes to /content/. Each page fetches only
 * the files it shows; see docs/decisions/002-prerender-and-content-json.md. `contentFiles` (below)
 * names each file with the type it holds.
 */
import type { AsPlainObject } from 'minisearch';
import type { Gradable } from './quiz-answers';
import type { GlossaryTerm, Model, Myth, Recommendation, Scenario, Source } from './schemas';
import type { Deck, LearnStep, Question } from './schemas-learning';
import type { Classification, Jurisdiction } from './schemas-places';
import type { SearchKind } from './search-index';
import type { SupportEntry } from './schemas-support';
import type {
  ConfidenceLevel,
  Dimension,
  ModelId,
  ModelLegalStatus,
  RatingBasis,
  RatingLevel,
  SourceKind,
  Topic,
} from './vocabulary';

/** A glossary term linked from a page's text, embedded so the page needs no glossary fetch. */
export type TermRef = Pick<GlossaryTerm, 'id' | 'term' | 'definition' | 'keepCase'>;

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
  /** How sure the evidence is for each model's outcome: shown beside every rating. */
  confidence: Record<ModelId, ConfidenceLevel>;
  /** Whether each rating rates the law on paper or observed outcomes. */
  bases: Record<ModelId, Partial<Record<Dimension, RatingBasis>>>;
  headlines: Record<ModelId, string>;
}

/**
 * A source as a citation shows it. Where it stands and how well it was checked are on the
 * sources page; leaving them out keeps every page that cites it lighter.
 */
export type CitedSource = Omit<Source, 'position' | 'confidence' | 'lastReviewed'>;

/** Everything one content page needs beyond its own entry: cited sources and linked terms. */
export interface WithReferences {
  sources: CitedSource[];
  terms: TermRef[];
}

export interface ModelPage extends WithReferences {
  model: Model;
}

export interface ScenarioPage extends WithReferences {
  scenario: Scenario;
  /** The four models, in order: the page names them without the whole content index. */
  models: ModelSummary[];
  /** The scenarios this one links to, with their titles. */
  related: { id: string; title: string }[];
}

export interface SourceUse {
  kind: 'model' | 'scenario' | 'myth' | 'recommendation' | 'glossary' | 'jurisdiction' | 'classification';
  id: string;
  title: string;
}

export interface SourceWithUses extends Source {
  usedIn: SourceUse[];
}

/**
 * The sources page: how many sources of each kind there are, and the kind of every source, so
 * an old link to /sources/#id can be sent on to the page listing that source's kind.
 */
export interface SourcesOverview {
  kinds: SourceKindCount[];
  kindOf: Record<string, SourceKind>;
}

export interface SourceKindCount {
  kind: SourceKind;
  count: number;
}

/** A source in a list: enough for its label and title; the full entry is on its own page. */
export type SourceListing = Pick<Source, 'id' | 'title' | 'authors' | 'year' | 'labelDetail' | 'kind'>;

/** The page of one kind of source: its sources in brief, and how many there are of each kind. */
export interface SourceKindPage {
  kinds: SourceKindCount[];
  sources: SourceListing[];
}

/** A myth as the list shows it: what the evidence says, with its sources on the myth's own page. */
export type MythSummary = Omit<Myth, 'sources' | 'lastReviewed'> & { sourceCount: number };

/** The myths page: every myth in brief, and the glossary terms their answers link to. */
export interface MythsPage {
  myths: MythSummary[];
  terms: TermRef[];
}

/** One myth's page: the myth with its sources, and its neighbours in the list. */
export interface MythPage extends WithReferences {
  myth: Myth;
  previous: { id: string; claim: string } | null;
  next: { id: string; claim: string } | null;
}

export interface RecommendationsPage extends WithReferences {
  recommendations: Recommendation[];
}

/** One row of the places table and one shape on the map: what the index needs, no prose. */
export type JurisdictionSummary = Pick<
  Jurisdiction,
  'id' | 'name' | 'kind' | 'parent' | 'isoNumeric' | 'model' | 'fit' | 'yearInForce' | 'features' | 'crimes'
>;

export interface JurisdictionsIndex {
  jurisdictions: JurisdictionSummary[];
}

export interface JurisdictionPage extends WithReferences {
  jurisdiction: Jurisdiction;
  /**
   * Every scenario that gives this place as an example (src/content/place-names.ts), and those
   * the place's file lists, with what happens there: the page needs no content index.
   */
  scenarios: PlaceScenario[];
}

/** A scenario as a place's page lists it: the outcomes that name the place, and what happens. */
export interface PlaceScenario {
  id: string;
  title: string;
  topics: Topic[];
  /** In model order; usually one. `named` is the example as the scenario words it, e.g. "Canada (before 2014)". */
  outcomes: { model: ModelId; named: string | undefined; headline: string; safety: RatingLevel | undefined }[];
}

/** A change of law, with the place it happened in, for the timeline. */
export interface Reform {
  year: number;
  model: ModelId;
  summary: string;
  sources: string[];
  jurisdiction: Pick<Jurisdiction, 'id' | 'name'>;
}

export interface TimelinePage extends WithReferences {
  /** Oldest first; within a year, by place name. */
  reforms: Reform[];
}

export interface ClassificationsPage extends WithReferences {
  /**
   * In page order. Each id is a glossary term, included in `terms` with its definition; the
   * sources of that definition come along, since the page shows it.
   */
  classifications: (Classification & { definitionSources: string[] })[];
}

export interface ContentIndex {
  models: ModelSummary[];
  scenarios: ScenarioSummary[];
  /** The guided path in brief, for the home page's "Start learning"; absent without one. */
  learnPath?: LearnPathSummary;
  aliases: { scenarios: Record<string, string>; models: Record<string, ModelId> };
}

/** Paths of the files under /content/, relative to it. */
declare const holds: unique symbol;

/**
 * A content file's path, typed by what the file holds. The build writes each file through
 * `ContentFileMap.put` (src/content/node) and the browser reads it through `fetchContent`, and
 * both take the type from here: the contract between them is declared once, and a payload that
 * drifts from it fails the type check on the side that changed.
 */
export type ContentFile<T> = string & { readonly [holds]: T };

const file = <T>(path: string) => path as ContentFile<T>;

export const contentFiles = {
  index: file<ContentIndex>('index.json'),
  /** The four models in one line each: for pages that name them but list no scenarios. */
  modelSummaries: file<ModelSummary[]>('model-summaries.json'),
  model: (id: string) => file<ModelPage>(`models/${id}.json`),
  scenario: (id: string) => file<ScenarioPage>(`scenarios/${id}.json`),
  sources: file<SourcesOverview>('sources.json'),
  sourcesOfKind: (kind: string) => file<SourceKindPage>(`source-kinds/${kind}.json`),
  source: (id: string) => file<SourceWithUses>(`sources/${id}.json`),
  glossary: file<GlossaryTerm[]>('glossary.json'),
  myths: file<MythsPage>('myths.json'),
  myth: (id: string) => file<MythPage>(`myths/${id}.json`),
  recommendations: file<RecommendationsPage>('recommendations.json'),
  jurisdictions: file<JurisdictionsIndex>('jurisdictions.json'),
  jurisdiction: (id: string) => file<JurisdictionPage>(`jurisdictions/${id}.json`),
  timeline: file<TimelinePage>('timeline.json'),
  classifications: file<ClassificationsPage>('classifications.json'),
  decks: file<DeckSummary[]>('decks.json'),
  deck: (id: string) => file<DeckPage>(`decks/${id}.json`),
  deckModels: file<DeckModels>('deck-models.json'),
  learn: file<LearnOutline>('learn.json'),
  learnStep: (stepId: string) => file<LearnStepPage>(`learn/${stepId}.json`),
  quiz: file<QuizOutline>('quiz.json'),
  quizQuestion: (questionId: string) => file<QuizQuestionPage>(`quiz/${questionId}.json`),
  /** The site search's MiniSearch index (loaded only when a reader opens the search). */
  searchIndex: file<AsPlainObject>('search-index.json'),
  /** Everything searchable, grouped by kind: the search page's browsable list. */
  searchCatalogue: file<SearchCatalogue>('search-catalogue.json'),
  support: file<SupportPage>('support.json'),
};

/** The support page: every entry of data/support/, in page order (global, regional, national). */
export interface SupportPage {
  entries: Omit<SupportEntry, 'checked'>[];
  /** The latest of the entries' review dates: the page's own "last reviewed". */
  lastReviewed: string;
}

/** A presentation deck in the list of decks. */
export interface DeckSummary {
  id: string;
  title: string;
  description: string;
  minutes: number;
  slideCount: number;
}

/** What a model slide shows: the model's name and definition and what it makes a crime. */
export type ModelSlide = Pick<Model, 'id' | 'name' | 'otherNames' | 'summary' | 'definition' | 'criminalised'>;

/** The four models in brief, with the terms they link: the models index page and every deck's model slides. */
export interface DeckModels {
  models: ModelSlide[];
  terms: TermRef[];
}

/**
 * One deck with the scenarios its slides show, and the sources and terms they cite. Compare
 * slides read the index's ratings and model slides read deck-models.json, so neither is repeated.
 */
export interface DeckPage extends WithReferences {
  deck: Deck;
  scenarios: Scenario[];
}

/** Where the guided path starts and how long it takes: the same estimate on every page. */
export interface LearnPathSummary {
  firstStep: string;
  steps: number;
  /** The sum of its steps' minutes (data/paths/learn.yaml). */
  minutes: number;
}

/** The guided path without its steps' content: for the overview and "step N of M". */
export interface LearnOutline {
  title: string;
  intro: string;
  /** The whole path, in minutes: the sum of its steps' (see LearnPathSummary). */
  minutes: number;
  steps: Pick<LearnStep, 'id' | 'title' | 'summary' | 'minutes'>[];
}

/** A model as a step shows it: one line, and whether selling, buying and third parties are crimes. */
export interface LearnModelCard {
  id: ModelId;
  name: string;
  summary: string;
  status: Record<'selling' | 'buying' | 'thirdParties', ModelLegalStatus>;
}

/** A scenario as a step shows it: the situation and, under each model, the headline and ratings. */
export interface LearnScenarioCard {
  id: string;
  title: string;
  person: string;
  situation: string;
  question: string;
  contentNote: string | undefined;
  outcomes: Record<
    ModelId,
    {
      headline: string;
      ratings: Partial<Record<Dimension, RatingLevel>>;
      bases: Partial<Record<Dimension, RatingBasis>>;
      confidence: ConfidenceLevel;
      sources: string[];
    }
  >;
}

/** Titles of the scenarios that questions point to (relatedScenarios), for links. */
export type ScenarioTitles = Record<string, string>;

/** What a question needs besides itself: model names for "which model is this?" and scenario titles. */
export interface QuestionContext {
  modelNames: Record<ModelId, string>;
  scenarioTitles: ScenarioTitles;
}

/** One step of the guided path with everything it shows, and nothing more. */
export interface LearnStepPage extends WithReferences, QuestionContext {
  step: LearnStep;
  models: LearnModelCard[];
  scenarios: LearnScenarioCard[];
  myths: Myth[];
  check: Question | null;
}

/** A question as the quiz's outline holds it: enough to score it and list it, none of its text but a line. */
export type QuizOutlineQuestion = Gradable & {
  id: string;
  /** The prompt as plain text, cut to about a line, for the list of results. */
  brief: string;
  relatedScenarios?: string[];
};

/**
 * Every question in quiz order, without its content: the overview, the results, and each
 * question's "N of M", progress and next link read it, so scoring needs no question files.
 */
export interface QuizOutline {
  questions: QuizOutlineQuestion[];
  /** Titles of every scenario a question points to: the results suggest them. */
  scenarioTitles: ScenarioTitles;
}

/** One question of the quiz with the sources and terms it cites, and nothing of the others. */
export interface QuizQuestionPage extends WithReferences, QuestionContext {
  question: Question;
}

/** A page in the search page's browsable list, with its parts (a scenario's outcomes, a model's sections). */
export interface SearchCatalogueEntry {
  title: string;
  href: string;
  context?: string;
  parts?: { title: string; href: string }[];
}

/** Everything the search finds, grouped by kind, in the order the search page lists them. */
export interface SearchCatalogue {
  groups: { kind: SearchKind; entries: SearchCatalogueEntry[] }[];
}
