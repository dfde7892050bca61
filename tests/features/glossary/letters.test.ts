import { describe, expect, it } from 'vitest';
import { byLetter, letterAnchor, letterOf } from '../../../src/features/glossary/letters';

describe('the glossary’s A–Z', () => {
  it('files a term under its first letter, ignoring case and accents', () => {
    expect(letterOf('abolitionism')).toBe('A');
    expect(letterOf('Überprüfung')).toBe('U');
    expect(letterOf('  STI')).toBe('S');
    expect(letterOf('1999 law')).toBe('#');
  });

  it('groups terms by letter in alphabetical order, the others last, keeping each group’s order', () => {
    const groups = byLetter([{ term: 'Client' }, { term: '1999 law' }, { term: 'abolitionism' }, { term: 'Condoms' }]);
    expect([...groups.keys()]).toEqual(['A', 'C', '#']);
    expect(groups.get('C')!.map((t) => t.term)).toEqual(['Client', 'Condoms']);
  });

  it('gives each letter an anchor that cannot clash with a term id', () => {
    expect(letterAnchor('A')).toBe('letter-a');
    expect(letterAnchor('#')).toBe('letter-other');
  });
});
