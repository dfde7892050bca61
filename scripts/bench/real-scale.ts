/** The real content's row of the scaling table, from the full build already measured. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIndex, SourcesOverview } from '../../src/content/payloads';
import type { RouteBytes } from './measure-routes';
import { pageFile, pagesInSiteOrder } from './route-kinds';
import { CORE_KINDS, type ScaleResult } from './scale';
import { bytesOf } from '../lib/sizes';

export function realScale(
  dir: string,
  build: { ms: number; prerenderMs: number; pages: number },
  routes: RouteBytes[],
): ScaleResult {
  const index = JSON.parse(readFileSync(join(dir, 'content', 'index.json'), 'utf8')) as ContentIndex;
  const sources = JSON.parse(readFileSync(join(dir, 'content', 'sources.json'), 'utf8')) as SourcesOverview;
  const perPage = build.prerenderMs / build.pages;
  return {
    factor: 1,
    scenarios: index.scenarios.length,
    sources: Object.keys(sources.kindOf).length,
    pages: build.pages,
    fullBuildMs: build.ms,
    prerenderMs: build.prerenderMs,
    prerenderEstimated: false,
    htmlTotalBytes: pagesInSiteOrder(dir).reduce((sum, path) => sum + statSync(pageFile(dir, path)).size, 0),
    indexJson: bytesOf(readFileSync(join(dir, 'content', 'index.json'))),
    kinds: routes
      .filter((r) => r.kind !== 'notFound')
      .map((r) => ({
        kind: r.kind,
        path: r.path,
        pages: r.pages,
        html: r.html,
        appDataRaw: r.appDataRaw,
        renderMs: perPage,
        ...(CORE_KINDS.includes(r.kind) && r.firstVisit ? { firstVisitGzip: r.firstVisit.total.gzip } : {}),
      })),
  };
}
