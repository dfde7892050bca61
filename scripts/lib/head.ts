/** The <head> tags of one prerendered page: title, description, canonical URL, Open Graph. */
import { fullTitle } from '../../src/app/page-meta';
import { messages } from '../../src/i18n/messages';
import type { PageMeta } from '../../src/lib/route';
import { roomBuildSettings } from './room-url';

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every directive but script-src and style-src. */
const otherDirectives = (): string[] => [
  "img-src 'self' data:",
  "font-src 'self'",
  ["connect-src 'self'", ...roomBuildSettings().connectSources].join(' '),
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Only the site's own origin, for everything (and a room server set with ROOM_URL, for
 * connections only: scripts/lib/room-url.ts). Set as a meta tag in every prerendered page (the
 * dev server injects inline scripts, so it is not applied there); docs/hosting.md gives the
 * matching HTTP header, which can also set frame-ancestors. The one inline element allowed is
 * the page's critical CSS, by its hash (critical-css.ts), so no injected style can run.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    ...otherDirectives(),
  ].join('; ');
}

export function cspMetaTag(styleHashes: readonly string[] = []): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styleHashes)}" />`;
}

export interface HeadOptions {
  /** The site's base path, "/" or "/sub-path/". */
  base: string;
  /** The absolute URL of the site's base, e.g. https://example.org/explainer/ */
  siteRoot: string;
  canonicalUrl: string;
}

export function renderHead(meta: PageMeta, { base, siteRoot, canonicalUrl }: HeadOptions): string {
  const title = escape(fullTitle(meta));
  const description = escape(meta.description);
  const tags = [
    cspMetaTag(),
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="manifest" href="${base}manifest.webmanifest" />`,
    `<meta property="og:site_name" content="${escape(messages.siteName)}" />`,
    `<meta property="og:title" content="${escape(meta.title)}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="${meta.type ?? 'website'}" />`,
    `<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}" />`,
    `<meta name="twitter:title" content="${escape(meta.title)}" />`,
    `<meta name="twitter:description" content="${description}" />`,
  ];
  if (meta.image) {
    const image = escape(`${siteRoot.replace(/\/$/, '')}${meta.image}`);
    tags.push(
      `<meta property="og:image" content="${image}" />`,
      `<meta property="og:image:width" content="1200" />`,
      `<meta property="og:image:height" content="630" />`,
      `<meta name="twitter:image" content="${image}" />`,
    );
    if (meta.imageAlt)
      tags.push(
        `<meta property="og:image:alt" content="${escape(meta.imageAlt)}" />`,
        `<meta name="twitter:image:alt" content="${escape(meta.imageAlt)}" />`,
      );
  }
  tags.push(
    `<link rel="canonical" href="${escape(canonicalUrl)}" />`,
    `<meta property="og:url" content="${escape(canonicalUrl)}" />`,
  );
  return tags.join('\n    ');
}
