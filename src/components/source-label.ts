import type { Source } from '../content/schemas';

/** A short label for a citation, e.g. "Platt et al. 2018" or "Amnesty International 2016". */
export function sourceLabel(source: Pick<Source, 'authors' | 'year'>): string {
  const names = source.authors.map(shortName);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  return `${who} ${source.year}`;
}

/** "Platt L" → "Platt"; organisations keep their full name. */
function shortName(author: string): string {
  const match = /^(.+?)\s+[A-Z][A-Z-]{0,3}$/.exec(author.trim());
  return match?.[1] ?? author.trim();
}

export function sourceLink(source: Pick<Source, 'doi' | 'url'>): string | undefined {
  return source.doi ? `https://doi.org/${source.doi}` : source.url;
}
