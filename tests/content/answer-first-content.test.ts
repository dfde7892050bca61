/**
 * What the reading pages need from the build: one time estimate for the guided path, each
 * outcome's confidence beside its ratings, every scenario a place is named in, and the support
 * directory, each checked like other content.
 */
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContentFiles } from '../../src/content/node/emit';
import { formatIssue } from '../../src/content/node/issues';
import { loadContent } from '../../src/content/node/load-content';
import type { ContentIndex, JurisdictionPage, LearnOutline, SupportPage } from '../../src/content/payloads';
import {
  addPlacesFixture,
  jurisdictionEntry,
  outcomeEntry,
  scenarioEntry,
  supportEntry,
  writeContentFixture,
  writeEntry,
} from '../fixtures/content-fixture';
import { pathEntry, writeLearningFixture } from '../fixtures/learning-fixture';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function load() {
  const { content, issues } = loadContent(root);
  return { files: buildContentFiles(content), issues: issues.map(formatIssue) };
}

describe('the guided path’s time', () => {
  it('is the sum of its steps’ minutes, in its outline and in the content index', () => {
    root = writeContentFixture();
    writeLearningFixture(root);
    const { files, issues } = load();
    expect(issues).toEqual([]);
    const minutes = pathEntry().steps.reduce((sum, s) => sum + s.minutes, 0);
    expect((files.get('learn.json') as LearnOutline).minutes).toBe(minutes);
    expect((files.get('index.json') as ContentIndex).learnPath).toEqual({ firstStep: 'first-step', steps: 3, minutes });
  });

  it('is absent from the index when there is no guided path', () => {
    root = writeContentFixture();
    expect((load().files.get('index.json') as ContentIndex).learnPath).toBeUndefined();
  });
});

describe('the content index', () => {
  it('carries each outcome’s confidence beside its ratings', () => {
    root = writeContentFixture();
    const scenario = scenarioEntry();
    (scenario.outcomes.nordic as { confidence: string }).confidence = 'contested';
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(scenario));
    const summary = (load().files.get('index.json') as ContentIndex).scenarios[0]!;
    expect(summary.confidence).toEqual({
      criminalisation: 'moderate',
      legalisation: 'moderate',
      nordic: 'contested',
      decriminalisation: 'moderate',
    });
  });
});

describe('a place’s scenarios', () => {
  it('lists every scenario naming the place, with the outcomes that name it and what happens there', () => {
    root = writeContentFixture();
    addPlacesFixture(root);
    const other = scenarioEntry();
    other.title = 'Another scenario';
    other.topics = ['migration', 'health'];
    other.outcomes.criminalisation = {
      ...outcomeEntry(),
      headline: 'Before the reform.',
      jurisdictions: ['A State (before 2010)'],
    };
    other.outcomes.legalisation = { ...outcomeEntry(), jurisdictions: ['Elsewhere, A State (1990)'] };
    other.outcomes.nordic = { ...outcomeEntry(), jurisdictions: ['Somewhere (2000)'] };
    other.outcomes.decriminalisation = { ...outcomeEntry(), jurisdictions: ['Somewhere (2000)'] };
    writeEntry(root, 'scenarios', 'another-scenario.yaml', stringify(other));
    writeEntry(
      root,
      'jurisdictions',
      'elsewhere.yaml',
      stringify(jurisdictionEntry({ name: 'Elsewhere', isoNumeric: '250', scenarios: undefined })),
    );
    const { files, issues } = load();
    expect(issues).toEqual([]);

    const state = (files.get('jurisdictions/a-state.json') as JurisdictionPage).scenarios;
    expect(state).toEqual([
      {
        id: 'another-scenario',
        title: 'Another scenario',
        topics: ['migration', 'health'],
        outcomes: [
          { model: 'criminalisation', named: 'A State (before 2010)', headline: 'Before the reform.', safety: 'poor' },
        ],
      },
    ]);
    // "Elsewhere, A State" is Elsewhere, not A State: the place comes before its country.
    expect(
      (files.get('jurisdictions/elsewhere.json') as JurisdictionPage).scenarios.map((s) =>
        s.outcomes.map((o) => o.model),
      ),
    ).toEqual([['legalisation']]);
    const somewhere = (files.get('jurisdictions/somewhere.json') as JurisdictionPage).scenarios;
    expect(somewhere.map((s) => [s.id, s.outcomes.map((o) => o.model)])).toEqual([
      ['a-scenario', ['criminalisation', 'legalisation', 'nordic', 'decriminalisation']],
      ['another-scenario', ['nordic', 'decriminalisation']],
    ]);
  });

  it('keeps a scenario the place’s file lists but no outcome names, under the place’s own model', () => {
    root = writeContentFixture();
    addPlacesFixture(root);
    const scenario = scenarioEntry();
    for (const model of Object.keys(scenario.outcomes)) scenario.outcomes[model]!.jurisdictions = ['A State (2010)'];
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(scenario));
    const page = load().files.get('jurisdictions/somewhere.json') as JurisdictionPage;
    expect(page.scenarios).toEqual([
      {
        id: 'a-scenario',
        title: 'A scenario',
        topics: ['police'],
        outcomes: [{ model: 'decriminalisation', named: undefined, headline: 'What happens.', safety: 'poor' }],
      },
    ]);
  });

  it('reports an example place that is not in data/jurisdictions/, naming file and field', () => {
    root = writeContentFixture();
    addPlacesFixture(root);
    const scenario = scenarioEntry();
    scenario.outcomes.nordic!.jurisdictions = ['Somewhere (2000)', 'Atlantis (2001)'];
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(scenario));
    expect(load().issues).toEqual([
      expect.stringMatching(
        /^data\/scenarios\/a-scenario\.yaml: outcomes\.nordic\.jurisdictions\[1\]: "Atlantis \(2001\)" is not a place in data\/jurisdictions\//,
      ),
    ]);
  });

  it('does not check example places in content with no places at all', () => {
    root = writeContentFixture();
    expect(load().issues).toEqual([]);
  });
});

