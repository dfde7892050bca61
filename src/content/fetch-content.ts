/**
 * The one way content is fetched. In the browser it reads the static JSON the build wrote to
 * /content/; the prerender script and tests swap in a fetcher that reads the same files from
 * memory or disk, so every environment sees identical data.
 */
import type { ContentFile } from './payloads';

export class ContentNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`No content at ${path}`);
    this.name = 'ContentNotFoundError';
  }
}

export type ContentFetcher = (path: string) => Promise<unknown>;

const browserFetcher: ContentFetcher = async (path) => {
  const response = await fetch(`${import.meta.env.BASE_URL}content/${path}`);
  if (response.status === 404) throw new ContentNotFoundError(path);
  if (!response.ok) throw new Error(`Could not load content ${path} (HTTP ${response.status})`);
  return response.json();
};

let fetcher: ContentFetcher = browserFetcher;

export function setContentFetcher(next: ContentFetcher): void {
  fetcher = next;
}

/** Builds a fetcher over an in-memory map of content files (prerender and tests). */
export function memoryFetcher(files: ReadonlyMap<string, unknown>): ContentFetcher {
  return async (path) => {
    if (!files.has(path)) throw new ContentNotFoundError(path);
    // Round-trip through JSON so callers get the same plain data the browser would.
    return JSON.parse(JSON.stringify(files.get(path))) as unknown;
  };
}

/** A content file, as the type its name in `contentFiles` (payloads.ts) says it holds. */
export function fetchContent<T>(file: ContentFile<T>): Promise<T> {
  return fetcher(file) as Promise<T>;
}

/** A content file by a path known only at run time (a prerendered page's list of its files). */
export function fetchContentAt(path: string): Promise<unknown> {
  return fetcher(path);
}
