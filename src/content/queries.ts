/**
 * queryOptions factories for every kind of content. Route loaders call
 * `queryClient.ensureQueryData(opts)`, components call `useSuspenseQuery(opts)` with the same
 * options, so data is fetched once and prerendered pages hydrate without refetching.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from './fetch-content';
import {
  contentFiles,
  type ClassificationsPage,
  type ContentIndex,
  type DeckModels,
  type DeckPage,
  type DeckSummary,
  type JurisdictionPage,
  type JurisdictionsIndex,
  type LearnOutline,
  type LearnStepPage,
  type ModelPage,
  type ModelSummary,
  type MythPage,
  type MythsPage,
  type QuizOutline,
  type QuizQuestionPage,
  type RecommendationsPage,
  type SearchCatalogue,
  type ScenarioPage,
  type SourceKindPage,
  type SourcesOverview,
  type SourceWithUses,
  type SupportPage,
  type TimelinePage,
} from './payloads';
import type { GlossaryTerm } from './schemas';

export const contentKeys = {
  all: ['content'] as const,
  file: (path: string) => [...contentKeys.all, path] as const,
};

function contentQuery<T>(path: string) {
  return queryOptions({
    queryKey: contentKeys.file(path),
    queryFn: () => fetchContent<T>(path),
    // Content is static for the life of a deployed build.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export const contentQueries = {
  /** Any content file by its path: for a prerendered page's preloaded files (app-data.ts). */
  file: (path: string) => contentQuery<unknown>(path),
  index: () => contentQuery<ContentIndex>(contentFiles.index),
  modelSummaries: () => contentQuery<ModelSummary[]>(contentFiles.modelSummaries),
  model: (id: string) => contentQuery<ModelPage>(contentFiles.model(id)),
  scenario: (id: string) => contentQuery<ScenarioPage>(contentFiles.scenario(id)),
  sources: () => contentQuery<SourcesOverview>(contentFiles.sources),
  sourcesOfKind: (kind: string) => contentQuery<SourceKindPage>(contentFiles.sourcesOfKind(kind)),
  source: (id: string) => contentQuery<SourceWithUses>(contentFiles.source(id)),
  glossary: () => contentQuery<GlossaryTerm[]>(contentFiles.glossary),
  myths: () => contentQuery<MythsPage>(contentFiles.myths),
  myth: (id: string) => contentQuery<MythPage>(contentFiles.myth(id)),
  recommendations: () => contentQuery<RecommendationsPage>(contentFiles.recommendations),
  jurisdictions: () => contentQuery<JurisdictionsIndex>(contentFiles.jurisdictions),
  jurisdiction: (id: string) => contentQuery<JurisdictionPage>(contentFiles.jurisdiction(id)),
  timeline: () => contentQuery<TimelinePage>(contentFiles.timeline),
  classifications: () => contentQuery<ClassificationsPage>(contentFiles.classifications),
  decks: () => contentQuery<DeckSummary[]>(contentFiles.decks),
  deck: (id: string) => contentQuery<DeckPage>(contentFiles.deck(id)),
  deckModels: () => contentQuery<DeckModels>(contentFiles.deckModels),
  learn: () => contentQuery<LearnOutline>(contentFiles.learn),
  learnStep: (stepId: string) => contentQuery<LearnStepPage>(contentFiles.learnStep(stepId)),
  quiz: () => contentQuery<QuizOutline>(contentFiles.quiz),
  quizQuestion: (questionId: string) => contentQuery<QuizQuestionPage>(contentFiles.quizQuestion(questionId)),
  searchCatalogue: () => contentQuery<SearchCatalogue>(contentFiles.searchCatalogue),
  support: () => contentQuery<SupportPage>(contentFiles.support),
};
