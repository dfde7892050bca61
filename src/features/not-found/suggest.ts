/**
 * Suggests pages for an unknown path: fuzzy-matches the words in the path against model and
 * scenario titles and ids (Fuse.js), so a mistyped or half-remembered link still finds its page.
 */
import type Fuse from 'fuse.js';
import { paths } from '../../config/paths';
import type { ContentIndex } from '../../content/payloads';

export interface Suggestion {
  href: string;
  title: string;
}

interface Candidate extends Suggestion {
  id: string;
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

export function suggestPages(FuseClass: typeof Fuse, index: ContentIndex, pathname: string, limit = 3): Suggestion[] {
  const query = queryFromPath(pathname);
  if (!query) return [];
  const candidates: Candidate[] = [
    ...index.models.map((m) => ({ id: m.id, title: m.name, href: paths.model.getHref(m.id) })),
    ...index.scenarios.map((s) => ({ id: s.id.replace(/-/g, ' '), title: s.title, href: paths.scenario.getHref(s.id) })),
  ];
  const fuse = new FuseClass(candidates, {
    keys: [
      { name: 'id', weight: 2 },
      { name: 'title', weight: 1 },
    ],
    threshold: 0.45,
    ignoreLocation: true,
    useExtendedSearch: false,
  });
  return fuse
    .search(query, { limit })
    .map(({ item }) => ({ href: item.href, title: item.title }));
}
