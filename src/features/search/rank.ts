/**
 * How the site search ranks what it finds. MiniSearch scores each match with BM25 (a short
 * title that contains the word outranks a long text that mentions it); on top of that:
 *
 * - field boosts: a word in the title counts most, then in other names (aliases, the model of
 *   an outcome, a place's law), then in the text;
 * - kind weights: whole pages a reader would ask for by name (a model, a place, a scenario)
 *   come before parts of pages (one outcome, one section) and before sources;
 * - an exact title: when the query is the whole name of something ("Trafficking", "Germany"),
 *   that thing comes first, whatever kind it is.
 *
 * Words match by prefix as they are typed (from three letters), and with one or two typing
 * mistakes in longer words. All the words must match; if nothing does, any word may.
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import {
  processSearchTerm,
  type SearchDocument,
  type SearchKind,
  type StoredSearchFields,
} from '../../content/search-index';
import { MAX_QUERY_LENGTH } from './limits';

export interface SearchHit extends StoredSearchFields {
  id: string;
  score: number;
}

const FIELD_BOOST = { title: 5, keywords: 2, text: 1 };

// A glossary term weighs little on purpose: it defines a word, while a scenario or a myth
// answers a question with it ("condoms" finds what police do with them before the definition of
// condoms as evidence). A reader who types the term's whole name still gets it first (EXACT_TITLE).
const KIND_WEIGHT: Record<SearchKind, number> = {
  model: 1.6,
  place: 1.5,
  scenario: 1.5,
  myth: 1.3,
  page: 1.2,
  organisation: 1.1,
  step: 1,
  section: 1,
  outcome: 0.8,
  recommendation: 0.8,
  term: 0.7,
  question: 0.7,
  source: 0.6,
};

/** How much an exact title multiplies a result's score. */
const EXACT_TITLE = 4;

const options: SearchOptions = {
  boost: FIELD_BOOST,
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  boostDocument: (_id, _term, stored) => KIND_WEIGHT[(stored as StoredSearchFields | undefined)?.kind ?? 'page'] ?? 1,
};

/** Everything that matches the query, best first. */
export function searchSite(index: MiniSearch<SearchDocument>, rawQuery: string): SearchHit[] {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
  if (!query) return [];
  let results = index.search(query, { ...options, combineWith: 'AND' });
  if (results.length === 0) results = index.search(query, { ...options, combineWith: 'OR' });
  const queryWords = words(query).length;
  return results
    .map((r) => {
      const stored = r as unknown as StoredSearchFields & { id: string; score: number };
      return {
        id: String(r.id),
        kind: stored.kind,
        title: stored.title,
        href: stored.href,
        ...(stored.context ? { context: stored.context } : {}),
        score: r.score * (namesTitle(stored.title, queryWords, r.match) ? EXACT_TITLE : 1),
      };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Whether the query is the whole title: as many words, and every word of the title matched in
 * the title, allowing for a typing mistake or a half-typed word ("trafficing", "germ").
 */
function namesTitle(title: string, queryWords: number, match: Record<string, string[]>): boolean {
  const titleWords = words(title);
  if (titleWords.length === 0 || titleWords.length !== queryWords) return false;
  return titleWords.every((word) => match[word]?.includes('title'));
}

/** A title or query as the index sees its words: "Trafficking?" is ["trafficking"]. */
function words(text: string): string[] {
  return text
    .split(/[\s\p{P}]+/u)
    .map((w) => processSearchTerm(w))
    .filter((w): w is string => w !== null);
}
