/**
 * The site search's shared vocabulary: what a searchable entry looks like, and the MiniSearch
 * options the build indexes with and the browser reads the index back with. Both sides must
 * agree on fields and term processing, or a query would be split differently from the text it
 * is looked up in (docs/decisions/012-site-search.md). Types only from minisearch: the library
 * itself loads in the browser when the reader opens the search, never with a page.
 */
import type { Options } from 'minisearch';

/** Kinds of entry, in the order the search page lists them when browsing. */
export const SEARCH_KINDS = [
  'model',
  'section',
  'scenario',
  'outcome',
  'place',
  'myth',
  'term',
  'step',
  'question',
  'recommendation',
  'source',
  'page',
  'organisation',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One searchable entry: a page, or one exact place in a page (an outcome, a model's section). */
export interface SearchDocument {
  /** Unique across kinds, e.g. "outcome:police-find-condoms:nordic". */
  id: string;
  kind: SearchKind;
  /** What a result shows first, e.g. a scenario's title or a glossary term. */
  title: string;
  /** Where the entry sits, shown under its title: "Nordic model", a model's name for a section. */
  context?: string;
  /** Where the result goes, relative to the site's base (with #anchor where it has one). */
  href: string;
  /** Other names and words a reader may type for it: aliases, ids, the model of an outcome. */
  keywords: string;
  /** The entry's words, as plain text. Indexed, never shipped as stored text. */
  text: string;
}

/** What a hit carries back from the index, enough to show and link a result. */
export type StoredSearchFields = Pick<SearchDocument, 'kind' | 'title' | 'href' | 'context'>;

export const SEARCH_FIELDS = ['title', 'keywords', 'text'] as const;
export const STORED_FIELDS = ['kind', 'title', 'href', 'context'] as const;

// Words too common to help find anything; leaving them out also keeps the index small.
const STOP_WORDS = new Set(
  'a an and are as at be but by can do for from has have he her his how if in into is it its not of on or she so than that the their them then there they this to was were what when which who will with without you your'.split(
    ' ',
  ),
);

/**
 * Lower case, without accents, and English plurals folded into the singular, so "condoms"
 * finds "condom" and "Württemberg" finds "wurttemberg". Stop words and single letters drop out.
 */
export function processSearchTerm(term: string): string | null {
  const word = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return singular(word);
}

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|ous)$/.test(word)) return word;
  if (/(sh|ch|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The options the index is built with at build time and loaded with in the browser. */
export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  processTerm: processSearchTerm,
};
