/**
 * How a prerendered page carries the content its first render read. Inline (a JSON script the
 * browser hydrates from) while the page still fits in the first round trip of a connection;
 * beyond that, the largest content files move out of the page and into preload hints in its
 * head, so the browser fetches them alongside the page's code, and each such file (a deck, say,
 * shared by all of its slides) is downloaded once for every page that uses it.
 * docs/decisions/002-prerender-and-content-json.md, "Update: data past the first round trip".
 */
import type { AppData } from '../../src/app/app-data';

/** The content file a dehydrated query holds, or undefined if it is not a content query. */
function contentFileOf(queryKey: readonly unknown[]): string | undefined {
  return queryKey[0] === 'content' && typeof queryKey[1] === 'string' ? queryKey[1] : undefined;
}

/** The same data with its largest inline content file moved out; undefined if none is left. */
export function withLargestFileOutside(data: AppData): AppData | undefined {
  const sized = data.queryState.queries
    .map((query) => ({ query, file: contentFileOf(query.queryKey), size: JSON.stringify(query.state.data).length }))
    .filter((q): q is typeof q & { file: string } => q.file !== undefined);
  if (sized.length === 0) return undefined;
  const largest = sized.reduce((a, b) => (b.size > a.size ? b : a));
  return {
    ...data,
    queryState: { ...data.queryState, queries: data.queryState.queries.filter((q) => q !== largest.query) },
    external: [...(data.external ?? []), largest.file],
  };
}

/**
 * Moves content files out of the page, largest first, until `fits(page)` or none is left.
 * `assemble` writes the whole page for a given data; `fits` measures it.
 */
export async function fitPageData(
  data: AppData,
  assemble: (data: AppData) => Promise<string>,
  fits: (page: string) => boolean,
): Promise<{ page: string; data: AppData }> {
  let current = data;
  let page = await assemble(current);
  while (!fits(page)) {
    const next = withLargestFileOutside(current);
    if (!next) break;
    current = next;
    page = await assemble(current);
  }
  return { page, data: current };
}

/** The head tags that start fetching the page's outside files as soon as the HTML arrives. */
export function preloadTags(external: readonly string[], base: string): string {
  // crossorigin="anonymous" matches fetch()'s own request (CORS mode, same-origin credentials),
  // so the browser reuses the preloaded response instead of asking again.
  return external
    .map((file) => `<link rel="preload" href="${base}content/${file}" as="fetch" crossorigin="anonymous" />`)
    .join('\n    ');
}
