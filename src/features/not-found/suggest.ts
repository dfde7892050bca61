/**
 * Suggests pages for an unknown path: fuzzy-matches the words in the path against model and
 * scenario ids and titles, so a mistyped or half-remembered link still finds its page. It uses
 * MiniSearch, the site search's library (docs/decisions/012-site-search.md), loaded only here.
 */
import type MiniSearch from 'minisearch';
import { paths } from '../../config/paths';
import type { ContentIndex } from '../../content/payloads';
import { processSearchTerm } from '../../content/search-index';

export interface Suggestion {
  href: string;
  title: string;
}

interface Candidate extends Suggestion {
  id: string;
  /** The words of the id, as a link would spell them. */
  words: string;
}

const IGNORED = new Set(['scenarios', 'models', 'embed', 'index', 'html']);

/** The meaningful words of a path, e.g. "/scenarios/polise-find-condom/" → "polise find condom". */
export function queryFromPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is still worth searching as it stands.
  }
  return decoded
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !IGNORED.has(w))
    .join(' ')
    .slice(0, 120);
}

export function suggestPages(
  MiniSearchClass: typeof MiniSearch,
  index: ContentIndex,
  pathname: string,
  limit = 3,
): Suggestion[] {
  const query = queryFromPath(pathname);
  if (!query) return [];
  const candidates: Candidate[] = [
    ...index.models.map((m) => ({ id: `model:${m.id}`, words: m.id, title: m.name, href: paths.model.getHref(m.id) })),
    ...index.scenarios.map((s) => ({
      id: `scenario:${s.id}`,
      words: s.id.replace(/-/g, ' '),
      title: s.title,
      href: paths.scenario.getHref(s.id),
    })),
  ];
  const search = new MiniSearchClass<Candidate>({
    fields: ['words', 'title'],
    storeFields: ['title', 'href'],
    processTerm: processSearchTerm,
  });
  search.addAll(candidates);
  // Any word may match, each with a typing mistake or two ("polise", "decriminalization").
  return search
    .search(query, { boost: { words: 2 }, prefix: true, fuzzy: 0.3, combineWith: 'OR' })
    .slice(0, limit)
    .map((hit) => ({ href: String(hit.href), title: String(hit.title) }));
}
