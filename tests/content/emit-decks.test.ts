import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContentFiles } from '../../src/content/node/emit';
import { formatIssue } from '../../src/content/node/issues';
import { loadContent } from '../../src/content/node/load-content';
import type { DeckModels, DeckPage, DeckSummary } from '../../src/content/payloads';
import { writeEntry } from '../fixtures/content-fixture';
import { deckEntry, writeDeckFixture } from '../features/present/deck-fixture';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function emitted() {
  const { content, issues } = loadContent(root);
  expect(issues.map(formatIssue)).toEqual([]);
  return buildContentFiles(content);
}

describe('the presentation payloads', () => {
  it('list every deck with its length', () => {
    root = writeDeckFixture();
    expect(emitted().get('decks.json') as DeckSummary[]).toEqual([
      { id: 'a-deck', title: 'A deck', description: 'What the session covers.', minutes: 20, slideCount: 4 },
    ]);
  });

  it('give each deck only the scenarios its slides show, with their sources and linked terms', () => {
    root = writeDeckFixture();
    const page = emitted().get('decks/a-deck.json') as DeckPage;
    expect(page.deck.facilitator.aims).toEqual(['Understand the four models.']);
    expect(page.scenarios.map((s) => s.id)).toEqual(['a-scenario']);
    expect(page.sources.map((s) => s.id)).toEqual(['study-2020']);
    expect(page.terms.map((t) => t.id)).toEqual(['term-one']);
  });

  it('share the four models as slides, without the long evidence sections', () => {
    root = writeDeckFixture();
    const { models } = emitted().get('deck-models.json') as DeckModels;
    expect(models.map((m) => m.id)).toEqual(['criminalisation', 'legalisation', 'nordic', 'decriminalisation']);
    expect(Object.keys(models[0]!).sort()).toEqual([
      'criminalised',
      'definition',
      'id',
      'name',
      'otherNames',
      'summary',
    ]);
  });

  it('refuse a deck named after a page of its own', () => {
    root = writeDeckFixture();
    writeEntry(root, 'decks', 'custom.yaml', stringify(deckEntry()));
    expect(loadContent(root).issues.map(formatIssue)).toContainEqual(
      expect.stringMatching(/^data\/decks\/custom\.yaml: .*"custom" is the name of a page/),
    );
  });
});
