import { describe, expect, it } from 'vitest';
import { glossaryIdsIn, plainText, splitGlossaryLinks } from '../../src/content/glossary-links';

describe('glossary links in content text', () => {
  it('splits text around plain and labelled links', () => {
    expect(splitGlossaryLinks('Under [[decriminalisation]], [[third parties|third-party]] are legal.')).toEqual([
      { kind: 'text', value: 'Under ' },
      { kind: 'term', id: 'decriminalisation', label: undefined, atSentenceStart: false },
      { kind: 'text', value: ', ' },
      { kind: 'term', id: 'third-party', label: 'third parties', atSentenceStart: false },
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

  it('keeps the case of the sentence: lower case mid-sentence, a capital at the start', () => {
    const name = (id: string) =>
      ({
        'brothel-keeping': { term: 'Brothel-keeping' },
        'nordic-model': { term: 'Nordic model', keepCase: true },
        hiv: { term: 'HIV' },
      })[id];
    expect(plainText('She was charged with [[brothel-keeping]].', name)).toBe('She was charged with brothel-keeping.');
    expect(plainText('[[brothel-keeping]] is a crime. [[brothel-keeping]] again.', name)).toBe(
      'Brothel-keeping is a crime. Brothel-keeping again.',
    );
    expect(plainText('Under the [[nordic-model]] and with [[hiv]], as “[[brothel-keeping]]”.', name)).toBe(
      'Under the Nordic model and with HIV, as “brothel-keeping”.',
    );
    expect(plainText('“[[hybrids|hiv]] are common,” she said.', name)).toBe('“Hybrids are common,” she said.');
  });

  it('marks which links start a sentence', () => {
    const starts = splitGlossaryLinks('[[a]] then [[b]]. (“[[c]]”) and [[d]]! [[e]]').flatMap((p) =>
      p.kind === 'term' ? [p.atSentenceStart] : [],
    );
    expect(starts).toEqual([true, false, true, false, true]);
  });
});
