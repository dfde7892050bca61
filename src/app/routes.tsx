/**
 * The route tree: composition only. Each page comes from its feature folder, loaded lazily so
 * a visitor downloads only the code for the pages they open.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { paths } from '../config/paths';
import type { FeatureRoute } from '../lib/route';
import { Layout } from './layout';
import { RouteError } from './route-error';

type RouteFactory = (queryClient: QueryClient) => FeatureRoute;

function page(path: string | undefined, load: () => Promise<RouteFactory>, queryClient: QueryClient): RouteObject {
  return {
    path,
    index: path === undefined ? true : undefined,
    lazy: async () => {
      const { loader, Component, handle } = (await load())(queryClient);
      return { loader, Component, handle };
    },
  } as RouteObject;
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const q = queryClient;
  return [
    {
      id: 'root',
      element: <Layout />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          children: [
            page(undefined, () => import('../features/home/route').then((m) => m.homeRoute), q),
            page(paths.models.path, () => import('../features/models/route').then((m) => m.modelsIndexRoute), q),
            page(paths.model.path, () => import('../features/models/route').then((m) => m.modelRoute), q),
            page(paths.scenarios.path, () => import('../features/scenarios/library-route').then((m) => m.libraryRoute), q),
            page(paths.scenario.path, () => import('../features/scenarios/scenario-route').then((m) => m.scenarioRoute), q),
            page(paths.compare.path, () => import('../features/compare/route').then((m) => m.compareRoute), q),
            page(paths.myths.path, () => import('../features/myths/route').then((m) => m.mythsRoute), q),
            page(paths.takeAction.path, () => import('../features/take-action/route').then((m) => m.takeActionRoute), q),
            page(paths.sources.path, () => import('../features/sources/route').then((m) => m.sourcesRoute), q),
            page(paths.glossary.path, () => import('../features/glossary/route').then((m) => m.glossaryRoute), q),
            page(paths.quickExit.path, () => import('../features/safety/route').then((m) => m.quickExitRoute), q),
            page(paths.privacy.path, () => import('../features/safety/route').then((m) => m.privacyRoute), q),
            page(paths.notFound.path, () => import('../features/not-found/route').then((m) => m.notFoundRoute), q),
          ],
        },
      ],
    },
  ];
}
