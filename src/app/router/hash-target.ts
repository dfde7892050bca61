/** The element a URL's #fragment names, if the page has it ("#%C3%A9" and a malformed "#%" too). */
export function hashTarget(hash: string): HTMLElement | null {
  if (!hash || hash === '#') return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape may still be an id as written.
  }
  return document.getElementById(id);
}
