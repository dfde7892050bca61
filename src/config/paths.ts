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
  myths: { path: '/myths/', getHref: () => '/myths/' },
  takeAction: { path: '/what-you-can-do/', getHref: () => '/what-you-can-do/' },
  sources: { path: '/sources/', getHref: (sourceId?: string) => (sourceId ? `/sources/#${sourceId}` : '/sources/') },
  glossary: { path: '/glossary/', getHref: (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/') },
  quickExit: { path: '/quick-exit/', getHref: () => '/quick-exit/' },
  privacy: { path: '/privacy/', getHref: () => '/privacy/' },
  notFound: { path: '*', getHref: () => '/404/' },
} as const;
