/**
 * No other site may show the guide inside its own page (embeds under /embed/ excepted): a page
 * framed by another site could hide the quick exit, or be left on screen when it is used, since
 * a frame can only leave itself. Hosts refuse framing with a header (docs/hosting.md; the
 * project's own server sends it); a page's meta policy cannot, so the app refuses too: framed
 * by another site, it replaces itself with a link that opens it in its own window.
 */
import { messages } from '../../i18n/messages';

export function isFramedByAnotherSite(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    // Reading another origin's location throws.
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

/** Replaces the page with a plain refusal and a link to open it on its own; nothing else runs. */
export function refuseFraming(doc: Document = document): void {
  const t = messages.framing;
  const main = doc.createElement('main');
  main.className = 'page framed-refusal';
  const heading = doc.createElement('h1');
  heading.textContent = t.title;
  const text = doc.createElement('p');
  text.textContent = t.text;
  const link = doc.createElement('a');
  link.href = doc.location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = t.open;
  const linkLine = doc.createElement('p');
  linkLine.append(link);
  main.append(heading, text, linkLine);
  doc.title = t.title;
  doc.body.replaceChildren(main);
}
