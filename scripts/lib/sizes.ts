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

/** What the HTML asks for up front: the module script, its modulepreloads and stylesheets. */
export interface InitialAssets {
  scripts: string[];
  modulepreloads: string[];
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

export function initialAssets(html: string): InitialAssets {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'type') === 'module')
    .flatMap((tag) => attribute(tag, 'src') ?? []);
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  return {
    scripts,
    modulepreloads: linksWithRel(html, 'modulepreload'),
    stylesheets: linksWithRel(html, 'stylesheet'),
    // A stylesheet linked at the end of the body (after the inline critical CSS) does not.
    blockingStylesheets: linksWithRel(head, 'stylesheet'),
  };
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
