/** Building blocks shared by the content schemas; each error message says what to do. */
import { z } from 'zod';

/** A text field that must say something: empty or whitespace-only text is an error. */
export const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} is empty; write something or remove the entry` })
    .describe(what);

export const id = (what: string) =>
  z
    .string({ error: `${what} must be an id (text)` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `${what} must be a kebab-case id like "police-find-condoms"`,
    })
    .describe(what);

export const reviewed = z
  .string({ error: 'lastReviewed must be a date written as YYYY-MM-DD (in quotes in YAML)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'lastReviewed must be written as YYYY-MM-DD' })
  .describe('The date a person last checked this entry against its sources, as YYYY-MM-DD.');

export const sourceIds = z
  .array(id('A source id: the file name of an entry in data/sources/ without .yaml'), {
    error: 'sources must be a list of source ids',
  })
  .min(1, { error: 'cite at least one source (no source, no claim)' })
  .describe('Ids of the sources that support this text. At least one.');

/** A sentence or paragraph that makes a claim, with the sources that support it. */
export const sourcedTextSchema = z
  .object({
    text: text('The claim, in plain language'),
    sources: sourceIds,
  })
  .strict();
