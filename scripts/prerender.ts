/**
 * Writes a static HTML file for every route, after `vite build` (client) and the SSR build.
 * Each page holds its content, its own title, description and Open Graph tags, and the data
 * the browser needs to hydrate without refetching. Fails the build if any page fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ServerEntryModule from '../src/app/entry-server';
import { renderHead } from './lib/head';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const siteUrl = process.env.SITE_URL?.replace(/\/$/, '');

type ServerEntry = typeof ServerEntryModule;
const server = (await import(pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href)) as ServerEntry;

// The prerender reads the same JSON files the browser will fetch.
server.setContentFetcher(async (path) => JSON.parse(readFileSync(join(dist, 'content', path), 'utf8')) as unknown);

const template = readFileSync(join(dist, 'index.html'), 'utf8');
const base = process.env.BASE_PATH ?? '/';

function fill(html: string, head: string, appData: string): string {
  return template.replace('<!--app-head-->', head).replace('<!--app-html-->', html).replace('<!--app-data-->', appData);
}

async function writePage(path: string, file: string, expectStatus: number): Promise<void> {
  const result = await server.render(path);
  if (result.kind !== 'page') throw new Error(`prerender: ${path} redirected to ${result.location}`);
  if (result.status !== expectStatus) throw new Error(`prerender: ${path} answered ${result.status}, expected ${expectStatus}`);
  const canonical = siteUrl ? `${siteUrl}${base}${path.slice(1)}` : undefined;
  const out = join(dist, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, fill(result.html, renderHead(result.meta, canonical), result.appData));
}

const started = Date.now();
const pagePaths = await server.listPaths();
for (const path of pagePaths) await writePage(path, join(path, 'index.html'), 200);
// A static host serves 404.html for unknown paths; it renders the app's not-found page.
await writePage('/404/', '404.html', 200);
console.log(`prerender: wrote ${pagePaths.length + 1} pages in ${Date.now() - started} ms`);
