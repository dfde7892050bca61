/**
 * The search index the build writes: every kind of content is in it, each entry points at the
 * exact place it names, nothing gives a quiz answer away, and the browser reads back exactly
 * what the build wrote.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentFiles } from '../../src/content/node/emit';
import { buildSearchIndex, searchCatalogue } from '../../src/content/node/emit-search';
import { loadContent } from '../../src/content/node/load-content';
import { searchDocuments } from '../../src/content/node/search-documents';
import { contentFiles, type SearchCatalogue } from '../../src/content/payloads';
import { processSearchTerm, searchIndexOptions, type SearchDocument } from '../../src/content/search-index';
import { MODEL_IDS } from '../../src/content/vocabulary';
import { searchSite } from '../../src/features/search/rank';

const { content } = loadContent(resolve(import.meta.dirname, '../..'));
const documents = searchDocuments(content);
const byId = new Map(documents.map((d) => [d.id, d]));
const scenario = content.scenarios.find((s) => s.id === 'police-find-condoms')!;

describe('the search documents', () => {
  it('cover scenarios and each of their outcomes, models and their sections, places, myths, terms, questions and sources', () => {
    const count = (kind: SearchDocument['kind']) => documents.filter((d) => d.kind === kind).length;
    expect(count('scenario')).toBe(content.scenarios.length);
    expect(count('outcome')).toBe(content.scenarios.length * MODEL_IDS.length);
    expect(count('model')).toBe(content.models.length);
    expect(count('section')).toBeGreaterThanOrEqual(content.models.length * 6);
    expect(count('place')).toBe(content.jurisdictions.length);
    expect(count('myth')).toBe(content.myths.length);
    expect(count('term')).toBe(content.glossary.length);
    expect(count('question')).toBe(content.questions.length);
    expect(count('source')).toBe(content.sources.length);
    expect(count('step')).toBeGreaterThan(0);
    expect(count('page')).toBeGreaterThan(5);
    expect(count('organisation')).toBe(content.support.length);
    expect(content.support.length).toBeGreaterThan(0);
  });

  it('find the support, workshop and reuse pages by the words a reader would type', () => {
    // Ranked as the site's search ranks them (field boosts, kind weights, exact titles).
    const index = buildSearchIndex(documents);
    const top = (query: string, n: number) =>
      searchSite(index, query)
        .slice(0, n)
        .map((hit) => hit.id);
    const first = (query: string) => top(query, 1)[0];
    expect(byId.get('page:support')?.href).toBe('/support/');
    for (const query of ['support', 'support organisations', 'where to get support'])
      expect(first(query), query).toBe('page:support');
    // Recommendations about organisations and the scenario of someone seeking help may come first.
    for (const query of ['organisations', 'help services']) expect(top(query, 3), query).toContain('page:support');
    expect(byId.get('page:workshops')?.href).toBe('/workshop/');
    expect(first('workshop facilitator')).toBe('page:workshops');
    expect(byId.get('page:reuse')?.href).toBe('/reuse/');
    for (const query of ['licence', 'reuse']) expect(first(query), query).toBe('page:reuse');
  });

  it('send each support organisation to its own entry on the support page', () => {
    for (const entry of content.support) {
      expect(byId.get(`organisation:support:${entry.id}`)).toMatchObject({
        kind: 'organisation',
        title: entry.name,
        context: entry.area,
        href: `/support/#${entry.id}`,
      });
    }
  });

  it('send each result to its exact place: a model’s outcome, a section’s anchor, a term’s entry', () => {
    expect(byId.get(`scenario:${scenario.id}`)?.href).toBe(`/scenarios/${scenario.id}/`);
    expect(byId.get(`outcome:${scenario.id}:nordic`)).toMatchObject({
      href: `/scenarios/${scenario.id}/nordic/`,
      context: 'Nordic model',
    });
    expect(byId.get('section:nordic:evidence')).toMatchObject({
      href: '/models/nordic/#evidence',
      context: 'Nordic model',
    });
    expect(byId.get('term:trafficking')?.href).toBe('/glossary/#trafficking');
    expect(byId.get('place:germany')?.href).toBe('/places/germany/');
    const myth = content.myths[0]!;
    expect(byId.get(`myth:${myth.id}`)?.href).toBe(`/myths/${myth.id}/`);
    const source = content.sources[0]!;
    expect(byId.get(`source:${source.id}`)?.href).toBe(`/sources/${source.kind}/${source.id}/`);
  });

  it('hold plain text: glossary markup is resolved to the words a reader sees', () => {
    for (const doc of documents) {
      expect(`${doc.title} ${doc.keywords} ${doc.text}`, doc.id).not.toMatch(/\[\[|\]\]/);
    }
    // "[[third party|third-party]]" in the Nordic model's definition reads "third party".
    expect(byId.get('model:nordic')?.text).toContain('third party');
  });

  it('never index a question’s answer, options or explanation, which would give it away', () => {
    for (const question of content.questions) {
      const doc = byId.get(`question:${question.id}`)!;
      const explanation = question.explanation.slice(0, 60);
      expect(doc.text, question.id).not.toContain(explanation);
      if (question.kind === 'which-model' && question.place)
        expect(`${doc.title} ${doc.text}`).not.toContain(question.place);
    }
  });
});

describe('the search index file', () => {
  const files = buildContentFiles(content);
  const written = JSON.parse(JSON.stringify(files.get(contentFiles.searchIndex))) as AsPlainObject;

  it('reads back in the browser with the shared options, and finds what the build indexed', () => {
    const index = MiniSearch.loadJS<SearchDocument>(written, searchIndexOptions);
    expect(index.documentCount).toBe(documents.length);
    const [hit] = index.search('condoms', { boost: { title: 5 } });
    expect(hit).toMatchObject({
      kind: expect.any(String),
      title: expect.any(String),
      href: expect.stringMatching(/^\//),
    });
  });

  it('stores only what a result shows, not the text (it stays small)', () => {
    const index = MiniSearch.loadJS<SearchDocument>(written, searchIndexOptions);
    const [hit] = index.search('Germany');
    expect(Object.keys(hit!).filter((k) => ['text', 'keywords'].includes(k))).toEqual([]);
    expect(JSON.stringify(written).length).toBeLessThan(450_000);
  });

  it('refuses two entries with one id, naming it', () => {
    const doc = documents[0]!;
    expect(() => buildSearchIndex([doc, { ...doc }])).toThrow(`two entries have the id "${doc.id}"`);
  });
});

describe('the search page’s catalogue', () => {
  const catalogue = searchCatalogue(documents) as SearchCatalogue;
  const group = (kind: string) => catalogue.groups.find((g) => g.kind === kind);

  it('lists each scenario once, with its four outcomes as parts, and each model with its sections', () => {
    const scenarios = group('scenario')!.entries;
    expect(scenarios).toHaveLength(content.scenarios.length);
    const entry = scenarios.find((e) => e.href === `/scenarios/${scenario.id}/`)!;
    expect(entry.parts?.map((p) => p.href)).toEqual(MODEL_IDS.map((m) => `/scenarios/${scenario.id}/${m}/`));
    expect(group('outcome')).toBeUndefined();
    const nordic = group('model')!.entries.find((e) => e.href === '/models/nordic/')!;
    expect(nordic.parts?.map((p) => p.href)).toContain('/models/nordic/#evidence');
    expect(group('section')).toBeUndefined();
  });

  it('lists the support page’s organisations as its parts, not as pages of their own', () => {
    const support = group('page')!.entries.find((e) => e.href === '/support/')!;
    expect(support.parts?.map((p) => p.href)).toEqual(content.support.map((e) => `/support/#${e.id}`));
    expect(group('organisation')).toBeUndefined();
    expect(group('page')!.entries.map((e) => e.href)).toEqual(expect.arrayContaining(['/workshop/', '/reuse/']));
  });

  it('links to the quiz, sources and recommendations pages rather than repeating them', () => {
    expect(group('question')).toBeUndefined();
    expect(group('source')).toBeUndefined();
    expect(group('place')!.entries).toHaveLength(content.jurisdictions.length);
    expect(group('term')!.entries).toHaveLength(content.glossary.length);
  });
});

describe('search terms', () => {
  it('fold case, accents and plurals, and drop stop words and single letters', () => {
    expect(processSearchTerm('Condoms')).toBe('condom');
    expect(processSearchTerm('Württemberg')).toBe('wurttemberg');
    expect(processSearchTerm('policies')).toBe('policy');
    expect(processSearchTerm('brothels')).toBe('brothel');
    expect(processSearchTerm('witnesses')).toBe('witness');
    expect(processSearchTerm('status')).toBe('status');
    expect(processSearchTerm('analysis')).toBe('analysis');
    expect(processSearchTerm('the')).toBeNull();
    expect(processSearchTerm('s')).toBeNull();
  });
});
