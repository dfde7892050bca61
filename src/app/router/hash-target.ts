import { fragmentId } from '../../lib/url';

/** The element a URL's #fragment names, if the page has it ("#%C3%A9" and a malformed "#%" too). */
export function hashTarget(hash: string): HTMLElement | null {
  if (!hash || hash === '#') return null;
  return document.getElementById(fragmentId(hash));
}
