/**
 * A sampled build for the scaling measurement: the same client and server builds as
 * scripts/build.ts, from the content in CONTENT_ROOT, then the real prerender for a sample of
 * pages (the first few of every kind). A full build of 100× content would write about 11,000
 * pages of about 2 MB each; the sample shows what one page weighs and how long it takes to
 * render, and the report extrapolates the rest.
 *
 * Run as a child process (`node --import tsx scale-build.ts OUT_DIR CONTENT_ROOT`); prints one
 * line of JSON. Link previews, the sitemap and the service worker are not written.
 */
process.env.NODE_ENV = 'production';
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as ServerEntryModule from '../../src/app/entry-server';
import { CLONE_ID } from './synthetic';

export const PAGES_PER_KIND = 2;

export interface ScaleBuild {
  clientBuildMs: number;
  ssrBuildMs: number;
  /** Every page a full build would write, by kind. */
  pagesByKind: Record<string, number>;
  /** The sampled pages, by kind, in the prerender's order. */
  sample: Record<string, string[]>;
  /** Time to render each sampled page (React render, metadata and hydration data), ms. */
  renderMs: Record<string, number>;
}

const [outArg, contentArg] = process.argv.slice(2);
if (!outArg || !contentArg) throw new Error('usage: scale-build.ts OUT_DIR CONTENT_ROOT');
const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, outArg);
const ssrOutDir = `${outDir}-ssr`;
process.env.CONTENT_ROOT = resolve(root, contentArg);

// The same two builds as scripts/build.ts.
let started = performance.now();
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const clientBuildMs = performance.now() - started;
started = performance.now();
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/app/entry-server.tsx', outDir: ssrOutDir, emptyOutDir: true },
});
const ssrBuildMs = performance.now() - started;

// Imported only now: it loads React, which must see NODE_ENV=production (set above).
const { kindOf } = await import('./route-kinds');
const entryUrl = pathToFileURL(join(ssrOutDir, 'entry-server.js')).href;
const server = (await import(entryUrl)) as typeof ServerEntryModule;
server.setContentFetcher(async (path) => JSON.parse(readFileSync(join(outDir, 'content', path), 'utf8')) as unknown);
const all = await server.listPaths();
const pagesByKind: Record<string, number> = {};
const sample: Record<string, string[]> = {};
// Real entries first, so the sample holds the same pages as the real build where it can.
const isClone = (path: string) => CLONE_ID.test(path);
for (const path of [...all.filter((p) => !isClone(p)), ...all.filter(isClone)]) {
  const kind = kindOf(path);
  pagesByKind[kind] = (pagesByKind[kind] ?? 0) + 1;
  const list = (sample[kind] ??= []);
  if (list.length < PAGES_PER_KIND) list.push(path);
}

// The prerender imports `<ssrOutDir>/entry-server.js`; hand it one that lists only the sample
// and times each render, and otherwise is the real entry (the same module instance).
const sampleDir = `${outDir}-sample-ssr`;
mkdirSync(sampleDir, { recursive: true });
writeFileSync(
  join(sampleDir, 'entry-server.js'),
  `import * as real from ${JSON.stringify(entryUrl)};
export * from ${JSON.stringify(entryUrl)};
const times = (globalThis.__benchRenderMs = {});
export async function listPaths() { return ${JSON.stringify(Object.values(sample).flat())}; }
export async function render(path) {
  const started = performance.now();
  const result = await real.render(path);
  times[path] = performance.now() - started;
  return result;
}
`,
);
const { prerender } = await import('../lib/prerender');
await prerender({ outDir, ssrOutDir: sampleDir, base: '/', siteUrl: 'http://localhost:4173' });
const renderMs = (globalThis as { __benchRenderMs?: Record<string, number> }).__benchRenderMs ?? {};
const result: ScaleBuild = { clientBuildMs, ssrBuildMs, pagesByKind, sample, renderMs };
console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
