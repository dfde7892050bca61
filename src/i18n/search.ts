/**
 * The words of the search results and the search page (src/features/search). Split from
 * messages.ts so they load with the search, not with every page (docs/decisions/003).
 */
import type { SearchKind } from '../content/search-index';

export const searchMessages = {
  title: 'Search',
  intro: 'Find any scenario, model, place, myth, glossary term, quiz question or source in this guide.',
  label: 'Search the whole guide',
  /** The search page's own search landmark, told apart from the header's (messages.siteSearch). */
  pageLandmark: 'Search page',
  submit: 'Search',
  withoutScript:
    'Searching needs JavaScript, which is off in this browser. Everything the search looks through is listed below, by kind.',
  loading: 'Loading the search…',
  failed: 'The search could not load. Check your connection and try again, or browse everything on the search page.',
  retry: 'Try again',
  none: (query: string) => `Nothing found for “${query}”. Try fewer or other words.`,
  count: (shown: number, total: number) =>
    shown < total
      ? `${total} results; the first ${shown} are shown.`
      : `${total} ${total === 1 ? 'result' : 'results'}`,
  resultsLabel: 'Search results',
  seeAll: (total: number) => `See all ${total} results`,
  browseAll: 'Browse everything on the search page',
  everything: 'Everything in this guide',
  alsoBrowse: 'Also listed on their own pages',
  quizQuestions: 'Every quiz question',
  sourcesByKind: 'Every source, by kind',
  recommendations: 'Every recommendation',
  /** What a result is, shown under its title. */
  kinds: {
    model: 'Legal model',
    section: 'Part of a model page',
    scenario: 'Scenario',
    outcome: 'Scenario, one model',
    place: 'Place',
    myth: 'Myth',
    term: 'Glossary',
    step: 'Learning step',
    question: 'Quiz question',
    recommendation: 'Recommendation',
    source: 'Source',
    page: 'Page',
    organisation: 'Support organisation',
  } satisfies Record<SearchKind, string>,
  /** Headings of the browsable list on the search page. */
  groups: {
    model: 'The four models',
    section: 'Parts of model pages',
    scenario: 'Scenarios, and each model’s outcome',
    outcome: 'Scenario outcomes',
    place: 'Places',
    myth: 'Myths',
    term: 'Glossary terms',
    step: 'Learning steps',
    question: 'Quiz questions',
    recommendation: 'Recommendations',
    source: 'Sources',
    page: 'Other pages',
    organisation: 'Support organisations',
  } satisfies Record<SearchKind, string>,
};
