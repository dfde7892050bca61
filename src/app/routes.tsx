/**
 * The route tree: composition only. Each page comes from its feature folder, loaded lazily so
 * a visitor downloads only the code for the pages they open. React Router matches URLs and
 * keeps history; src/app/router resolves each page (code, data, not-found, moved)
 * before it renders (docs/decisions/009-declarative-routing.md).
 */
import { useLayoutEffect } from 'react';
import { matchRoutes, useLocation, useRoutes, type Location, type Params, type RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { CUSTOM_DECK_PARAM } from '../content/custom-deck-address';
import { EmbedLayout } from './embed-layout';
import { Layout } from './layout';
import { PresentationLayout } from './presentation-layout';
import { loadCode } from './router/recover';
import type { PageEntry, RouteFactory } from './router/resolve';
import { ResolutionProvider, RoutePage, useRouteCache } from './router/route-page';
import { usePrefetchOnIntent } from './router/use-prefetch-on-intent';
import { useScrollRestoration } from './router/use-scroll-restoration';
import { useShownLocation, type ShownLocation } from './router/use-shown-location';

const page = (path: string, load: () => Promise<RouteFactory>, searchKeys?: readonly string[]): PageEntry => ({
  path,
  load: () => loadCode(load),
  searchKeys,
});

// Deck pages prepare a custom deck from the query string; no other page's `prepare` reads it.
const readsDeck = [CUSTOM_DECK_PARAM];

const embedPages = [
  page(paths.embedScenario.path, () => import('../features/scenarios/embed-route').then((m) => m.embedScenarioRoute)),
  page(paths.embedCompare.path, () => import('../features/compare/embed-route').then((m) => m.embedCompareRoute)),
];

const presentationPages = [
  page(paths.presenter.path, () => import('../features/present/route-show').then((m) => m.presenterRoute), readsDeck),
  page(paths.deckSlide.path, () => import('../features/present/route-show').then((m) => m.slideRoute), readsDeck),
];

const sitePages = [
  page(paths.home.path, () => import('../features/home/route').then((m) => m.homeRoute)),
  page(paths.models.path, () => import('../features/models/route').then((m) => m.modelsIndexRoute)),
  page(paths.model.path, () => import('../features/models/route').then((m) => m.modelRoute)),
  page(paths.scenarios.path, () => import('../features/scenarios/library-route').then((m) => m.libraryRoute)),
  page(paths.scenario.path, () => import('../features/scenarios/scenario-route').then((m) => m.scenarioRoute)),
  page(paths.compare.path, () => import('../features/compare/route').then((m) => m.compareRoute)),
  page(paths.places.path, () => import('../features/places/route').then((m) => m.placesRoute)),
  page(paths.place.path, () => import('../features/places/route').then((m) => m.placeRoute)),
  page(paths.timeline.path, () => import('../features/places/route').then((m) => m.timelineRoute)),
  page(paths.classifications.path, () => import('../features/places/route').then((m) => m.classificationsRoute)),
  page(paths.decks.path, () => import('../features/present/route-present').then((m) => m.decksRoute)),
  page(paths.deckBuilder.path, () => import('../features/present/route-present').then((m) => m.builderRoute)),
  page(paths.deck.path, () => import('../features/present/route-present').then((m) => m.deckRoute), readsDeck),
  page(paths.deckPrint.path, () => import('../features/present/route-print').then((m) => m.printRoute), readsDeck),
  page(paths.deckHandout.path, () => import('../features/present/route-print').then((m) => m.handoutRoute), readsDeck),
  page(paths.workshops.path, () => import('../features/present/route-workshop').then((m) => m.workshopsRoute)),
  page(paths.workshop.path, () => import('../features/present/route-workshop').then((m) => m.workshopRoute), readsDeck),
  page(
    paths.workshopCards.path,
    () => import('../features/present/route-workshop').then((m) => m.cardsRoute),
    readsDeck,
  ),
  page(paths.predict.path, () => import('../features/present/route-workshop').then((m) => m.predictRoute), readsDeck),
  page(paths.room.path, () => import('../features/present/route-room').then((m) => m.roomRoute)),
  page(paths.learn.path, () => import('../features/learn/route').then((m) => m.learnRoute)),
  page(paths.learnStep.path, () => import('../features/learn/route').then((m) => m.learnStepRoute)),
  page(paths.quiz.path, () => import('../features/quiz/route').then((m) => m.quizRoute)),
  page(paths.quizResults.path, () => import('../features/quiz/route').then((m) => m.quizResultsRoute)),
  page(paths.quizQuestion.path, () => import('../features/quiz/route').then((m) => m.quizQuestionRoute)),
  page(paths.myths.path, () => import('../features/myths/route').then((m) => m.mythsRoute)),
  page(paths.myth.path, () => import('../features/myths/route').then((m) => m.mythRoute)),
  page(paths.takeAction.path, () => import('../features/take-action/route').then((m) => m.takeActionRoute)),
  page(paths.sources.path, () => import('../features/sources/route').then((m) => m.sourcesRoute)),
  page(paths.sourcesOfKind.path, () => import('../features/sources/route').then((m) => m.sourceKindRoute)),
  page(paths.source.path, () => import('../features/sources/route').then((m) => m.sourceRoute)),
  page(paths.glossary.path, () => import('../features/glossary/route').then((m) => m.glossaryRoute)),
  page(paths.search.path, () => import('../features/search/route').then((m) => m.searchRoute)),
  page(paths.quickExit.path, () => import('../features/safety/route').then((m) => m.quickExitRoute)),
  page(paths.privacy.path, () => import('../features/safety/route').then((m) => m.privacyRoute)),
  page(paths.reuse.path, () => import('../features/share/route').then((m) => m.reuseRoute)),
  page(paths.support.path, () => import('../features/support/route').then((m) => m.supportRoute)),
];

/** Every URL no other route matches, and every URL whose `prepare` finds no such content. */
export const notFoundPage = page(paths.notFound.path, () =>
  import('../features/not-found/route').then((m) => m.notFoundRoute),
);

// The page's entry rides on the route's handle, so a matched URL names the page to resolve.
const pageRoute = (entry: PageEntry): RouteObject => ({ path: entry.path, element: <RoutePage />, handle: entry });

const routes: RouteObject[] = [
  { element: <EmbedLayout />, children: embedPages.map(pageRoute) },
  { element: <PresentationLayout />, children: presentationPages.map(pageRoute) },
  { element: <Layout />, children: [...sitePages, notFoundPage].map(pageRoute) },
];

// matchRoutes flattens and ranks the whole route tree on every call, and the router asks on
// every render of a navigation; the tree never changes, so a path's match is kept.
const matched = new Map<string, { entry: PageEntry; params: Params }>();
const MATCHES_KEPT = 200;

/** The page a path (without the basename) opens, and its parameters. */
export function matchPage(pathname: string): { entry: PageEntry; params: Params } {
  const known = matched.get(pathname);
  if (known) return known;
  const leaf = matchRoutes(routes, pathname)?.at(-1);
  // The not-found route matches every path, so there is always a leaf.
  const match = leaf
    ? { entry: leaf.route.handle as PageEntry, params: leaf.params }
    : { entry: notFoundPage, params: {} };
  if (matched.size >= MATCHES_KEPT) matched.clear();
  matched.set(pathname, match);
  return match;
}

/**
 * The location as route patterns can match it. A control character in the path (`/%0A`) matches
 * no pattern, not even the catch-all (its `.*` stops at a line break), which would render no page
 * and no layout at all. The page itself comes from the resolution, which read the real path.
 */
function routable(location: Location): Location {
  // eslint-disable-next-line no-control-regex -- control characters are what it must find
  const pathname = location.pathname.replace(/%(?:[01][0-9a-f]|7f)|[\u0000-\u001f\u007f]/gi, '_');
  return pathname === location.pathname ? location : { ...location, pathname };
}

/**
 * Says on the document whether the page on screen is the one the address names (idle) or the
 * next one is still being resolved (pending), and which history entry is shown: for styles, and
 * for tests that wait for a page to settle instead of for a quiet network.
 */
function useNavigationState(shown: ShownLocation): void {
  const { key } = useLocation();
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.navigation = shown.resolution && shown.location.key === key ? 'idle' : 'pending';
    root.dataset.shownEntry = shown.location.key;
  });
}

/** The routes, rendered for the location on screen (which waits for the next page to resolve). */
export function AppRoutes() {
  const cache = useRouteCache();
  const shown = useShownLocation(cache, matchPage);
  useNavigationState(shown);
  useScrollRestoration(shown);
  usePrefetchOnIntent(cache, matchPage);
  const element = useRoutes(routes, routable(shown.location));
  return <ResolutionProvider value={shown.resolution}>{element}</ResolutionProvider>;
}
