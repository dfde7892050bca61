/**
 * How an embedded view tells the page around it how tall it is, so the frame fits its content
 * with no scroll bar of its own. The protocol (also in the README):
 *
 * - The embedded page posts `{ type: "sex-work-law:embed-height", height, url }` to its parent
 *   whenever its content height changes (height in CSS pixels, url the embed's own address).
 * - The host may post `{ type: "sex-work-law:embed-ping" }` to the frame to ask again.
 * - The snippet's small script sets the height of the iframe the message came from, and only
 *   for messages from the embed's own origin. Without the script, the frame keeps the height
 *   written in the snippet, chosen to fit the view at a common column width.
 *
 * Nothing here loads from anywhere: the host's script is inline in the snippet.
 */
export const EMBED_HEIGHT_MESSAGE = 'sex-work-law:embed-height';
export const EMBED_PING_MESSAGE = 'sex-work-law:embed-ping';
export const EMBED_ATTRIBUTE = 'data-sex-work-law-embed';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
  url: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The script the snippet carries: resizes the frame a height message came from. ES5, so any browser runs it. */
export function hostScript(origin: string): string {
  return [
    '(function(){',
    'window.addEventListener("message",function(e){',
    `var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)}||!(d.height>0))return;`,
    `var f=document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]");`,
    'for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px";',
    '});',
    '})();',
  ].join('');
}

/** The code a reader pastes into their page: the frame, then the script that sizes it. */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  const origin = src ? new URL(src).origin : '';
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ${EMBED_ATTRIBUTE} width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>\n` +
    `<script>${hostScript(origin)}</script>`
  );
}

/**
 * Inside an embedded page: posts the content height to the parent now, on every change of
 * size, and when asked. Returns a function that stops it.
 */
export function startHeightReports(root: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height, url: window.location.href };
    // Only a height and the embed's own address, which the host already knows: any origin may read it.
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(root);
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === EMBED_PING_MESSAGE)
      post(true);
  };
  window.addEventListener('message', onMessage);
  post(true);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
