import { describe, expect, it } from 'vitest';
import { sortByTitle, titleSortKey } from '../../src/lib/sort-titles';

const skipped = ['a', 'an', 'the'];

describe('lists in title order', () => {
  it('file a title under its first word after an article', () => {
    expect(titleSortKey('A client turns violent', skipped)).toBe('client turns violent');
    expect(titleSortKey('The evidence', skipped)).toBe('evidence');
    // A title that is only an article, or starts with a word that merely begins like one, stays.
    expect(titleSortKey('A', skipped)).toBe('A');
    expect(titleSortKey('Advertising online', skipped)).toBe('Advertising online');
  });

  it('sort without regard to case, and leave the list given untouched', () => {
    const items = [
      { title: 'Police find condoms' },
      { title: 'a landlord finds out' },
      { title: 'An advert' },
      { title: 'Mandatory testing' },
    ];
    expect(sortByTitle(items, skipped, 'en').map((i) => i.title)).toEqual([
      'An advert',
      'a landlord finds out',
      'Mandatory testing',
      'Police find condoms',
    ]);
    expect(items[0]!.title).toBe('Police find condoms');
  });
});
