/**
 * `npm run bench`: measures the built site against the floor, in one run on one machine.
 * Builds into .bench/ (git-ignored): the real content, the React floor, and synthetic content
 * 10× and 100× larger. Writes .bench/report.json and .bench/report.md and prints one line.
 * See docs/performance.md for what each figure means.
 *
 * Options: --quick (1 Lighthouse run, no 100× build), --skip-lighthouse, --skip-scale,
 * --reuse-build (measure the last .bench/build-1x), --update-docs (write the results into
 * docs/performance.md, docs/performance-report.json and README.md), --before=<dir> (also measure
 * an earlier build, say of the commit before a change, with Lighthouse and the interaction clock
 * in the same run, each route's runs next to this build's, so the two meet the same machine).
 * --room measures the workshop room server instead, and only that (scripts/bench/room.ts).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, serve, visitWithServiceWorker, type Served } from './bench/browser';
import { fullBuild } from './bench/child';
import { buildFloor } from './bench/floor';
import { interactionLatency } from './bench/interaction';
import { lighthouse } from './bench/lighthouse';
import { summaryLine, toMarkdown } from './bench/markdown';
import { everyPage, measureRoutes } from './bench/measure-routes';
import { evaluateTargets, type LighthouseRoute, type Report } from './bench/report';
import { scaledBuild, type ScaleResult } from './bench/scale';
import { realScale } from './bench/real-scale';
import { pagesInSiteOrder } from './bench/route-kinds';
import { BUDGETS, TARGETS } from './lib/targets';
import { updateDocs } from './bench/update-docs';

const args = new Set(process.argv.slice(2));
const beforeArg = [...args].find((arg) => arg.startsWith('--before='))?.slice('--before='.length);
const beforeDir = beforeArg ? resolve(beforeArg) : undefined;
if (beforeDir && !existsSync(join(beforeDir, 'index.html')))
  throw new Error(`bench: --before=${beforeArg} has no index.html; build the earlier commit there first`);
const quick = args.has('--quick');
const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, '.bench');
const started = performance.now();
const loadStart = loadavg();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
mkdirSync(benchDir, { recursive: true });

if (args.has('--room')) {
  const { roomBench, roomMarkdown } = await import('./bench/room');
  const report = await roomBench(log);
  writeFileSync(
    join(benchDir, 'room-report.json'),
    `${JSON.stringify(
      {
        ...report,
        machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}, Node ${process.versions.node}, load ${loadStart.map((l) => l.toFixed(1)).join(' ')} → ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(benchDir, 'room-report.md'), `${roomMarkdown(report)}\n`);
  console.log(roomMarkdown(report));
  log('wrote .bench/room-report.json and .bench/room-report.md');
  process.exit(0);
}

const buildDir = join(benchDir, 'build-1x');
// --reuse-build (for working on the benchmark itself) measures the last build without timing one.
const reuse = args.has('--reuse-build') && existsSync(join(buildDir, 'index.html'));
log(
  reuse
    ? 'reusing .bench/build-1x (build time not measured)…'
    : 'building the site (npm run build into .bench/build-1x)…',
);
const build = reuse
  ? { ms: Number.NaN, prerenderMs: Number.NaN, pages: pagesInSiteOrder(buildDir).length - 1 }
  : await fullBuild(buildDir);
log(`built ${build.pages} pages in ${(build.ms / 1000).toFixed(0)} s; building the React floor…`);
const { dist: _floorDist, ...floor } = buildFloor(join(benchDir, 'floor'));

let browser = await launchBrowser();
const chromium = browser.version();
const served = await serve(buildDir);
log('measuring every kind of route (bytes, and a first visit in Chromium)…');
const routes = await measureRoutes(buildDir, browser, served);
const pages = everyPage(buildDir);
const byWeight = (pick: (p: (typeof pages)[number]) => number) =>
  [...pages].sort((a, b) => pick(b) - pick(a)).slice(0, 5);
log('a first visit to the home page with the service worker allowed (what crosses the network)…');
const withWorker = await visitWithServiceWorker(browser, served, buildDir, '/');
const serviceWorkerVisit: Report['serviceWorkerVisit'] = {
  path: '/',
  requests: withWorker.requests.length,
  fromWorker: withWorker.fromWorker,
  total: withWorker.total,
  scenarioFiles: withWorker.requests.filter((r) => /\/content\/scenarios\//.test(r.url)).length,
};
const scenarioPath = routes.find((r) => r.kind === 'scenario')?.path;
if (!scenarioPath) throw new Error('bench: the build has no scenario page');
log(`interaction latency on ${scenarioPath} (4× CPU slowdown)…`);
const latency = (build: Served) =>
  interactionLatency(browser, build, scenarioPath, quick ? 20 : 24).catch((error: Error) => {
    console.error(`bench: interaction latency failed: ${error.message}`);
    return [];
  });
const interaction = await latency(served);
const servedBefore = beforeDir ? await serve(beforeDir) : undefined;
if (servedBefore) log(`interaction latency on the earlier build (${beforeArg})…`);
const interactionBefore = servedBefore ? await latency(servedBefore) : [];
await servedBefore?.close();
await browser.close();

const lighthouseNotes: string[] = [];
let lighthouseResults: Report['lighthouse'] = { skipped: '--skip-lighthouse' };
const lighthouseBefore: LighthouseRoute[] = [];
if (!args.has('--skip-lighthouse')) {
  const runs = quick ? 1 : 3;
  const pick = (kind: string, name: string) => {
    const route = routes.find((r) => r.kind === kind);
    if (!route) lighthouseNotes.push(`No ${name} route in this build: skipped.`);
    return route ? [{ name, path: route.path }] : [];
  };
  const targets = [
    ...pick('home', 'home'),
    ...pick('model', 'a model'),
    ...pick('scenario', 'a scenario'),
    ...pick('compare', 'compare'),
    ...pick('deckSlide', 'a presentation slide'),
  ];
  lighthouseResults = [];
  // Served gzipped, as any real host serves text (the plain static server does not compress).
  const compressed = await serve(buildDir, { gzip: true });
  const compressedBefore = beforeDir ? await serve(beforeDir, { gzip: true }) : undefined;
  const measureRoute = async (target: { name: string; path: string }, baseUrl: string, label: string) => {
    try {
      const result = await lighthouse(
        `${baseUrl}${target.path}`,
        runs,
        join(benchDir, 'lighthouse'),
        `${label}${target.name.replace(/\W+/g, '-')}`,
      );
      return { ...target, ...result } satisfies LighthouseRoute;
    } catch (error) {
      // One failed run should not cost the rest of the report.
      lighthouseNotes.push(
        `${label}${target.name} (${target.path}): Lighthouse failed: ${(error as Error).message.split('\n')[0]}`,
      );
      return undefined;
    }
  };
  for (const target of targets) {
    if (compressedBefore) {
      log(`Lighthouse ${target.name}, earlier build (${runs} run${runs > 1 ? 's' : ''})…`);
      const earlier = await measureRoute(target, compressedBefore.baseUrl, 'before-');
      if (earlier) lighthouseBefore.push(earlier);
    }
    log(`Lighthouse ${target.name} (${runs} run${runs > 1 ? 's' : ''})…`);
    const result = await measureRoute(target, compressed.baseUrl, '');
    if (result) lighthouseResults.push(result);
  }
  await compressed.close();
  await compressedBefore?.close();
}
await served.close();

let scaling: Report['scaling'] = { skipped: '--skip-scale' };
if (!args.has('--skip-scale')) {
  browser = await launchBrowser();
  const results: ScaleResult[] = [realScale(buildDir, build, routes)];
  for (const factor of quick ? [10] : [10, 100]) results.push(await scaledBuild(factor, browser, log));
  await browser.close();
  scaling = results;
}

const partial: Omit<Report, 'targets'> = {
  generatedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.versions.node,
    chromium,
    loadAverage: { start: loadStart, end: loadavg() },
  },
  durationMs: performance.now() - started,
  build,
  floor,
  routes,
  firstPaint: {
    pages: pages.length,
    fit: pages.filter((p) => p.firstPaintGzip <= TARGETS.firstPaintGzip).length,
    worst: byWeight((p) => p.firstPaintGzip).map((p) => ({ path: p.path, gzip: p.firstPaintGzip })),
  },
  htmlBudget: {
    pages: pages.length,
    within: pages.filter((p) => p.htmlGzip <= BUDGETS.htmlGzip).length,
    worst: byWeight((p) => p.htmlGzip).map((p) => ({ path: p.path, gzip: p.htmlGzip })),
  },
  serviceWorkerVisit,
  lighthouse: lighthouseResults,
  lighthouseNotes,
  interaction,
  ...(beforeArg ? { before: { build: beforeArg, lighthouse: lighthouseBefore, interaction: interactionBefore } } : {}),
  scaling,
};
const report: Report = { ...partial, targets: evaluateTargets(partial) };
const markdown = toMarkdown(report);
writeFileSync(join(benchDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(benchDir, 'report.md'), `${markdown}\n`);
if (args.has('--update-docs')) {
  copyFileSync(join(benchDir, 'report.json'), join(root, 'docs', 'performance-report.json'));
  updateDocs(root, report, markdown);
  log('updated docs/performance.md, docs/performance-report.json and the README table');
}
log('wrote .bench/report.json and .bench/report.md');
console.log(summaryLine(report));
