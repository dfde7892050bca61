/** The <head> tags of one prerendered page: title, description, canonical URL, Open Graph. */
import { fullTitle } from '../../src/app/page-meta';
import { messages } from '../../src/i18n/messages';
import type { PageMeta } from '../../src/lib/route';

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderHead(meta: PageMeta, canonicalUrl: string | undefined): string {
  const title = escape(fullTitle(meta));
  const description = escape(meta.description);
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:site_name" content="${escape(messages.siteName)}" />`,
    `<meta property="og:title" content="${escape(meta.title)}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="${meta.type ?? 'website'}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escape(meta.title)}" />`,
    `<meta name="twitter:description" content="${description}" />`,
  ];
  if (canonicalUrl) {
    tags.push(`<link rel="canonical" href="${escape(canonicalUrl)}" />`, `<meta property="og:url" content="${escape(canonicalUrl)}" />`);
  }
  return tags.join('\n    ');
}
