/**
 * Interface text for sharing, embedding, downloading and reusing: the share bar, the embed
 * frame, the pictures and data files a reader downloads, the licence, and the reuse page.
 */
import { embedFrameMessages } from './embed';
import { licence } from './licence';

export { licence };

export const shareMessages = {
  region: 'Share, embed or download',
  shareSheet: 'Share…',
  copy: 'Copy link',
  qr: 'QR code',
  embed: 'Embed',
  download: 'Download',
  embedPanel: {
    heading: 'Embed on your site',
    help: 'Copy this code into your web page. The frame fits its height to what it shows (the small script does that; without it the frame keeps the height in the code), lists its sources and the licence, and links back to the full view.',
    label: 'Embed code',
    copy: 'Copy embed code',
    copied: 'Embed code copied.',
    how: 'How embedding works',
  },
  downloads: {
    heading: 'Download this view',
    intro: 'Pictures and data made from this page. Each carries its title, the date, its link and the licence line.',
    slides: 'Picture for slides (PNG, 1920 × 1080)',
    social: 'Picture for social posts (PNG, 1200 × 630)',
    square: 'Square picture (PNG, 1080 × 1080)',
    svg: 'Picture you can edit (SVG, 1920 × 1080)',
    csv: 'The table as data (CSV)',
    preparing: 'Preparing the file…',
    done: (file: string) => `Downloaded ${file}.`,
    failed: 'The file could not be made. Try again, or choose another format.',
  },
  /** Words drawn on pictures and written into data files. */
  file: {
    downloaded: (date: string) => `Downloaded ${date}`,
    reviewed: (date: string) => `Last reviewed ${date}`,
    underEachModel: 'What happens under each model',
    inFocus: 'In focus',
    /** Dimension names short enough for a chip in a small cell ("✓ Police"). */
    shortDimensions: { safety: 'Safety', health: 'Health', police: 'Police', labour: 'Labour', migration: 'Migration' },
    notRated: 'Not rated',
    /** Beside a Better or Worse that rests on limited evidence (decision 020), on a picture's table. */
    cautionMark: '*',
    cautionLegend: '* Limited evidence',
    cautionMarked: '* Better or Worse on limited evidence: the evidence cannot carry a firm verdict.',
    cautionCount: (n: number) =>
      `${n} of these Better or Worse ratings rest on limited evidence: the evidence cannot carry a firm verdict.`,
    csvNotes: {
      title: 'Title',
      link: 'Link',
      date: 'Date',
      licence: 'Licence',
    },
  },
  csv: {
    id: 'ID',
    scenarioId: 'Scenario ID',
    scenario: 'Scenario',
    dimension: 'Dimension',
    /** Beside each model's rating: what it rates, and how strong its evidence is (decision 020). */
    basisColumn: (model: string) => `${model}: rests on`,
    confidenceColumn: (model: string) => `${model}: evidence`,
  },
  preview: {
    scenarioAlt: (title: string) =>
      `${title}: how safety, health and reporting to police turn out under each of the four models`,
    focusAlt: (title: string, model: string) =>
      `${title}: what happens under the ${model}, beside the other three models`,
    compareAlt: (title: string) => `${title}: how many scenarios rate better, mixed or worse under each model`,
  },
  embedFrame: embedFrameMessages,
} as const;

export const reuseMessages = {
  title: 'Reuse and licence',
  description:
    'Share, print, translate or adapt this guide: the content is under CC BY 4.0 and the code under MIT. How to credit it, and the whole library to download.',
  intro:
    'You may share, print, translate and adapt everything this guide says, for any purpose, as long as you give credit and a link.',
  licenceHeading: 'The licence',
  content:
    'The content (every scenario, model, place, myth, question and definition, and the words of the site) is under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).',
  code: 'The code is under the MIT licence, and can be found with the content in the project’s repository.',
  thirdParty:
    'Quotations from the sources we cite, and the map outlines, keep their own terms: credit their authors, and check their terms before reusing them.',
  creditHeading: 'How to credit it',
  creditIntro: 'Put a line like this next to what you use, on a slide, a handout or a web page:',
  creditExample: 'Police find condoms in a sex worker’s bag',
  creditLinkPlaceholder: 'the address of the page you used',
  changed: 'If you changed it (translated, shortened or adapted it), say so: “Adapted from …”.',
  downloadsHeading: 'Download the whole library',
  downloadsIntro:
    'Every entry of the guide in one JSON file, with its JSON Schema, for groups who want to adapt or translate it. The file says which version of the format it uses.',
  libraryLink: 'The content library (JSON)',
  schemaLink: 'Its JSON Schema',
  viewsHeading: 'Pictures, tables and embeds',
  embedHeading: 'Embedding a view in your site',
  embedText:
    'The embed code from a “Embed” button shows the view in a frame that fits its height to what it shows, lists its sources and this licence, and opens the full view in your reader’s window. It loads nothing from other sites.',
  embedProtocol: (height: string, ping: string) =>
    `For web developers: the framed page posts a message {type: "${height}", height, url} to your page whenever its height changes, and answers {type: "${ping}"} with its height; the code’s small script sets the frame’s height from it. Without the script, the frame keeps the height in the code.`,
  viewsText:
    'Every scenario, model in focus and comparison has a “Download” button for pictures (for slides and social posts) and, for tables, the data as CSV; the places table too. “Embed” gives code for your own web page.',
} as const;

const lower = (s: string) => s.toLocaleLowerCase('en');

/** Titles and descriptions of the comparison views a link can name (/compare/<dimension>/<topic>/). */
export const compareViewMessages = {
  title: (dimension: string, topic: string | undefined) =>
    topic ? `${dimension} under each model: scenarios about ${lower(topic)}` : `${dimension} under each model`,
  description: (
    dimension: string,
    topic: string | undefined,
    count: number,
    better: readonly { name: string; count: number }[],
  ) =>
    `How ${topic ? `${count} ${count === 1 ? 'scenario' : 'scenarios'} about ${lower(topic)}` : `all ${count} scenarios`} turn out for ${lower(dimension)} under each model. Rated better: ${better
      .map((b) => `${b.name} ${b.count}`)
      .join(', ')}.`,
  subtitle: (topic: string | undefined, count: number) =>
    topic ? `Scenarios about ${lower(topic)} (${count})` : `All ${count} scenarios`,
} as const;
