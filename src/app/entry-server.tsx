/**
 * Server entry, used only by the prerender script: renders one URL to HTML with its content,
 * its metadata and the data the browser needs to hydrate it.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import { paths } from '../config/paths';
import { setContentFetcher, type ContentFetcher, fetchContent } from '../content/fetch-content';
import {
  contentFiles,
  type ContentIndex,
  type DeckModels,
  type DeckPage,
  type DeckSummary,
  type JurisdictionsIndex,
  type MythsPage,
  type SourcesOverview,
} from '../content/payloads';
import { DIMENSIONS, TOPICS } from '../content/vocabulary';
import { presentPaths } from '../features/present/prerender-paths';
import type { PageMeta } from '../lib/route';
import { App } from './app';
import { Layout } from './layout';
import { AppProviders } from './providers';
import { ShellPlaceholder } from './shell-placeholder';
import { basename, serializeAppData, type AppData } from './app-data';
import { learningPaths, supportPaths } from './learning-paths';
import { resolveMeta } from './page-meta';
import { createQueryClient } from './query-client';
import { createRouteCache } from './router/route-cache';
import { matchPage, notFoundPage } from './routes';
import { trackQueryReads } from './track-reads';

export type RenderResult =
  | { kind: 'page'; status: number; html: string; meta: PageMeta; appData: AppData }
  | { kind: 'redirect'; status: number; location: string };

export { serializeAppData, setContentFetcher, type ContentFetcher };

/** Renders `path` (path and query, without the basename) as the browser would first show it. */
export async function render(path: string): Promise<RenderResult> {
  const queryClient = createQueryClient();
  const cache = createRouteCache(queryClient, notFoundPage, 'http://localhost');
  const url = new URL(path, 'http://localhost');
  const { entry, params } = matchPage(url.pathname);
  const resolution = await cache.resolve(entry, params, `${url.pathname}${url.search}`);
  if (resolution.kind === 'redirect') return { kind: 'redirect', status: 302, location: resolution.to };
  if (resolution.kind === 'error') throw new Error(`render: ${path} failed`, { cause: resolution.error });
  // Loaders may read what the page does not show (an index to check an id); from here on,
  // what is read is what the page needs to hydrate.
  const reads = trackQueryReads(queryClient);
  const html = renderToString(
    <StrictMode>
      <StaticRouter basename={basename} location={`${basename.replace(/\/$/, '')}${path}`}>
        <App cache={cache} />
      </StaticRouter>
    </StrictMode>,
  );
  const meta = resolveMeta(resolution, queryClient);
  const appData: AppData = {
    path,
    queryState: dehydrate(queryClient, {
      shouldDehydrateQuery: (query) => reads.wasRead(query.queryHash) && query.state.status === 'success',
    }),
  };
  return { kind: 'page', status: resolution.status, html, meta, appData };
}

/**
 * The offline shell: the site's frame (skip link, quick exit, navigation, footer) around a short
 * "opening" note, with no page and no data. The service worker answers with it only offline, for
 * a page never fetched; the app then renders the page from what the device has kept. Its first
 * HTML has the quick exit, as every page's does.
 */
export function renderShell(): string {
  return renderToString(
    <StrictMode>
      <StaticRouter basename={basename} location={basename}>
        <AppProviders queryClient={createQueryClient()}>
          <Routes>
            <Route element={<Layout />}>
              <Route path="*" element={<ShellPlaceholder />} />
            </Route>
          </Routes>
        </AppProviders>
      </StaticRouter>
    </StrictMode>,
  );
}

/** Every path the prerender writes: one per page, model, scenario, scenario-with-focus and place. */
export async function listPaths(): Promise<string[]> {
  const index = await fetchContent<ContentIndex>(contentFiles.index);
  const fixed = [
    paths.home.getHref(),
    paths.models.getHref(),
    paths.scenarios.getHref(),
    paths.compare.getHref(),
    paths.places.getHref(),
    paths.timeline.getHref(),
    paths.classifications.getHref(),
    paths.myths.getHref(),
    paths.takeAction.getHref(),
    paths.sources.getHref(),
    paths.glossary.getHref(),
    paths.search.getHref(),
    paths.quickExit.getHref(),
    paths.privacy.getHref(),
    paths.reuse.getHref(),
  ];
  // Every comparison view a link can name: each dimension, and each dimension with a topic.
  const compareViews = DIMENSIONS.flatMap((d) => [
    paths.compareView.getHref(d),
    ...TOPICS.map((t) => paths.compareView.getHref(d, t)),
  ]);
  const models = index.models.map((m) => paths.model.getHref(m.id));
  const embeds = [
    paths.embedCompare.getHref(),
    ...index.scenarios.flatMap((s) => [
      paths.embedScenario.getHref(s.id),
      ...index.models.map((m) => paths.embedScenario.getHref(s.id, m.id)),
    ]),
  ];
  const scenarios = index.scenarios.flatMap((s) => [
    paths.scenario.getHref(s.id),
    ...index.models.map((m) => paths.scenario.getHref(s.id, m.id)),
  ]);
  const { jurisdictions } = await fetchContent<JurisdictionsIndex>(contentFiles.jurisdictions);
  const places = jurisdictions.map((j) => paths.place.getHref(j.id));
  const { myths } = await fetchContent<MythsPage>(contentFiles.myths);
  const mythPages = myths.map((m) => paths.myth.getHref(m.id));
  const { kinds, kindOf } = await fetchContent<SourcesOverview>(contentFiles.sources);
  const sourcePages = [
    ...kinds.map(({ kind }) => paths.sourcesOfKind.getHref(kind)),
    ...Object.entries(kindOf).map(([id, kind]) => paths.source.getHref(kind, id)),
  ];
  const decks = await fetchContent<DeckSummary[]>(contentFiles.decks);
  const deckContent = await Promise.all(
    decks.map(async (summary) => ({ summary, page: await fetchContent<DeckPage>(contentFiles.deck(summary.id)) })),
  );
  const present = presentPaths(deckContent, await fetchContent<DeckModels>(contentFiles.deckModels), index);
  return [
    ...fixed,
    ...compareViews,
    ...models,
    ...scenarios,
    ...embeds,
    ...places,
    ...mythPages,
    ...sourcePages,
    ...present,
    ...(await learningPaths()),
    ...(await supportPaths()),
  ];
}
