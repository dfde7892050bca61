/**
 * Sorts prerendered pages into kinds of route (home, a model, a scenario…) by matching them
 * against the app's own path patterns (src/config/paths.ts), so a new route shows up in the
 * benchmark and the budgets without anyone listing it here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { matchRoutes } from 'react-router';
import { paths } from '../../src/config/paths';

/** Readable names for the kinds the issue asks about; other keys of `paths` show as they are. */
const LABELS: Record<string, string> = {
  home: 'home',
  models: 'models index',
  model: 'a model',
  scenarios: 'scenarios library',
  scenario: 'a scenario',
  scenarioFocus: 'a scenario, model in focus',
  compare: 'compare',
  compareView: 'a comparison view (dimension, topic)',
  reuse: 'reuse and licence',
  sources: 'sources',
  sourcesOfKind: 'sources of one kind',
  source: 'a source',
  glossary: 'glossary',
  search: 'search',
  myths: 'myths',
  myth: 'a myth',
  takeAction: 'what you can do',
  places: 'places',
  timeline: 'timeline',
  classifications: 'classifications',
  quickExit: 'quick exit',
  privacy: 'privacy',
  support: 'support',
  embedCompare: 'embedded comparison',
  embedScenario: 'embedded scenario',
  embedScenarioFocus: 'embedded scenario, model in focus',
  deckBuilder: 'deck builder',
  presenter: 'presenter view',
  workshop: 'workshop guide',
  workshopCards: 'workshop cards',
  predict: 'workshop prediction',
  room: 'workshop room (phones)',
  quizResults: 'quiz results',
  place: 'a place',
  decks: 'presentation decks',
  deck: 'a deck',
  deckSlide: 'a presentation slide',
  deckPrint: 'a deck to print',
  deckHandout: 'a deck handout',
  workshops: 'workshop guides',
  learn: 'learn',
  learnStep: 'a learn step',
  quiz: 'quiz',
  quizQuestion: 'a quiz question',
  notFound: 'not found (404.html)',
};

export const kindLabel = (kind: string): string => LABELS[kind] ?? kind;

const routes = Object.entries(paths).flatMap(([id, entry]) =>
  'path' in entry && id !== 'notFound' ? [{ id, path: entry.path }] : [],
);

/** The kind of a page path such as "/scenarios/x/nordic/"; "notFound" if no route matches. */
export function kindOf(pagePath: string): string {
  const match = matchRoutes(routes, pagePath)?.at(-1);
  if (!match) return 'notFound';
  const id = match.route.id;
  if (id === 'scenario' && match.params.modelId) return 'scenarioFocus';
  if (id === 'compare' && match.params.dimension) return 'compareView';
  if (id === 'embedScenario' && match.params.modelId) return 'embedScenarioFocus';
  return id;
}

/** Every prerendered page in a build folder, as URL paths ("/", "/models/nordic/", "/404/"). */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (
        entry.isDirectory() &&
        !(folder === dir && ['assets', 'content', 'previews', 'downloads'].includes(entry.name))
      )
        visit(join(folder, entry.name));
      else if (entry.name === 'index.html') {
        const rel = relative(dir, folder).split(sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  visit(dir);
  if (existsSync(join(dir, '404.html'))) pages.push(NOT_FOUND_PAGE);
  return pages.sort();
}

/** 404.html stands for every unknown path; it is listed as this page. */
export const NOT_FOUND_PAGE = '/404/';

/** The file that holds a page. */
export const pageFile = (dir: string, pagePath: string): string =>
  pagePath === NOT_FOUND_PAGE ? join(dir, '404.html') : join(dir, pagePath, 'index.html');

/**
 * Pages in the order the prerender lists them (the sitemap's order: fixed pages, models,
 * scenarios…), then any others, so "the first page of a kind" is a real one (a model, not a
 * hand-built deck's shell) and the same one across builds.
 */
export function pagesInSiteOrder(dir: string): string[] {
  const all = builtPages(dir);
  const sitemap = join(dir, 'sitemap.xml');
  if (!existsSync(sitemap)) return all;
  const listed = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '/').pathname,
  );
  const known = new Set(all);
  const ordered = listed.filter((p) => known.has(p));
  const seen = new Set(ordered);
  return [...ordered, ...all.filter((p) => !seen.has(p))];
}

/** Pages grouped by kind, each group in the order given. */
export function groupByKind(pagePaths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of pagePaths) {
    const kind = kindOf(path);
    groups.set(kind, [...(groups.get(kind) ?? []), path]);
  }
  return groups;
}
