/**
 * Server entry, used only by the prerender script: renders one URL to HTML with its content,
 * its metadata and the data the browser needs to hydrate it.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { paths } from '../config/paths';
import { setContentFetcher, type ContentFetcher, fetchContent } from '../content/fetch-content';
import { contentFiles, type ContentIndex, type DeckSummary, type JurisdictionsIndex, type MythsPage, type SourcesOverview } from '../content/payloads';
import { presentPaths } from '../features/present/prerender-paths';
import type { PageMeta } from '../lib/route';
import { basename, serializeAppData } from './app-data';
import { learningPaths } from './learning-paths';
import { resolveMeta } from './page-meta';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createRoutes } from './routes';
import { trackQueryReads } from './track-reads';

export type RenderResult =
  | { kind: 'page'; status: number; html: string; meta: PageMeta; appData: string }
  | { kind: 'redirect'; status: number; location: string };

export { setContentFetcher, type ContentFetcher };

export async function render(path: string): Promise<RenderResult> {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const handler = createStaticHandler(routes, { basename });
  const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://localhost');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const reads = trackQueryReads(queryClient);
  const html = renderToString(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
  );
  const meta = resolveMeta(
    context.matches.map((m) => ({ params: m.params, handle: m.route.handle })),
    queryClient,
  );
  const appData = serializeAppData({
    path,
    router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
    queryState: dehydrate(queryClient, { shouldDehydrateQuery: (query) => reads.wasRead(query.queryHash) && query.state.status === 'success' }),
  });
  return { kind: 'page', status: context.statusCode, html, meta, appData };
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
    paths.quickExit.getHref(),
    paths.privacy.getHref(),
  ];
  const models = index.models.map((m) => paths.model.getHref(m.id));
  const embeds = [paths.embedCompare.getHref(), ...index.scenarios.map((s) => paths.embedScenario.getHref(s.id))];
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
  const present = presentPaths(decks, index.scenarios.map((s) => s.id));
  return [...fixed, ...models, ...scenarios, ...embeds, ...places, ...mythPages, ...sourcePages, ...present, ...(await learningPaths())];
}
