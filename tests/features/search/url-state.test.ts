import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../../src/features/search/limits';
import { parseSearchState, searchStateToSearch } from '../../../src/features/search/url-state';

describe('search page URL state', () => {
  it('round-trips a query, with spaces, accents and symbols', () => {
    for (const query of ['condoms', 'police find condoms', 'Württemberg', 'a&b=c?d#e']) {
      expect(parseSearchState(searchStateToSearch({ query }))).toEqual({ query });
    }
  });

  it('leaves the default (no query) out of links, and trims what it writes', () => {
    expect(searchStateToSearch({ query: '' })).toBe('');
    expect(searchStateToSearch({ query: '   ' })).toBe('');
    expect(searchStateToSearch({ query: ' nordic ' })).toBe('?q=nordic');
  });

  it('reads a missing, empty or over-long query tolerantly', () => {
    expect(parseSearchState('')).toEqual({ query: '' });
    expect(parseSearchState('?q=')).toEqual({ query: '' });
    expect(parseSearchState('?other=1')).toEqual({ query: '' });
    expect(parseSearchState(`?q=${'x'.repeat(5000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseSearchState('?q=%E0%A4%A')).toEqual({ query: expect.any(String) });
  });
});
