/**
 * Suggests pages for an unknown path by matching its words against model and scenario titles
 * and ids. Deliberately simple; fuzzy search with a library belongs to the sharing issue.
 */
import { paths } from '../../config/paths';
import type { ContentIndex } from '../../content/payloads';

export interface Suggestion {
  href: string;
  title: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);

export function suggestPages(index: ContentIndex, pathname: string, limit = 3): Suggestion[] {
  const wanted = new Set(words(decodeSafely(pathname)).filter((w) => w !== 'scenarios' && w !== 'models'));
  if (wanted.size === 0) return [];
  const candidates: (Suggestion & { score: number })[] = [
    ...index.models.map((m) => ({ href: paths.model.getHref(m.id), title: m.name, text: `${m.id} ${m.name}` })),
    ...index.scenarios.map((s) => ({ href: paths.scenario.getHref(s.id), title: s.title, text: `${s.id} ${s.title}` })),
  ].map(({ href, title, text }) => ({ href, title, score: words(text).filter((w) => wanted.has(w)).length }));
  return candidates
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ href, title }) => ({ href, title }));
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
