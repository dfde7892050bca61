/**
 * Parsers shared by every page that keeps state in its query string. Reading is tolerant: a
 * value the page does not know becomes its default, never an error, so an old or mistyped link
 * still opens the page. Writing leaves defaults out, so links stay short and stable.
 */

/** The value if it is one of `options`, else undefined. */
export function oneOf<T extends string>(options: readonly T[], value: string | null | undefined): T | undefined {
  return options.includes(value as T) ? (value as T) : undefined;
}

/** "?a=1&b=2", or "" when there is nothing to say. */
export function toSearch(params: URLSearchParams): string {
  const search = params.toString();
  return search ? `?${search}` : '';
}
