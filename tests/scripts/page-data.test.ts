import type { DehydratedState } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/app/app-data';
import { fitPageData, preloadTags, withLargestFileOutside } from '../../scripts/lib/page-data';

const query = (file: string, size: number) =>
  ({
    queryKey: ['content', file],
    queryHash: JSON.stringify(['content', file]),
    state: { data: 'x'.repeat(size), status: 'success' },
  }) as unknown as DehydratedState['queries'][number];

const data = (...queries: DehydratedState['queries']): AppData => ({
  path: '/p/',
  queryState: { mutations: [], queries },
});
const files = (d: AppData) => d.queryState.queries.map((q) => q.queryKey[1]);

describe('fitting a page’s data into its first round trip', () => {
  it('moves the largest content file out of the page, and names it as outside', () => {
    const moved = withLargestFileOutside(
      data(query('small.json', 10), query('big.json', 500), query('mid.json', 100)),
    )!;
    expect(files(moved)).toEqual(['small.json', 'mid.json']);
    expect(moved.external).toEqual(['big.json']);
    expect(withLargestFileOutside(data())).toBeUndefined();
  });

  it('keeps every file inline when the page fits, and moves files out largest first until it does', async () => {
    const all = data(query('a.json', 300), query('b.json', 200), query('c.json', 50));
    const assemble = async (d: AppData) => JSON.stringify(d);
    const fitting = await fitPageData(all, assemble, () => true);
    expect(fitting.data).toBe(all);

    const fitsUnder = (limit: number) => (page: string) => page.length <= limit;
    const { data: fitted, page } = await fitPageData(all, assemble, fitsUnder(JSON.stringify(all).length - 250));
    expect(fitted.external).toEqual(['a.json']);
    expect(page).toBe(JSON.stringify(fitted));
    // Nothing fits: every file moves out, and the page is written anyway.
    const { data: bare } = await fitPageData(all, assemble, () => false);
    expect(bare.external).toEqual(['a.json', 'b.json', 'c.json']);
    expect(files(bare)).toEqual([]);
  });

  it('preloads each outside file the way fetch() will ask for it, under the site’s base', () => {
    expect(preloadTags(['decks/a.json'], '/explainer/')).toBe(
      '<link rel="preload" href="/explainer/content/decks/a.json" as="fetch" crossorigin="anonymous" />',
    );
    expect(preloadTags([], '/')).toBe('');
  });
});
