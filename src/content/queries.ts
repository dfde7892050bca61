/**
 * queryOptions factories for every kind of content. Each route's `prepare` calls
 * `queryClient.ensureQueryData(opts)`, components call `useSuspenseQuery(opts)` with the same
 * options, so data is fetched once and prerendered pages hydrate without refetching.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchContent, fetchContentAt } from './fetch-content';
import { contentFiles, type ContentFile } from './payloads';

export const contentKeys = {
  all: ['content'] as const,
  file: (path: string) => [...contentKeys.all, path] as const,
};

function contentQuery<T>(file: ContentFile<T>) {
  return queryOptions({
    queryKey: contentKeys.file(file),
    queryFn: () => fetchContent(file),
    // Content is static for the life of a deployed build.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export const contentQueries = {
  /** Any content file by its path: for a prerendered page's preloaded files (app-data.ts). */
  file: (path: string) =>
    queryOptions({
      queryKey: contentKeys.file(path),
      queryFn: () => fetchContentAt(path),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
  index: () => contentQuery(contentFiles.index),
  modelSummaries: () => contentQuery(contentFiles.modelSummaries),
  model: (id: string) => contentQuery(contentFiles.model(id)),
  scenario: (id: string) => contentQuery(contentFiles.scenario(id)),
  sources: () => contentQuery(contentFiles.sources),
  sourcesOfKind: (kind: string) => contentQuery(contentFiles.sourcesOfKind(kind)),
  source: (id: string) => contentQuery(contentFiles.source(id)),
  glossary: () => contentQuery(contentFiles.glossary),
  myths: () => contentQuery(contentFiles.myths),
  myth: (id: string) => contentQuery(contentFiles.myth(id)),
  recommendations: () => contentQuery(contentFiles.recommendations),
  jurisdictions: () => contentQuery(contentFiles.jurisdictions),
  jurisdiction: (id: string) => contentQuery(contentFiles.jurisdiction(id)),
  timeline: () => contentQuery(contentFiles.timeline),
  classifications: () => contentQuery(contentFiles.classifications),
  decks: () => contentQuery(contentFiles.decks),
  deck: (id: string) => contentQuery(contentFiles.deck(id)),
  deckModels: () => contentQuery(contentFiles.deckModels),
  learn: () => contentQuery(contentFiles.learn),
  learnStep: (stepId: string) => contentQuery(contentFiles.learnStep(stepId)),
  quiz: () => contentQuery(contentFiles.quiz),
  quizQuestion: (questionId: string) => contentQuery(contentFiles.quizQuestion(questionId)),
  searchCatalogue: () => contentQuery(contentFiles.searchCatalogue),
  support: () => contentQuery(contentFiles.support),
};
