/**
 * Schema for data/support/: where a reader, often a sex worker, can find organisations led by
 * sex workers and support services. Shown at /support/. Every entry was checked against the
 * organisation's own pages; say what was checked in `checked`, and when in `lastReviewed`.
 */
import { z } from 'zod';
import { reviewed, text } from './schema-helpers';
import { SUPPORT_SCOPES } from './vocabulary';

export { SUPPORT_SCOPES };

export const supportEntrySchema = z
  .object({
    name: text('The organisation or directory, as it names itself, e.g. "African Sex Workers Alliance (ASWA)"'),
    url: z
      .url({ protocol: /^https$/, error: 'url must be a full https:// address, e.g. "https://www.nswp.org/members"' })
      .describe('The page to open: its directory of members if it has one, else its home page'),
    scope: z
      .enum(SUPPORT_SCOPES, { error: `scope must be one of: ${SUPPORT_SCOPES.join(', ')}` })
      .describe('global: worldwide; regional: a region of the world; national: one country'),
    area: text('Where it works, in a few words, e.g. "Africa" or "Europe and Central Asia"'),
    description: text(
      'One or two plain sentences: what it is and what a reader finds there. Written in your own words',
    ),
    languages: z.array(text('A language the site is in, e.g. "English"')).min(1).describe('Languages of its site'),
    checked: text(
      'What was checked, and where: e.g. "Its About page says it is a sex worker-led network of more than 100 organisations."',
    ),
    order: z.number().int().min(1).describe('Position in its group on the page, 1 first'),
    lastReviewed: reviewed,
  })
  .strict();

export type SupportEntry = z.infer<typeof supportEntrySchema> & { id: string };
export type SupportScope = (typeof SUPPORT_SCOPES)[number];
