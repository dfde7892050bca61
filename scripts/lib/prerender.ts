/**
 * Writes a static HTML file for every route, after `vite build` (client) and the SSR build.
 * Each page holds its content, its own title, description and Open Graph tags, and the data
 * the browser needs to hydrate without refetching. Fails the build if any page fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AppData } from '../../src/app/app-data';
import type * as ServerEntryModule from '../../src/app/entry-server';
import { gzipBytes } from './sizes';
import { TARGETS } from './targets';
import { messages } from '../../src/i18n/messages';
import { criticalCssInliner } from './critical-css';
import { cspMetaTag, renderHead } from './head';
import { fitPageData, preloadTags } from './page-data';

type ServerEntry = typeof ServerEntryModule;

export interface PrerenderOptions {
  outDir: string;
  ssrOutDir: string;
  /** The site's base path, "/" or "/sub-path/". */
  base: string;
  /** The site's origin, e.g. https://example.org; used for canonical and preview URLs. */
  siteUrl: string;
}

export async function prerender({ outDir, ssrOutDir, base, siteUrl }: PrerenderOptions): Promise<string[]> {
  const server = (await import(pathToFileURL(join(ssrOutDir, 'entry-server.js')).href)) as ServerEntry;
  // The prerender reads the same JSON files the browser will fetch.
  server.setContentFetcher(async (path) => JSON.parse(readFileSync(join(outDir, 'content', path), 'utf8')) as unknown);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const siteRoot = `${siteUrl.replace(/\/$/, '')}${base}`;
  const inlineCriticalCss = criticalCssInliner(outDir, base);

  const writePage = async (path: string, file: string) => {
    const result = await server.render(path);
    if (result.kind !== 'page') throw new Error(`prerender: ${path} redirected to ${result.location}`);
    if (result.status !== 200) throw new Error(`prerender: ${path} answered ${result.status}`);
    const head = renderHead(result.meta, { base, siteRoot, canonicalUrl: `${siteRoot}${path.slice(1)}` });
    const assemble = (data: AppData) =>
      withCriticalCss(
        template
          .replace('<!--app-head-->', [head, preloadTags(data.external ?? [], base)].filter(Boolean).join('\n    '))
          .replace('<!--app-html-->', result.html)
          .replace('<!--app-data-->', server.serializeAppData(data)),
      );
    const { page: html } = await fitPageData(
      result.appData,
      assemble,
      (page) => gzipBytes(page) <= TARGETS.firstPaintGzip,
    );
    const out = join(outDir, file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
  };

  /** The page's critical CSS inline, allowed by its hash in the page's own policy. */
  const withCriticalCss = async (page: string): Promise<string> => {
    const { html, styleHash } = await inlineCriticalCss(page);
    if (!styleHash) return html;
    if (!html.includes(cspMetaTag()))
      throw new Error('prerender: the page has no Content-Security-Policy to add its style hash to');
    return html.replace(cspMetaTag(), cspMetaTag([styleHash]));
  };

  const started = Date.now();
  const pagePaths = await server.listPaths();
  for (const path of pagePaths) await writePage(path, join(path, 'index.html'));
  // A static host serves 404.html for unknown paths; it renders the app's not-found page.
  await writePage('/404/', '404.html');
  // The offline shell: the site's frame with the quick exit and no page, for the service worker
  // to answer with offline when a page was never fetched; the app renders the page itself.
  const shellHead = renderHead(
    { title: messages.siteName, description: messages.siteTagline },
    { base, siteRoot, canonicalUrl: siteRoot },
  );
  const shell = await withCriticalCss(
    template
      .replace('<!--app-head-->', shellHead)
      .replace('<!--app-html-->', server.renderShell())
      .replace('<!--app-data-->', ''),
  );
  writeFileSync(join(outDir, 'shell.html'), shell);
  console.log(`prerender: wrote ${pagePaths.length + 1} pages in ${Date.now() - started} ms`);
  return pagePaths;
}
