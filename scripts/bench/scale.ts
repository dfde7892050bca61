/**
 * How the site scales with the size of the library: synthetic content 10× and 100× the real
 * scenarios, built (client and server in full, prerender sampled; see scale-build.ts) and
 * measured page by page against the same kinds of route as the real build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createVisitor, serve } from './browser';
import { runScript } from './child';
import { median } from './lighthouse';
import { pageBytes } from './measure-routes';
import type { ScaleBuild } from './scale-build';
import { bytesOf, type Bytes } from '../lib/sizes';
import { writeSyntheticContent } from './synthetic';

/** The kinds of route the issue names; the scaled builds are visited in the browser for these. */
export const CORE_KINDS = [
  'home',
  'models',
  'model',
  'scenarios',
  'scenario',
  'scenarioFocus',
  'compare',
  'sources',
  'glossary',
  'myths',
];

export interface ScaledKind {
  kind: string;
  path: string;
  pages: number;
  html: Bytes;
  appDataRaw: number;
  renderMs: number;
  firstVisitGzip?: number;
}

export interface ScaleResult {
  factor: number;
  scenarios: number;
  sources: number;
  pages: number;
  /** Measured for the real content (1×), where the whole build runs. */
  fullBuildMs?: number;
  clientBuildMs?: number;
  ssrBuildMs?: number;
  /** Measured at 1×; at 10× and 100×, the sampled render time of each kind × its page count. */
  prerenderMs: number;
  prerenderEstimated: boolean;
  /** The HTML a full build writes: measured at 1×, estimated the same way at 10× and 100×. */
  htmlTotalBytes: number;
  indexJson: Bytes;
  kinds: ScaledKind[];
}

const repoRoot = resolve(import.meta.dirname, '../..');

export async function scaledBuild(
  factor: number,
  browser: Browser | undefined,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const contentRoot = join(repoRoot, '.bench', `content-${factor}x`);
  const outDir = join(repoRoot, '.bench', `build-${factor}x`);
  const counts = writeSyntheticContent(repoRoot, contentRoot, factor);
  log(`scale ${factor}×: ${counts.scenarios} scenarios, ${counts.sources} sources; building (sampled prerender)…`);
  const { stdout } = await runScript('scripts/bench/scale-build.ts', [outDir, contentRoot], {});
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`scale ${factor}×: the sampled build printed no result`);
  const built = JSON.parse(line.slice('BENCH_RESULT '.length)) as ScaleBuild;

  const served = browser ? await serve(outDir) : undefined;
  const visitor = browser && served ? await createVisitor(browser, served, outDir, { brotli: false }) : undefined;
  const kinds: ScaledKind[] = [];
  let prerenderMs = 0;
  let htmlTotalBytes = 0;
  for (const [kind, paths] of Object.entries(built.sample)) {
    const pages = built.pagesByKind[kind] ?? 0;
    const measured = paths.map((path) => pageBytes(outDir, path, { brotli: false }));
    const renderMs = median(paths.map((p) => built.renderMs[p] ?? Number.NaN));
    prerenderMs += renderMs * pages;
    htmlTotalBytes += median(measured.map((m) => m.html.raw)) * pages;
    const first = measured[0]!;
    const entry: ScaledKind = {
      kind,
      path: first.path,
      pages,
      html: first.html,
      appDataRaw: first.appDataRaw,
      renderMs,
    };
    if (visitor && CORE_KINDS.includes(kind)) entry.firstVisitGzip = (await visitor.visit(first.path)).total.gzip;
    kinds.push(entry);
  }
  await visitor?.close();
  await served?.close();
  return {
    factor,
    scenarios: counts.scenarios,
    sources: counts.sources,
    pages: Object.values(built.pagesByKind).reduce((a, b) => a + b, 0),
    clientBuildMs: built.clientBuildMs,
    ssrBuildMs: built.ssrBuildMs,
    prerenderMs,
    prerenderEstimated: true,
    htmlTotalBytes,
    indexJson: bytesOf(readFileSync(join(outDir, 'content', 'index.json')), { brotli: false }),
    kinds,
  };
}
