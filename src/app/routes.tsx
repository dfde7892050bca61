/**
 * The route tree: composition only. Each page comes from its feature folder, loaded lazily so
 * a visitor downloads only the code for the pages they open.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { paths } from '../config/paths';
import type { FeatureRoute } from '../lib/route';
import { EmbedLayout } from './embed-layout';
import { Layout } from './layout';
import { PresentationLayout } from './presentation-layout';
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
      id: 'embed',
      element: <EmbedLayout />,
      errorElement: <RouteError />,
      children: [
        page(paths.embedScenario.path, () => import('../features/scenarios/embed-route').then((m) => m.embedScenarioRoute), q),
        page(paths.embedCompare.path, () => import('../features/compare/embed-route').then((m) => m.embedCompareRoute), q),
      ],
    },
    {
      id: 'presentation',
      element: <PresentationLayout />,
      errorElement: <RouteError />,
      children: [
        page(paths.presenter.path, () => import('../features/present/route-show').then((m) => m.presenterRoute), q),
        page(paths.deckSlide.path, () => import('../features/present/route-show').then((m) => m.slideRoute), q),
      ],
    },
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
            page(paths.places.path, () => import('../features/places/route').then((m) => m.placesRoute), q),
            page(paths.place.path, () => import('../features/places/route').then((m) => m.placeRoute), q),
            page(paths.timeline.path, () => import('../features/places/route').then((m) => m.timelineRoute), q),
            page(paths.classifications.path, () => import('../features/places/route').then((m) => m.classificationsRoute), q),
            page(paths.decks.path, () => import('../features/present/route-present').then((m) => m.decksRoute), q),
            page(paths.deckBuilder.path, () => import('../features/present/route-present').then((m) => m.builderRoute), q),
            page(paths.deck.path, () => import('../features/present/route-present').then((m) => m.deckRoute), q),
            page(paths.workshop.path, () => import('../features/present/route-workshop').then((m) => m.workshopRoute), q),
            page(paths.workshopCards.path, () => import('../features/present/route-workshop').then((m) => m.cardsRoute), q),
            page(paths.predict.path, () => import('../features/present/route-workshop').then((m) => m.predictRoute), q),
            page(paths.learn.path, () => import('../features/learn/route').then((m) => m.learnRoute), q),
            page(paths.learnStep.path, () => import('../features/learn/route').then((m) => m.learnStepRoute), q),
            page(paths.quiz.path, () => import('../features/quiz/route').then((m) => m.quizRoute), q),
            page(paths.quizResults.path, () => import('../features/quiz/route').then((m) => m.quizResultsRoute), q),
            page(paths.quizQuestion.path, () => import('../features/quiz/route').then((m) => m.quizQuestionRoute), q),
            page(paths.myths.path, () => import('../features/myths/route').then((m) => m.mythsRoute), q),
            page(paths.myth.path, () => import('../features/myths/route').then((m) => m.mythRoute), q),
            page(paths.takeAction.path, () => import('../features/take-action/route').then((m) => m.takeActionRoute), q),
            page(paths.sources.path, () => import('../features/sources/route').then((m) => m.sourcesRoute), q),
            page(paths.sourcesOfKind.path, () => import('../features/sources/route').then((m) => m.sourceKindRoute), q),
            page(paths.source.path, () => import('../features/sources/route').then((m) => m.sourceRoute), q),
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