describe('the support directory (data/support/)', () => {
  it('is one page, global then regional then national, without the reviewers’ notes, dated by its latest review', () => {
    root = writeContentFixture();
    writeEntry(
      root,
      'support',
      'national-one.yaml',
      stringify(supportEntry({ scope: 'national', url: 'https://national.example.org/', lastReviewed: '2026-12-05' })),
    );
    writeEntry(
      root,
      'support',
      'regional-two.yaml',
      stringify(supportEntry({ order: 2, url: 'https://two.example.org/' })),
    );
    writeEntry(root, 'support', 'regional-one.yaml', stringify(supportEntry()));
    writeEntry(
      root,
      'support',
      'global.yaml',
      stringify(supportEntry({ scope: 'global', url: 'https://global.example.org/' })),
    );
    const { files, issues } = load();
    expect(issues).toEqual([]);
    const page = files.get('support.json') as SupportPage;
    expect(page.entries.map((e) => e.id)).toEqual(['global', 'regional-one', 'regional-two', 'national-one']);
    expect(page.entries.every((e) => !('checked' in e))).toBe(true);
    expect(page.lastReviewed).toBe('2026-12-05');
  });

  it('writes no page when there are no entries', () => {
    root = writeContentFixture();
    expect(load().files.has('support.json')).toBe(false);
  });

  it.each([
    [{ url: 'http://example.org/' }, 'url: url must be a full https:// address'],
    [{ url: 'javascript:alert(1)' }, 'url: url must be a full https:// address'],
    [{ scope: 'local' }, 'scope: scope must be one of: global, regional, national'],
    [{ checked: ' ' }, 'checked: What was checked'],
    [{ lastReviewed: 'last week' }, 'lastReviewed: lastReviewed must be written as YYYY-MM-DD'],
  ])('refuses %o, naming the file and field', (override, message) => {
    root = writeContentFixture();
    writeEntry(root, 'support', 'a-network.yaml', stringify(supportEntry(override)));
    expect(load().issues).toContainEqual(expect.stringContaining(`data/support/a-network.yaml: ${message}`));
  });

  it('refuses two entries with one address', () => {
    root = writeContentFixture();
    writeEntry(root, 'support', 'one.yaml', stringify(supportEntry()));
    writeEntry(root, 'support', 'two.yaml', stringify(supportEntry({ url: 'https://EXAMPLE.org/members/' })));
    expect(load().issues).toEqual([
      'data/support/two.yaml: url: data/support/one.yaml links to the same address; keep one entry',
    ]);
  });
});
