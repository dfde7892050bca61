/**
 * Per kind of route: the bytes of its first page (HTML, the JS and CSS the HTML references,
 * the hydration data it carries) and what a first visit to it downloads in Chromium; plus the
 * heaviest HTML among all pages of that kind.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createVisitor, type Served } from './browser';
import { groupByKind, kindLabel, pageFile, pagesInSiteOrder } from './route-kinds';
import {
  appDataOf,
  bytesOf,
  bytesOfUrls,
  gzipBytes,
  initialAssets,
  inlineStyleOf,
  requireBuildManifest,
  type Bytes,
} from '../lib/sizes';

export interface RouteBytes {
  kind: string;
  label: string;
  /** The page measured: the first of its kind in the prerender's order. */
  path: string;
  pages: number;
  html: Bytes;
  /** The hydration data inside the HTML (raw bytes): the part that grows with the content. */
  appDataRaw: number;
  initialJs: Bytes;
  initialCss: Bytes;
  /** Gzip bytes the first paint needs: the HTML plus any stylesheet that blocks rendering. */
  firstPaintGzip: number;
  inlineCss: boolean;
  heaviest: { path: string; htmlGzip: number };
  firstVisit?: {
    total: Bytes;
    byType: Record<string, number>;
    requests: number;
    contentFiles: string[];
    otherOrigins: string[];
  };
}

/** Bytes of one page, read from the build folder. */
export function pageBytes(
  dir: string,
  path: string,
  { brotli = true } = {},
): Omit<RouteBytes, 'kind' | 'label' | 'pages' | 'heaviest' | 'firstVisit'> {
  const html = readFileSync(pageFile(dir, path), 'utf8');
  const assets = initialAssets(html, requireBuildManifest(dir));
  const initialCss = bytesOfUrls(dir, assets.stylesheets);
  const blockingCss = bytesOfUrls(dir, assets.blockingStylesheets);
  return {
    path,
    html: bytesOf(html, { brotli }),
    appDataRaw: Buffer.byteLength(appDataOf(html)),
    initialJs: bytesOfUrls(dir, [...assets.scripts, ...assets.modulepreloads, ...assets.started]),
    initialCss,
    // Every <link rel="stylesheet"> in the head blocks the first paint until it arrives.
    firstPaintGzip: gzipBytes(html) + blockingCss.gzip,
    inlineCss: inlineStyleOf(html).length > 0,
  };
}

/** Gzip size of every page's HTML, by page path. */
export function allHtmlGzip(dir: string, pagePaths: readonly string[]): Map<string, number> {
  return new Map(pagePaths.map((path) => [path, gzipBytes(readFileSync(pageFile(dir, path)))]));
}

export async function measureRoutes(
  dir: string,
  browser: Browser | undefined,
  served: Served | undefined,
  onlyKinds?: readonly string[],
): Promise<RouteBytes[]> {
  const groups = groupByKind(pagesInSiteOrder(dir));
  const results: RouteBytes[] = [];
  const visitor = browser && served ? await createVisitor(browser, served, dir) : undefined;
  for (const [kind, pagePaths] of groups) {
    if (onlyKinds && !onlyKinds.includes(kind)) continue;
    const path = pagePaths[0]!;
    const sizes = allHtmlGzip(dir, pagePaths);
    const [heaviestPath, heaviestGzip] = [...sizes].reduce((a, b) => (b[1] > a[1] ? b : a));
    const result: RouteBytes = {
      kind,
      label: kindLabel(kind),
      pages: pagePaths.length,
      ...pageBytes(dir, path),
      heaviest: { path: heaviestPath, htmlGzip: heaviestGzip },
    };
    if (visitor) {
      // 404.html is what a host serves for an unknown address: visit one.
      const visitPath = kind === 'notFound' ? '/no-such-page/' : path;
      const visit = await visitor.visit(visitPath);
      const byType: Record<string, number> = {};
      for (const r of visit.requests) byType[r.type] = (byType[r.type] ?? 0) + r.bytes.gzip;
      result.firstVisit = {
        total: visit.total,
        byType,
        requests: visit.requests.length,
        contentFiles: visit.requests.filter((r) => r.url.includes('/content/')).map((r) => r.url),
        otherOrigins: visit.otherOrigins,
      };
    }
    results.push(result);
  }
  await visitor?.close();
  return results;
}

export interface PageWeight {
  path: string;
  htmlGzip: number;
  /** HTML plus every stylesheet its head links (they block rendering), gzip. */
  firstPaintGzip: number;
  inlineCss: boolean;
}

/** Gzip weight of every prerendered page, and what its first paint needs. */
export function everyPage(dir: string): PageWeight[] {
  const cssCache = new Map<string, number>();
  const cssGzip = (href: string) => {
    if (!cssCache.has(href)) cssCache.set(href, bytesOfUrls(dir, [href]).gzip);
    return cssCache.get(href)!;
  };
  return pagesInSiteOrder(dir).map((path) => {
    const html = readFileSync(pageFile(dir, path), 'utf8');
    const htmlGzip = gzipBytes(html);
    const css = initialAssets(html).blockingStylesheets.reduce((sum, href) => sum + cssGzip(href), 0);
    return { path, htmlGzip, firstPaintGzip: htmlGzip + css, inlineCss: inlineStyleOf(html).length > 0 };
  });
}
