/** The glossary's A–Z: which letter a term files under, and the terms under each letter. */
import type { GlossaryTerm } from '../../content/schemas';

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Where a term that starts with a digit or another script files: after Z. */
export const OTHER = '#';

/** "Überprüfung" files under U, "1999 law" under #. */
export function letterOf(term: string): string {
  const first = term.normalize('NFD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
  return LETTERS.includes(first) ? first : OTHER;
}

export function letterAnchor(letter: string): string {
  return letter === OTHER ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/** The terms under each letter, letters in order (# last), terms in the order given. */
export function byLetter<T extends Pick<GlossaryTerm, 'term'>>(terms: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const letter = letterOf(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  const order = [...LETTERS, OTHER];
  return new Map([...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}
