import { describe, expect, it } from 'vitest';
import { oneOf, toSearch } from '../../src/lib/url-params';

describe('shared URL parsers', () => {
  it('oneOf keeps a known value and turns anything else into undefined', () => {
    const options = ['name', 'year'] as const;
    expect(oneOf(options, 'year')).toBe('year');
    expect(oneOf(options, 'Year')).toBeUndefined();
    expect(oneOf(options, '')).toBeUndefined();
    expect(oneOf(options, null)).toBeUndefined();
    expect(oneOf(options, undefined)).toBeUndefined();
  });

  it('toSearch gives "?…" for something to say and "" for nothing', () => {
    expect(toSearch(new URLSearchParams({ sort: 'year', order: 'desc' }))).toBe('?sort=year&order=desc');
    expect(toSearch(new URLSearchParams())).toBe('');
  });
});
