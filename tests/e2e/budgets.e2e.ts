/**
 * Performance budgets, on byte counts of the built site (no timings: they vary by machine).
 * The figures live in scripts/lib/targets.ts; `npm run bench` measures the same things and
 * more (docs/performance.md).
 *
 * A budget the app misses today is marked `it.fails`, with how far off it is and what would
 * close it. Such a test passes while the budget is missed and fails once it is met: then
 * change it to `it` so the budget holds from then on. Never loosen a figure to make one pass.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createVisitor, launchBrowser, visitWithServiceWorker, type Visitor } from '../../scripts/bench/browser';
import { buildFloor } from '../../scripts/bench/floor';
import { everyPage, pageBytes } from '../../scripts/bench/measure-routes';
import { groupByKind, kindLabel, pageFile, pagesInSiteOrder } from '../../scripts/bench/route-kinds';
import { appDataOf } from '../../scripts/lib/sizes';
import { BUDGETS } from '../../scripts/lib/targets';
import { builtIndex } from './support/built-content';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const kinds = groupByKind(pagesInSiteOrder(dist));
const weights = new Map(everyPage(dist).map((p) => [p.path, p]));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const scenarioFile = /\/content\/scenarios\/[^/]+\.json$/;

describe('HTML: every page at most 20 kB gzip', () => {
  for (const [kind, pagePaths] of kinds) {
    it(`${kindLabel(kind)} (${pagePaths.length} pages)`, () => {
      const over = pagePaths.filter((p) => weights.get(p)!.htmlGzip > BUDGETS.htmlGzip);
      expect(over.map((p) => `${p} ${kB(weights.get(p)!.htmlGzip)}`)).toEqual([]);
    });
  }

  // The critical CSS counts towards the 20 kB above; the full stylesheet is linked at the end
  // of the body, where it blocks nothing (scripts/lib/critical-css.ts).
  it('every page carries its critical CSS inline, and no stylesheet blocks its first paint', () => {
    expect([...weights.values()].filter((p) => !p.inlineCss).map((p) => p.path)).toEqual([]);
    expect([...weights.values()].filter((p) => p.firstPaintGzip !== p.htmlGzip).map((p) => p.path)).toEqual([]);
  });
});

describe('initial JavaScript: at most 1.6× the React floor', () => {
  const floorDir = join(root, '.bench', `floor-test-${process.pid}`);
  let floorGzip = 0;
  beforeAll(() => {
    // A one-line React app built with the same Vite settings in this run (scripts/bench/floor.ts).
    floorGzip = buildFloor(floorDir).js.gzip;
  });
  afterAll(() => rmSync(floorDir, { recursive: true, force: true }));

  it('the floor measures as a React app should (React and ReactDOM, production build)', () => {
    expect(floorGzip).toBeGreaterThan(50_000);
    expect(floorGzip).toBeLessThan(90_000);
  });

  // About 100 kB gzip today, 1.48× the floor: React, react-router in declarative mode (about
  // 14 kB), TanStack Query (about 10 kB) and the app's layout, routes and common text. Data
  // mode's router alone was 30 kB (docs/decisions/009-declarative-routing.md).
  it('every kind of page', () => {
    const over = [...kinds.values()]
      .map((pagePaths) => pageBytes(dist, pagePaths[0]!))
      .filter((page) => page.initialJs.gzip > BUDGETS.initialJsToFloor * floorGzip)
      .map(
        (page) =>
          `${page.path} ${kB(page.initialJs.gzip)} = ${(page.initialJs.gzip / floorGzip).toFixed(2)}× ${kB(floorGzip)}`,
      );
    expect(over).toEqual([]);
  });
});

describe('no page loads the whole content library', () => {
  const index = builtIndex();
  let browser: Browser | undefined;
  let visitor: Visitor | undefined;
  let libraryBytes = 0;
  beforeAll(async () => {
    browser = await launchBrowser();
    visitor = await createVisitor(browser, { baseUrl: inject('baseUrl'), close: async () => {} }, dist);
    libraryBytes = folderSize(join(dist, 'content'));
  });
  afterAll(async () => {
    await visitor?.close();
    await browser?.close();
  });

  // "The whole library": every scenario file, or a quarter of all content bytes (fetched as
  // JSON or carried in the page as hydration data).
  it.each([...kinds].map(([kind, pagePaths]) => ({ label: kindLabel(kind), path: pagePaths[0]! })))(
    '$label ($path): fetches not every scenario, and under a quarter of the content',
    async ({ path }) => {
      const visit = await visitor!.visit(path);
      const scenarios = visit.requests.filter((r) => scenarioFile.test(r.url)).length;
      const fetched = visit.requests
        .filter((r) => r.url.includes('/content/'))
        .reduce((sum, r) => sum + r.bytes.raw, 0);
      const carried = Buffer.byteLength(appDataOf(readFileSync(pageFile(dist, path), 'utf8')));
      if (index.scenarios.length > 3) expect(scenarios).toBeLessThan(index.scenarios.length);
      expect(fetched + carried, `fetched ${kB(fetched)}, carried ${kB(carried)}`).toBeLessThan(libraryBytes / 4);
    },
  );

  // The worker precaches only the shell and the code it needs to start (docs/decisions/015):
  // content is kept as pages read it, and the whole guide only when a reader asks.
  it('the service worker a first visit installs does not precache every scenario', () => {
    const worker = join(dist, 'sw.js');
    const source = existsSync(worker) ? readFileSync(worker, 'utf8') : '';
    const precached = [...source.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(precached).toContain('/shell.html');
    expect(precached.filter((url) => scenarioFile.test(url)).length).toBeLessThan(index.scenarios.length);
    expect(precached.filter((url) => url.includes('/content/'))).toEqual([]);
  });
});

describe('a first visit with service workers allowed', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Everything that crosses the network until the worker is active and the page is quiet: the
  // page, its code and content, the worker, its precache, and the first page handed over to it.
  it(`transfers at most ${kB(BUDGETS.firstVisitWithWorkerGzip)} gzip (the home page)`, async () => {
    const visit = await visitWithServiceWorker(
      browser!,
      { baseUrl: inject('baseUrl'), close: async () => {} },
      dist,
      '/',
    );
    const list = visit.requests.map((r) => `${r.type} ${r.url} ${kB(r.bytes.gzip)}`).join('\n');
    expect(visit.total.gzip, list).toBeLessThanOrEqual(BUDGETS.firstVisitWithWorkerGzip);
    expect(visit.requests.filter((r) => scenarioFile.test(r.url))).toEqual([]);
  });
});

function folderSize(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? folderSize(join(folder, entry.name)) : statSync(join(folder, entry.name)).size),
    0,
  );
}
