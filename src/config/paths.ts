/**
 * Every route's path pattern and its link builder, in one place. Links are always built here,
 * never by hand, so a path can change in one spot. Hrefs are relative to the router basename.
 */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  models: { path: '/models/', getHref: () => '/models/' },
  model: { path: '/models/:modelId/', getHref: (modelId: string) => `/models/${modelId}/` },
  scenarios: { path: '/scenarios/', getHref: (search = '') => `/scenarios/${search}` },
  scenario: {
    // One route for both, so changing the model in focus keeps the page (and keyboard focus).
    path: '/scenarios/:scenarioId/:modelId?/',
    getHref: (scenarioId: string, modelId?: string) =>
      modelId ? `/scenarios/${scenarioId}/${modelId}/` : `/scenarios/${scenarioId}/`,
  },
  compare: { path: '/compare/', getHref: (search = '') => `/compare/${search}` },
  places: { path: '/places/', getHref: (search = '') => `/places/${search}` },
  place: { path: '/places/:placeId/', getHref: (placeId: string) => `/places/${placeId}/` },
  timeline: { path: '/timeline/', getHref: (search = '') => `/timeline/${search}` },
  classifications: {
    path: '/classifications/',
    getHref: (termId?: string) => (termId ? `/classifications/#${termId}` : '/classifications/'),
  },
  // Presentation and workshop. A deck built by hand has the id "custom" and travels in `search`.
  decks: { path: '/present/', getHref: () => '/present/' },
  deckBuilder: { path: '/present/build/', getHref: (search = '') => `/present/build/${search}` },
  deck: { path: '/present/:deckId/', getHref: (deckId: string, search = '') => `/present/${deckId}/${search}` },
  deckSlide: {
    // The slide number is a path segment so each slide is its own prerendered page (decision 007).
    path: '/present/:deckId/:slide/',
    getHref: (deckId: string, slide: number, search = '') => `/present/${deckId}/${slide}/${search}`,
  },
  presenter: { path: '/present/:deckId/presenter/', getHref: (deckId: string, search = '') => `/present/${deckId}/presenter/${search}` },
  workshop: { path: '/workshop/:deckId/', getHref: (deckId: string, search = '') => `/workshop/${deckId}/${search}` },
  workshopCards: { path: '/workshop/:deckId/cards/', getHref: (deckId: string, search = '') => `/workshop/${deckId}/cards/${search}` },
  predict: { path: '/workshop/predict/:scenarioId/', getHref: (scenarioId: string, search = '') => `/workshop/predict/${scenarioId}/${search}` },
  learn: { path: '/learn/', getHref: () => '/learn/' },
  learnStep: { path: '/learn/:stepId/', getHref: (stepId: string) => `/learn/${stepId}/` },
  quiz: { path: '/quiz/', getHref: () => '/quiz/' },
  // A fixed segment outranks :questionId, and the content check keeps "results" from being a question id.
  quizResults: { path: '/quiz/results/', getHref: () => '/quiz/results/' },
  quizQuestion: { path: '/quiz/:questionId/', getHref: (questionId: string) => `/quiz/${questionId}/` },
  myths: { path: '/myths/', getHref: () => '/myths/' },
  myth: { path: '/myths/:mythId/', getHref: (mythId: string) => `/myths/${mythId}/` },
  takeAction: { path: '/what-you-can-do/', getHref: () => '/what-you-can-do/' },
  sources: { path: '/sources/', getHref: () => '/sources/' },
  sourcesOfKind: { path: '/sources/:kind/', getHref: (kind: string) => `/sources/${kind}/` },
  // Old links to /sources/#id still open: the sources page sends them on to the source's page.
  source: { path: '/sources/:kind/:sourceId/', getHref: (kind: string, sourceId: string) => `/sources/${kind}/${sourceId}/` },
  glossary: { path: '/glossary/', getHref: (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/') },
  quickExit: { path: '/quick-exit/', getHref: () => '/quick-exit/' },
  privacy: { path: '/privacy/', getHref: () => '/privacy/' },
  support: { path: '/support/', getHref: () => '/support/' },
  /** Link-preview image of a scenario, written by the build (scripts/lib/preview-images.ts). */
  previewImage: { getHref: (scenarioId: string) => `/previews/scenarios/${scenarioId}.png` },
  embedScenario: {
    path: '/embed/scenarios/:scenarioId/',
    getHref: (scenarioId: string) => `/embed/scenarios/${scenarioId}/`,
  },
  embedCompare: { path: '/embed/compare/', getHref: (search = '') => `/embed/compare/${search}` },
  notFound: { path: '*', getHref: () => '/404/' },
} as const;
