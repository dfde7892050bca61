/**
 * Byte counts of built files, the way a visitor pays for them: raw, gzip and brotli (node:zlib
 * at the highest levels, as a static host that pre-compresses would serve them), and what a
 * prerendered page references before any script runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/**
 * Raw, gzip and brotli sizes. Brotli at quality 11 takes seconds on a megabyte, so the scaling
 * measurement (pages of several megabytes) leaves it out: `brotli` is then NaN.
 */
export function bytesOf(data: Buffer | string, { brotli = true } = {}): Bytes {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  const brotliSize = brotli
    ? brotliCompressSync(buffer, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
      }).length
    : Number.NaN;
  return { raw: buffer.length, gzip: gzipBytes(buffer), brotli: brotliSize };
}

export const addBytes = (a: Bytes, b: Bytes): Bytes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
export const NO_BYTES: Bytes = { raw: 0, gzip: 0, brotli: 0 };

/**
 * What a page loads before its reader can use it: what the HTML asks for up front (the module
 * script, its modulepreloads and stylesheets), and the code that script starts by itself.
 */
export interface InitialAssets {
  scripts: string[];
  modulepreloads: string[];
  /** The code the module script starts once the page has painted (needs the build manifest). */
  started: string[];
  stylesheets: string[];
  /** The stylesheets linked in the head: the browser paints nothing until they arrive. */
  blockingStylesheets: string[];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=["']([^"']+)["']`).exec(tag)?.[1];
}

function linksWithRel(html: string, rel: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'rel')?.split(/\s+/).includes(rel))
    .flatMap((tag) => attribute(tag, 'href') ?? []);
}

export function initialAssets(html: string, manifest?: BuildManifest, base = '/'): InitialAssets {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'type') === 'module')
    .flatMap((tag) => attribute(tag, 'src') ?? []);
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const modulepreloads = linksWithRel(html, 'modulepreload');
  return {
    scripts,
    modulepreloads,
    started: manifest ? codeStartedBy(scripts, manifest, base).filter((url) => !modulepreloads.includes(url)) : [],
    stylesheets: linksWithRel(html, 'stylesheet'),
    // A stylesheet linked at the end of the body (after the inline critical CSS) does not.
    blockingStylesheets: linksWithRel(head, 'stylesheet'),
  };
}

/** One chunk of Vite's build manifest (`build.manifest`), keyed by its source path. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

const manifestCache = new Map<string, { mtimeMs: number; manifest: BuildManifest }>();

/** The build's manifest (`.vite/manifest.json` in the output folder), if it wrote one. */
export function readBuildManifest(dir: string): BuildManifest | undefined {
  const file = join(dir, '.vite', 'manifest.json');
  if (!existsSync(file)) return undefined;
  // Read once per build (by its file's time): the budgets and the scaling bench ask per page.
  const { mtimeMs } = statSync(file);
  const known = manifestCache.get(file);
  if (known?.mtimeMs === mtimeMs) return known.manifest;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
  manifestCache.set(file, { mtimeMs, manifest });
  return manifest;
}

/** The build's manifest; without it the code a page starts after its first paint is unknown. */
export function requireBuildManifest(dir: string): BuildManifest {
  const manifest = readBuildManifest(dir);
  if (!manifest) throw new Error(`${join(dir, '.vite', 'manifest.json')} is missing: build with build.manifest on`);
  return manifest;
}

/**
 * The code a page's module scripts start on their own, as URLs: what each script imports
 * dynamically (src/app/boot.ts starts the app that way once the page has painted) and
 * everything those chunks import statically. The chunks the app then imports on demand (a
 * route's page) are not counted: they belong to the page, not to starting.
 */
export function codeStartedBy(scripts: readonly string[], manifest: BuildManifest, base = '/'): string[] {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const started = new Set<string>();
  const addWithImports = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || started.has(chunk.file)) return;
    started.add(chunk.file);
    for (const imported of chunk.imports ?? []) addWithImports(imported);
  };
  for (const script of scripts) {
    const chunk = byFile.get(script.slice(base.length));
    for (const key of chunk?.dynamicImports ?? []) addWithImports(key);
  }
  return [...started].map((file) => `${base}${file}`).filter((url) => !scripts.includes(url));
}

/** The file a static host serves for a same-origin URL path ("/x/" → x/index.html). */
export function fileForUrlPath(dir: string, urlPath: string, base = '/'): string | undefined {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  if (!path.startsWith(base)) return undefined;
  const relative = path.slice(base.length);
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [join(dir, relative, 'index.html')]
      : [join(dir, relative), join(dir, `${relative}.html`)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const fileCache = new Map<string, Bytes>();

/** Bytes of a file; remembered, since brotli at its best level takes a while on big files. */
export function bytesOfFile(file: string, options: { brotli?: boolean } = {}): Bytes {
  const { size, mtimeMs } = statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}\0${options.brotli ?? true}`;
  let bytes = fileCache.get(key);
  if (!bytes) fileCache.set(key, (bytes = bytesOf(readFileSync(file), options)));
  return bytes;
}

/** Sum of the bytes of files referenced by URL path, read from the build folder. */
export function bytesOfUrls(dir: string, urlPaths: readonly string[], base = '/'): Bytes {
  return urlPaths.reduce((sum, url) => {
    const file = fileForUrlPath(dir, url, base);
    return file ? addBytes(sum, bytesOfFile(file)) : sum;
  }, NO_BYTES);
}

/** The JSON the page carries for hydration (the dehydrated query cache and router state). */
export function appDataOf(html: string): string {
  return /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
}

/** CSS inlined in <style> elements, which paints without waiting for another request. */
export function inlineStyleOf(html: string): string {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
}
