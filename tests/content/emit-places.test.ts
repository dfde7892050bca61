/** The places payloads the build emits: small where they are lists, complete where they are pages. */
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/node/issues';
import { loadContent } from '../../src/content/node/load-content';
import {
  contentFiles,
  type ClassificationsPage,
  type JurisdictionPage,
  type JurisdictionsIndex,
  type SourceWithUses,
  type TimelinePage,
} from '../../src/content/payloads';
import { addPlacesFixture, classificationEntry, writeContentFixture, writeEntry } from '../fixtures/content-fixture';
import { contentFilesFrom } from '../render-app';

let root: string;
beforeEach(() => {
  root = writeContentFixture();
  addPlacesFixture(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the places payloads', () => {
  it('lists every place in a small index, with what the table and map need and no prose', () => {
    // As written to disk: JSON drops fields a place does not have.
    const index = JSON.parse(
      JSON.stringify(contentFilesFrom(root).get(contentFiles.jurisdictions)),
    ) as JurisdictionsIndex;
    expect(index.jurisdictions.map((j) => j.id)).toEqual(['a-state', 'somewhere']);
    const somewhere = index.jurisdictions.find((j) => j.id === 'somewhere')!;
    expect(Object.keys(somewhere).sort()).toEqual([
      'crimes',
      'features',
      'fit',
      'id',
      'isoNumeric',
      'kind',
      'model',
      'name',
      'yearInForce',
    ]);
    expect(somewhere).toMatchObject({
      isoNumeric: '554',
      model: 'decriminalisation',
      yearInForce: 2003,
      crimes: { thirdParties: 'regulated' },
    });
    expect(index.jurisdictions.find((j) => j.id === 'a-state')).toMatchObject({
      kind: 'state',
      parent: 'Australia',
      fit: 'hybrid',
    });
  });

  it('writes one page per place with its full entry, the sources it cites and the terms it links', () => {
    const files = contentFilesFrom(root);
    const page = files.get(contentFiles.jurisdiction('somewhere')) as JurisdictionPage;
    expect(page.jurisdiction.onPaper).toContain('[[term-one]]');
    expect(page.jurisdiction.inPractice).toHaveLength(1);
    expect(page.sources.map((s) => s.id)).toEqual(['study-2020']);
    expect(page.terms).toEqual([{ id: 'term-one', term: 'Term one', definition: 'What it means.' }]);
    // The scenarios that name it come with their titles and what happens there, so the page
    // needs no content index (tests/content/answer-first-content.test.ts has the details).
    expect(page.scenarios.map((s) => [s.id, s.title])).toEqual([['a-scenario', 'A scenario']]);
    expect(files.has(contentFiles.jurisdiction('a-state'))).toBe(true);
  });

  it('puts every reform on one timeline, oldest first, each naming its place', () => {
    const timeline = contentFilesFrom(root).get(contentFiles.timeline) as TimelinePage;
    expect(timeline.reforms.map((r) => [r.year, r.jurisdiction.id, r.model])).toEqual([
      [1990, 'a-state', 'legalisation'],
      [2003, 'somewhere', 'decriminalisation'],
      [2010, 'a-state', 'criminalisation'],
    ]);
    expect(timeline.reforms[0]!.jurisdiction).toEqual({ id: 'a-state', name: 'A State' });
    expect(timeline.sources.map((s) => s.id)).toEqual(['study-2020']);
  });

  it('gives each classification its glossary term, definition and the definition’s sources', () => {
    const page = contentFilesFrom(root).get(contentFiles.classifications) as ClassificationsPage;
    expect(page.classifications).toEqual([
      expect.objectContaining({ id: 'term-one', models: ['nordic'], places: ['somewhere'], definitionSources: [] }),
    ]);
    expect(page.terms).toContainEqual({ id: 'term-one', term: 'Term one', definition: 'What it means.' });
    expect(page.sources.map((s) => s.id)).toEqual(['study-2020']);
  });

  it('lists places and classifications where a source is cited', () => {
    const uses = (contentFilesFrom(root).get(contentFiles.source('study-2020')) as SourceWithUses).usedIn;
    expect(uses).toContainEqual({ kind: 'jurisdiction', id: 'somewhere', title: 'Somewhere' });
    expect(uses).toContainEqual({ kind: 'classification', id: 'term-one', title: 'Term one' });
  });
});

describe('checking classifications', () => {
  const messages = () => loadContent(root).issues.map(formatIssue);

  it('needs the file to be named after a glossary term', () => {
    writeEntry(root, 'classifications', 'licensing.yaml', stringify(classificationEntry()));
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/classifications\/licensing\.yaml: \(file name\): there is no glossary term "licensing"/,
      ),
    );
  });

  it('reports an unknown place', () => {
    writeEntry(root, 'classifications', 'term-one.yaml', stringify({ ...classificationEntry(), places: ['atlantis'] }));
    expect(messages()).toContainEqual(
      'data/classifications/term-one.yaml: places[0]: unknown place "atlantis": there is no data/jurisdictions/atlantis.yaml',
    );
  });

  it('reports an unknown model', () => {
    writeEntry(root, 'classifications', 'term-one.yaml', stringify({ ...classificationEntry(), models: ['anarchy'] }));
    expect(messages()).toContainEqual(
      expect.stringMatching(/^data\/classifications\/term-one\.yaml: models\[0\]: models must be some of/),
    );
  });
});
