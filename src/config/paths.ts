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
  // Each dimension, and each dimension with a topic, is a path of its own, so a shared link has
  // its own prerendered page and preview (docs/decisions/016-shareable-views.md). Only the
  // models shown stay in the query string. Old links with ?dimension=&topic= still open.
  compare: { path: '/compare/:dimension?/:topic?/', getHref: (search = '') => `/compare/${search}` },
  compareView: {
    getHref: (dimension?: string, topic?: string, search = '') =>
      dimension ? `/compare/${dimension}/${topic ? `${topic}/` : ''}${search}` : `/compare/${search}`,
  },
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
    // The slide and its reveal step are path segments, so each step of each slide is its own
    // prerendered page (decisions 007 and 021). Step 0, the slide as it opens, has no segment.
    path: '/present/:deckId/:slide/:step?/',
    getHref: (deckId: string, slide: number, search = '', step = 0) =>
      step > 0 ? `/present/${deckId}/${slide}/${step}/${search}` : `/present/${deckId}/${slide}/${search}`,
  },
  presenter: {
    path: '/present/:deckId/presenter/',
    getHref: (deckId: string, search = '') => `/present/${deckId}/presenter/${search}`,
  },
  /** Every slide, one per landscape page, to print or save as PDF. */
  deckPrint: {
    path: '/present/:deckId/print/',
    getHref: (deckId: string, search = '') => `/present/${deckId}/print/${search}`,
  },
  /** Every slide beside its speaker notes, to print as a handout. */
  deckHandout: {
    path: '/present/:deckId/handout/',
    getHref: (deckId: string, search = '') => `/present/${deckId}/handout/${search}`,
  },
  workshops: { path: '/workshop/', getHref: () => '/workshop/' },
  workshop: { path: '/workshop/:deckId/', getHref: (deckId: string, search = '') => `/workshop/${deckId}/${search}` },
  workshopCards: {
    path: '/workshop/:deckId/cards/',
    getHref: (deckId: string, search = '') => `/workshop/${deckId}/cards/${search}`,
  },
  predict: {
    path: '/workshop/predict/:scenarioId/',
    getHref: (scenarioId: string, search = '') => `/workshop/predict/${scenarioId}/${search}`,
  },
  // A workshop room's page for phones. The code rides after the # so it never reaches a server log.
  room: { path: '/room/', getHref: (code?: string) => (code ? `/room/#${code}` : '/room/') },
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
  source: {
    path: '/sources/:kind/:sourceId/',
    getHref: (kind: string, sourceId: string) => `/sources/${kind}/${sourceId}/`,
  },
  search: { path: '/search/', getHref: (search = '') => `/search/${search}` },
  glossary: { path: '/glossary/', getHref: (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/') },
  quickExit: { path: '/quick-exit/', getHref: () => '/quick-exit/' },
  privacy: { path: '/privacy/', getHref: () => '/privacy/' },
  // Reusing the guide: the licence, how to credit it, the whole library as a download.
  reuse: { path: '/reuse/', getHref: (hash = '') => `/reuse/${hash}` },
  // Link-preview images, written by the build (scripts/lib/preview-images.ts).
  scenarioPreview: {
    getHref: (scenarioId: string, modelId?: string) =>
      modelId ? `/previews/scenarios/${scenarioId}/${modelId}.png` : `/previews/scenarios/${scenarioId}.png`,
  },
  comparePreview: {
    getHref: (dimension: string, topic?: string) =>
      topic ? `/previews/compare/${dimension}/${topic}.png` : `/previews/compare/${dimension}.png`,
  },
  // The whole content library and its JSON Schema, written by the build (src/content/node/emit-library.ts).
  contentLibrary: { getHref: () => '/downloads/content-library.v1.json' },
  contentLibrarySchema: { getHref: () => '/downloads/content-library.v1.schema.json' },
  support: { path: '/support/', getHref: () => '/support/' },
  embedScenario: {
    path: '/embed/scenarios/:scenarioId/:modelId?/',
    getHref: (scenarioId: string, modelId?: string) =>
      modelId ? `/embed/scenarios/${scenarioId}/${modelId}/` : `/embed/scenarios/${scenarioId}/`,
  },
  embedCompare: { path: '/embed/compare/', getHref: (search = '') => `/embed/compare/${search}` },
  notFound: { path: '*', getHref: () => '/404/' },
} as const;

/** Every embeddable view lives under this path: other sites may frame these, and only these. */
export const EMBED_PATH_PREFIX = '/embed/';

/**
 * The query parameter that says where a presentation was opened from ("Present this…" on a
 * scenario, model or comparison), so leaving it goes back there (decision 021).
 */
export const RETURN_PARAM = 'from';

/**
 * A return address from a URL, if it is a path on this site: never another host (`//evil`,
 * `https:`, a backslash trick), so the parameter cannot send anyone off the site.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  try {
    const url = new URL(value, 'http://site.invalid');
    return url.host === 'site.invalid' ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
