import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex, DeckModels, DeckPage, DeckSummary } from '../../../src/content/payloads';
import { mostCustomSteps, presentPaths } from '../../../src/features/present/prerender-paths';
import { contentFilesFrom } from '../../render-app';
import { writeDeckFixture } from './deck-fixture';

let root: string;
let listed: string[];
let models: DeckModels;
let index: ContentIndex;

beforeAll(() => {
  root = writeDeckFixture();
  const files = contentFilesFrom(root);
  const decks = files.get('decks.json') as DeckSummary[];
  models = files.get('deck-models.json') as DeckModels;
  index = files.get('index.json') as ContentIndex;
  listed = presentPaths(
    decks.map((summary) => ({ summary, page: files.get(`decks/${summary.id}.json`) as DeckPage })),
    models,
    index,
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the presentation pages the prerender writes', () => {
  it('write every reveal step of every slide as a page of its own', () => {
    // Slide 3 is a scenario without a content note: situation, question, four models, discussion.
    const scenarioSteps = listed.filter((p) => p.startsWith('/present/a-deck/3/'));
    expect(scenarioSteps).toEqual([
      '/present/a-deck/3/',
      '/present/a-deck/3/1/',
      '/present/a-deck/3/2/',
      '/present/a-deck/3/3/',
      '/present/a-deck/3/4/',
      '/present/a-deck/3/5/',
      '/present/a-deck/3/6/',
    ]);
    expect(listed).toContain('/present/a-deck/1/');
    expect(listed).not.toContain('/present/a-deck/1/1/');
  });

  it('write shells for every slide and step a deck built by hand can have', () => {
    const most = mostCustomSteps(models, index);
    expect(most).toBe(3 + models.models.length + 1);
    expect(listed).toContain(`/present/custom/31/${most - 1}/`);
    expect(listed).not.toContain(`/present/custom/31/${most}/`);
    expect(listed).not.toContain('/present/custom/1/1/');
  });

  it('write the workshop list and each deck’s print and handout pages', () => {
    expect(listed).toEqual(
      expect.arrayContaining([
        '/workshop/',
        '/present/a-deck/print/',
        '/present/a-deck/handout/',
        '/present/custom/print/',
        '/present/custom/handout/',
      ]),
    );
  });
});
