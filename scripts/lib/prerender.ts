/**
 * Writes a static HTML file for every route, after `vite build` (client) and the SSR build.
 * Each page holds its content, its own title, description and Open Graph tags, and the data
 * the browser needs to hydrate without refetching. Fails the build if any page fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ServerEntryModule from '../../src/app/entry-server';
import { renderHead } from './head';

type ServerEntry = typeof ServerEntryModule;

export interface PrerenderOptions {
  outDir: string;
  ssrOutDir: string;
  /** The site's base path, "/" or "/sub-path/". */
  base: string;
  siteUrl: string | undefined;
}

export async function prerender({ outDir, ssrOutDir, base, siteUrl }: PrerenderOptions): Promise<string[]> {
  const server = (await import(pathToFileURL(join(ssrOutDir, 'entry-server.js')).href)) as ServerEntry;
  // The prerender reads the same JSON files the browser will fetch.
  server.setContentFetcher(async (path) => JSON.parse(readFileSync(join(outDir, 'content', path), 'utf8')) as unknown);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const site = siteUrl?.replace(/\/$/, '');

  const writePage = async (path: string, file: string) => {
    const result = await server.render(path);
    if (result.kind !== 'page') throw new Error(`prerender: ${path} redirected to ${result.location}`);
    if (result.status !== 200) throw new Error(`prerender: ${path} answered ${result.status}`);
    const canonical = site ? `${site}${base}${path.slice(1)}` : undefined;
    const html = template
      .replace('<!--app-head-->', renderHead(result.meta, canonical))
      .replace('<!--app-html-->', result.html)
      .replace('<!--app-data-->', result.appData);
    const out = join(outDir, file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
  };

  const started = Date.now();
  const pagePaths = await server.listPaths();
  for (const path of pagePaths) await writePage(path, join(path, 'index.html'));
  // A static host serves 404.html for unknown paths; it renders the app's not-found page.
  await writePage('/404/', '404.html');
  console.log(`prerender: wrote ${pagePaths.length + 1} pages in ${Date.now() - started} ms`);
  return pagePaths;
}
