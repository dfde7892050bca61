import { describe, expect, it } from 'vitest';
import { glossaryIdsIn, plainText, splitGlossaryLinks } from '../../src/content/glossary-links';

describe('glossary links in content text', () => {
  it('splits text around plain and labelled links', () => {
    expect(splitGlossaryLinks('Under [[decriminalisation]], [[third parties|third-party]] are legal.')).toEqual([
      { kind: 'text', value: 'Under ' },
      { kind: 'term', id: 'decriminalisation', label: undefined },
      { kind: 'text', value: ', ' },
      { kind: 'term', id: 'third-party', label: 'third parties' },
      { kind: 'text', value: ' are legal.' },
    ]);
  });

  it('lists the term ids a text links to', () => {
    expect(glossaryIdsIn('No links here.')).toEqual([]);
    expect(glossaryIdsIn('[[a]] and [[b words|b]]')).toEqual(['a', 'b']);
  });

  it('gives readable plain text for titles and descriptions', () => {
    expect(plainText('See [[sti]] and [[the model|nordic-model]].', (id) => (id === 'sti' ? 'STI' : undefined))).toBe(
      'See STI and the model.',
    );
  });
});
