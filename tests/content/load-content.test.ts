import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/node/load-content';
import { formatIssue } from '../../src/content/node/issues';
import { scenarioEntry, sourceEntry, writeContentFixture, writeEntry } from '../fixtures/content-fixture';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const messagesFor = (r: string) => loadContent(r).issues.map(formatIssue);

describe('loading content', () => {
  it('accepts a valid content set and counts it', () => {
    root = writeContentFixture();
    const { issues, stats } = loadContent(root);
    expect(issues).toEqual([]);
    expect(stats).toMatchObject({ models: 4, scenarios: 1, outcomes: 4, sources: 1, glossary: 1, unresolved: 0 });
    expect(stats.citations).toBeGreaterThan(4);
  });

  it('names the file and field of a bad value', () => {
    root = writeContentFixture();
    const bad = scenarioEntry();
    (bad.outcomes.nordic as { confidence: string }).confidence = 'very sure';
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(bad));
    expect(messagesFor(root)).toContainEqual(
      expect.stringMatching(
        /^data\/scenarios\/a-scenario\.yaml: outcomes\.nordic\.confidence: confidence must be one of/,
      ),
    );
  });

  it('reports an unknown source reference with its path', () => {
    root = writeContentFixture();
    const bad = scenarioEntry();
    bad.outcomes.legalisation!.sources = ['no-such-study'];
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(bad));
    const { issues, stats } = loadContent(root);
    expect(issues.map(formatIssue)).toContain(
      'data/scenarios/a-scenario.yaml: outcomes.legalisation.sources[0]: unknown source "no-such-study": there is no data/sources/no-such-study.yaml',
    );
    expect(stats.unresolved).toBe(1);
    expect(stats.uncitedOutcomes).toBe(1);
  });

  it('reports a duplicate id when two files share a name', () => {
    root = writeContentFixture();
    writeEntry(root, 'sources', 'study-2020.json', JSON.stringify(sourceEntry()));
    expect(messagesFor(root)).toContainEqual(
      expect.stringMatching(/study-2020\.yaml: \(file name\): duplicate id "study-2020"/),
    );
  });

  it('rejects an outcome with no sources and a scenario missing a model', () => {
    root = writeContentFixture();
    const bad = scenarioEntry();
    bad.outcomes.decriminalisation!.sources = [];
    delete (bad.outcomes as Record<string, unknown>).nordic;
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(bad));
    const messages = messagesFor(root);
    expect(messages).toContainEqual(
      expect.stringContaining('outcomes.decriminalisation.sources: cite at least one source'),
    );
    expect(messages).toContainEqual(expect.stringContaining('data/scenarios/a-scenario.yaml: outcomes.nordic:'));
  });

  it('rejects empty text and a source with neither doi nor url', () => {
    root = writeContentFixture();
    const bad = scenarioEntry();
    bad.situation = '   ';
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(bad));
    const { doi: _doi, ...noLink } = sourceEntry();
    writeEntry(root, 'sources', 'study-2020.yaml', stringify(noLink));
    const messages = messagesFor(root);
    expect(messages).toContainEqual(
      expect.stringContaining('a-scenario.yaml: situation: The everyday situation, in a few sentences is empty'),
    );
    expect(messages).toContainEqual(expect.stringContaining('study-2020.yaml: url: a source needs a doi or a url'));
  });

  it('reports YAML syntax errors with a line number', () => {
    root = writeContentFixture();
    writeEntry(root, 'glossary', 'term-one.yaml', 'term: "unclosed\ndefinition: x\n');
    expect(messagesFor(root)).toContainEqual(
      expect.stringMatching(/term-one\.yaml: \(file\): not valid YAML \(line \d+/),
    );
  });

  it('reports glossary links to terms that do not exist, and uncited sources', () => {
    root = writeContentFixture();
    const bad = scenarioEntry();
    bad.situation = 'Links [[a missing term|missing-term]].';
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(bad));
    writeEntry(root, 'sources', 'lonely-2021.yaml', stringify(sourceEntry()));
    const messages = messagesFor(root);
    expect(messages).toContain(
      'data/scenarios/a-scenario.yaml: situation: links to unknown glossary term "missing-term": there is no data/glossary/missing-term.yaml',
    );
    expect(messages).toContainEqual(
      expect.stringContaining('data/sources/lonely-2021.yaml: (file): this source is not cited'),
    );
  });

  it('requires a content note on scenarios about violence', () => {
    root = writeContentFixture();
    writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify({ ...scenarioEntry(), topics: ['violence'] }));
    expect(messagesFor(root)).toContainEqual(expect.stringContaining('a-scenario.yaml: contentNote:'));
  });

  it('rejects file names that are not kebab-case ids', () => {
    root = writeContentFixture();
    writeEntry(
      root,
      'glossary',
      'Bad_Name.yaml',
      stringify({ term: 'x', definition: 'y', lastReviewed: '2026-01-01' }),
    );
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(
        'Bad_Name.yaml: (file name): the file name is the id and must be kebab-case, e.g. "bad-name.yaml"',
      ),
    );
  });
});
