import type { Source } from './schemas';
import { sourceMessages } from '../i18n/sources';

type Labelled = Pick<Source, 'authors' | 'year' | 'labelDetail'>;

/**
 * A short label for a citation, e.g. "Platt et al. 2018". Sources that share authors and year
 * carry a detail that tells them apart ("Amnesty International 2016, Norway"); the content check
 * makes sure no two sources end up with the same label.
 */
export function sourceLabel(source: Labelled): string {
  const names = source.authors.map(shortName);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  const base = `${who} ${sourceYear(source)}`;
  return source.labelDetail ? `${base}, ${source.labelDetail}` : base;
}

/** The year of publication, or "n.d." for an undated page. */
export function sourceYear(source: Pick<Source, 'year'>): string {
  return source.year === undefined ? sourceMessages.noDate : String(source.year);
}

/** "Platt L" → "Platt"; organisations keep their full name. */
function shortName(author: string): string {
  const match = /^(.+?)\s+[A-Z][A-Z-]{0,3}$/.exec(author.trim());
  return match?.[1] ?? author.trim();
}

export function sourceLink(source: Pick<Source, 'doi' | 'url'>): string | undefined {
  return source.doi ? `https://doi.org/${source.doi}` : source.url;
}
