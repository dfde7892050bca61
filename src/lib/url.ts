/**
 * Reading addresses without trusting them. A link can carry anything (a cut-off escape such as
 * `#%`, a line break, a path that a browser turns into `//`), and none of it may stop a page.
 */

/** The decoded text, or the text as it stands when it holds a malformed escape. */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The fragment of a location (`#…`) as an element id: decoded where it can be. */
export function fragmentId(hash: string): string {
  return decodeOrKeep(hash.startsWith('#') ? hash.slice(1) : hash);
}

/**
 * An absolute URL for a site path. `new URL(path, origin)` reads a path starting with `//` as
 * another host (and throws on `//` alone), so the origin is joined as text instead.
 */
export function urlOnOrigin(path: string, origin: string): URL {
  return new URL(`${origin.replace(/\/$/, '')}${path.startsWith('/') ? '' : '/'}${path}`);
}
