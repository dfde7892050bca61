/**
 * The licence, as every page's footer, every embed and every download states it. Its own small
 * file, since the site's frame (on every page) needs only this.
 */
import { messages } from './messages';

const site = messages.siteName;

export const licence = {
  name: 'CC BY 4.0',
  fullName: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** One line for the site footer, embeds and downloads. */
  line: 'Text and data: CC BY 4.0. Reuse them with credit and a link.',
  /** The line printed on pictures and data files, after their link. */
  fileLine: `Licence: CC BY 4.0. Credit “${site}” and link to this page.`,
  /** The attribution line people should copy. */
  attribution: (title: string, url: string) => `“${title}” from ${site} (${url}), licensed under CC BY 4.0.`,
  siteAttribution: (url: string) => `${site} (${url}), licensed under CC BY 4.0.`,
  codeLine: 'Code: MIT licence.',
  reuseLink: 'Reuse and licence',
} as const;
