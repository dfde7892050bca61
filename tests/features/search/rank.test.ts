/**
 * Ranking, on the real content and the index the build writes: the first result is the one a
 * reader means, exact names win, parts of pages come after whole pages, and typing mistakes,
 * half-typed words and odd input still work.
 */
import MiniSearch from 'minisearch';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/content/node/emit-search';
import { loadContent } from '../../../src/content/node/load-content';
import { searchDocuments } from '../../../src/content/node/search-documents';
import { searchIndexOptions, type SearchDocument } from '../../../src/content/search-index';
import { searchSite } from '../../../src/features/search/rank';

const { content } = loadContent(resolve(import.meta.dirname, '../../..'));
const documents = searchDocuments(content);
// As the browser gets it: written by the build as JSON, read back with the shared options.
const index = MiniSearch.loadJS<SearchDocument>(
  JSON.parse(JSON.stringify(buildSearchIndex(documents))),
  searchIndexOptions,
);
const first = (query: string) => searchSite(index, query)[0];
const hrefs = (query: string, n = 5) =>
  searchSite(index, query)
    .slice(0, n)
    .map((h) => h.href);

describe('the first result is the one a reader means', () => {
  it('"condoms" → the scenario where police find condoms (before the glossary’s "Condoms as evidence")', () => {
    expect(first('condoms')?.href).toBe('/scenarios/police-find-condoms/');
    expect(hrefs('condoms')).toContain('/glossary/#condoms-as-evidence');
  });

  it('"Germany" → the Germany place page', () => {
    expect(first('Germany')).toMatchObject({ kind: 'place', href: '/places/germany/' });
  });

  it('"trafficking" → the glossary’s definition, then the myths about trafficking', () => {
    expect(first('trafficking')).toMatchObject({ kind: 'term', href: '/glossary/#trafficking' });
    const next = searchSite(index, 'trafficking').slice(1, 4);
    expect(next.map((h) => h.kind)).toEqual(['myth', 'myth', 'myth']);
    expect(next.every((h) => /trafficking/i.test(h.title))).toBe(true);
  });

  it('"Nordic" → the Nordic model page, before its outcomes and sections', () => {
    expect(first('Nordic')).toMatchObject({ kind: 'model', href: '/models/nordic/' });
    expect(first('nordic')?.href).toBe('/models/nordic/');
  });

  it('another name for a model finds it ("Swedish model")', () => {
    expect(first('Swedish model')?.href).toBe('/models/nordic/');
  });

  it('a model and a part of its page find that part ("nordic evidence")', () => {
    expect(hrefs('nordic evidence')).toEqual(expect.arrayContaining(['/models/nordic/#evidence']));
  });

  it('a scenario and a model find that model’s outcome of it', () => {
    expect(first('police find condoms nordic')?.href).toBe('/scenarios/police-find-condoms/nordic/');
  });
});

describe('exact names win', () => {
  it('a glossary term typed whole comes first, whatever its kind weighs', () => {
    for (const term of ['HIV', 'Registration', 'Stigma', 'Sex work']) {
      const id = content.glossary.find((g) => g.term === term)!.id;
      expect(first(term)?.href, term).toBe(`/glossary/#${id}`);
    }
  });

  it('a place typed whole comes first', () => {
    for (const place of content.jurisdictions.slice(0, 10))
      expect(first(place.name)?.href, place.name).toBe(`/places/${place.id}/`);
  });
});

describe('forgiving input', () => {
  it('finds words half typed, misspelt or in the other spelling', () => {
    expect(first('decriminalization')?.href).toBe('/models/decriminalisation/');
    expect(first('germ')?.href).toBe('/places/germany/');
    expect(first('trafficing')?.href).toBe('/glossary/#trafficking');
  });

  it('falls back to any word when no result has them all', () => {
    const hits = searchSite(index, 'Germany zzzzqx');
    expect(hits[0]?.href).toBe('/places/germany/');
  });

  it('returns nothing for an empty query, and survives very long or odd input', () => {
    expect(searchSite(index, '')).toEqual([]);
    expect(searchSite(index, '   ')).toEqual([]);
    expect(() => searchSite(index, 'x'.repeat(10_000))).not.toThrow();
    expect(() => searchSite(index, '((*?[]\\')).not.toThrow();
    expect(searchSite(index, 'qqqqqqqqqq')).toEqual([]);
  });

  it('gives each result a kind, a title and a link inside the site', () => {
    for (const hit of searchSite(index, 'police')) {
      expect(hit.href, hit.id).toMatch(/^\/[a-z0-9/#-]*$/);
      expect(hit.title.length).toBeGreaterThan(0);
    }
  });
});
