/**
 * Inlines each prerendered page's critical CSS, so the first paint needs no second request.
 *
 * Beasties finds the stylesheet rules whose selectors match something in the page's HTML. They
 * go into a <style> in the head; the full stylesheet's <link> moves to the end of <body>, where
 * it no longer blocks rendering and still loads without JavaScript (client-side navigation and
 * hydrated widgets need its other rules). The inline CSS differs per page, so each page's
 * Content-Security-Policy allows exactly its own <style> by hash (see head.ts).
 *
 * Only the CSS is taken from Beasties: the page itself is edited here, so React's server markup
 * reaches the browser byte for byte as rendered (Beasties re-serialises the whole document).
 */
import { createHash } from 'node:crypto';
import Beasties from 'beasties';

export interface CriticalCss {
  html: string;
  /** The CSP source that allows the inlined <style>, e.g. 'sha256-…'; undefined if none. */
  styleHash: string | undefined;
}

/**
 * Shows nothing of the page until its stylesheet link, which this module moves to the end of the
 * body, has been parsed: a browser on a slow connection may otherwise paint a page that has half
 * arrived, and the rest then moves what was painted (decision 026). A browser without `:has()`
 * ignores the rule and paints as the page arrives.
 */
export const HOLD_UNTIL_PARSED = '#root:not(:has(~link[rel=stylesheet])){display:none}';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const STYLESHEET_LINK_LINE = /\n\s*<link\b[^>]*\brel="stylesheet"[^>]*>/g;

export function criticalCssInliner(outDir: string, base: string): (html: string) => Promise<CriticalCss> {
  const beasties = new Beasties({
    path: outDir,
    publicPath: base,
    // Its rewritten page is discarded (see above), so how it would load the rest does not matter.
    preload: 'body',
    pruneSource: false,
    reduceInlineStyles: false,
    compress: true,
    logLevel: 'silent',
  });
  return async (html) => {
    const head = html.slice(0, html.indexOf('</head>'));
    const links = head.match(STYLESHEET_LINK) ?? [];
    if (links.length === 0) return { html, styleHash: undefined };
    const styles = [...(await beasties.process(html)).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    if (styles.length !== 1) throw new Error(`critical CSS: expected one inline stylesheet, found ${styles.length}`);
    const css = `${styles[0]!}${HOLD_UNTIL_PARSED}`;
    const body = html.slice(head.length).replace('</body>', `  ${links.join('\n    ')}\n  </body>`);
    const out = `${head.replace(STYLESHEET_LINK_LINE, '')}\n    <style>${css}</style>\n  ${body.trimStart()}`;
    return { html: out, styleHash: cspHash(css) };
  };
}

/** The CSP hash source of an inline element's text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
