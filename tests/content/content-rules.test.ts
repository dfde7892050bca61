/**
 * The editorial rules of the content check (docs/content-guide.md). Each test writes one broken
 * file into an otherwise valid content set and expects a message that names the file and field.
 */
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/node/issues';
import { loadContent } from '../../src/content/node/load-content';
import {
  addPlacesFixture,
  jurisdictionEntry,
  modelEntry,
  outcomeEntry,
  scenarioEntry,
  sourceEntry,
  writeContentFixture,
  writeEntry,
} from '../fixtures/content-fixture';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const messages = () => loadContent(root).issues.map(formatIssue);
const writeSource = (id: string, data: object) => writeEntry(root, 'sources', `${id}.yaml`, stringify(data));
const writeScenario = (data: object) => writeEntry(root, 'scenarios', 'a-scenario.yaml', stringify(data));

describe('the content check', () => {
  it('accepts the fixture as it is, so each test below fails for one reason only', () => {
    root = writeContentFixture();
    addPlacesFixture(root);
    expect(messages()).toEqual([]);
  });

  it('asks for the year the current model began, with later changes as reforms', () => {
    root = writeContentFixture();
    addPlacesFixture(root);
    writeEntry(
      root,
      'jurisdictions',
      'somewhere.yaml',
      stringify(
        jurisdictionEntry({
          model: 'legalisation',
          yearInForce: 2017,
          reforms: [
            { year: 2002, model: 'legalisation', summary: 'Contracts became valid.', sources: ['study-2020'] },
            { year: 2017, model: 'legalisation', summary: 'Registration became compulsory.', sources: ['study-2020'] },
          ],
        }),
      ),
    );
    expect(messages()).toContain(
      'data/jurisdictions/somewhere.yaml: yearInForce: yearInForce is 2017 but the current model (legalisation) began in 2002 (see reforms); give 2002 and keep later changes as reforms',
    );
  });

  it('asks for the reform that began the current model when none is recorded', () => {
    root = writeContentFixture();
    addPlacesFixture(root);
    writeEntry(root, 'jurisdictions', 'somewhere.yaml', stringify(jurisdictionEntry({ model: 'nordic' })));
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/jurisdictions\/somewhere\.yaml: yearInForce: yearInForce is 2003 but no reform records when the current model \(nordic\) began/,
      ),
    );
  });

  it('requires a peer-reviewed study to name its journal, as its publisher does', () => {
    root = writeContentFixture();
    const { journal: _journal, ...noJournal } = sourceEntry();
    writeSource('study-2020', noJournal);
    expect(messages()).toContainEqual(
      expect.stringMatching(/^data\/sources\/study-2020\.yaml: journal: a peer-reviewed study must name its journal/),
    );

    writeSource('study-2020', { ...sourceEntry(), journal: 'Another Journal' });
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/sources\/study-2020\.yaml: journal: journal "Another Journal" does not appear in publisher/,
      ),
    );
  });

  it('rejects a kind that the note contradicts', () => {
    root = writeContentFixture();
    writeSource('study-2020', {
      ...sourceEntry(),
      note: 'A conference paper, not published in a peer-reviewed journal.',
    });
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/sources\/study-2020\.yaml: kind: kind is "peer-reviewed" but the note says "not published in a peer-reviewed"; use conference-paper/,
      ),
    );
  });

  it('rejects a stance that the note contradicts', () => {
    root = writeContentFixture();
    writeSource('study-2020', { ...sourceEntry(), note: 'Written by a group that supports decriminalisation.' });
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/sources\/study-2020\.yaml: position: the note says the source "supports decriminalisation" but position is "none"/,
      ),
    );

    writeSource('study-2020', { ...sourceEntry(), note: 'By researchers critical of the Swedish law.' });
    expect(messages()).toContainEqual(
      expect.stringMatching(/^data\/sources\/study-2020\.yaml: position: .*add against: \[nordic\]/),
    );

    writeSource('study-2020', {
      ...sourceEntry(),
      note: 'By researchers critical of the Swedish law.',
      against: ['nordic'],
    });
    expect(messages()).toEqual([]);
  });

  it('asks sources that share authors and year for a detail that tells them apart', () => {
    root = writeContentFixture();
    writeSource('study-2020-second', sourceEntry());
    writeScenario({
      ...scenarioEntry(),
      outcomes: { ...scenarioEntry().outcomes, nordic: { ...outcomeEntry(), sources: ['study-2020-second'] } },
    });
    const found = messages();
    expect(found).toContainEqual(
      expect.stringMatching(
        /^data\/sources\/study-2020\.yaml: labelDetail: readers would see "Author 2020" for 2 sources/,
      ),
    );
    expect(found).toContainEqual(expect.stringMatching(/^data\/sources\/study-2020-second\.yaml: labelDetail: /));

    writeSource('study-2020-second', { ...sourceEntry(), labelDetail: 'second study' });
    expect(messages()).toEqual([]);
  });

  it('lets a source leave out its year only when the note says it is undated', () => {
    root = writeContentFixture();
    const { year: _year, ...noYear } = sourceEntry();
    writeSource('study-2020', noYear);
    expect(messages()).toContainEqual(
      expect.stringMatching(/^data\/sources\/study-2020\.yaml: year: give the year of publication/),
    );
    writeSource('study-2020', { ...noYear, note: 'An undated page.' });
    expect(messages()).toEqual([]);
  });

  it('rejects a "good" or "poor" rating of observed outcomes on limited evidence that does not say so', () => {
    root = writeContentFixture();
    const outcome = {
      ...outcomeEntry(),
      confidence: 'limited',
      ratings: {
        ...outcomeEntry().ratings,
        safety: { level: 'good', basis: 'observed', reason: 'Sex workers are safer.' },
      },
    };
    writeScenario({ ...scenarioEntry(), outcomes: { ...scenarioEntry().outcomes, decriminalisation: outcome } });
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/scenarios\/a-scenario\.yaml: outcomes\.decriminalisation\.ratings\.safety\.reason: rates observed outcomes as "good" on limited evidence/,
      ),
    );
  });

  it('accepts such a rating when it rates the law on paper, or says the evidence is limited', () => {
    root = writeContentFixture();
    const onPaper = {
      ...outcomeEntry(),
      confidence: 'limited',
      ratings: { ...outcomeEntry().ratings, safety: { level: 'good', basis: 'law', reason: 'No law stops her.' } },
    };
    const admits = {
      ...outcomeEntry(),
      confidence: 'limited',
      ratings: {
        ...outcomeEntry().ratings,
        safety: { level: 'poor', basis: 'observed', reason: 'Worse, in the limited evidence there is.' },
      },
    };
    writeScenario({
      ...scenarioEntry(),
      outcomes: { ...scenarioEntry().outcomes, decriminalisation: onPaper, criminalisation: admits },
    });
    expect(messages()).toEqual([]);
  });

  it('requires a content note when a scenario mentions violence or police abuse', () => {
    root = writeContentFixture();
    const outcome = { ...outcomeEntry(), explanation: 'Police raids and extortion are common here.' };
    writeScenario({ ...scenarioEntry(), outcomes: { ...scenarioEntry().outcomes, criminalisation: outcome } });
    expect(messages()).toContain(
      'data/scenarios/a-scenario.yaml: contentNote: outcomes.criminalisation.explanation mentions "Police raids", so the scenario needs a content note naming the topic (violence, sexual violence or police abuse)',
    );
    writeScenario({
      ...scenarioEntry(),
      contentNote: 'police raids',
      outcomes: { ...scenarioEntry().outcomes, criminalisation: outcome },
    });
    expect(messages()).toEqual([]);
  });

  it('requires glossary links to keep the case of their sentence', () => {
    root = writeContentFixture();
    writeScenario({ ...scenarioEntry(), situation: 'She was charged with [[Term one|term-one]] last year.' });
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/scenarios\/a-scenario\.yaml: situation: glossary link \[\[Term one\|term-one\]\] is capitalised in the middle of a sentence; write "term one"/,
      ),
    );

    writeScenario({
      ...scenarioEntry(),
      situation: '[[Term one|term-one]] is a thing. Links to [[term-one]] mid-sentence are cased when shown.',
    });
    expect(messages()).toEqual([]);
  });

  it('rejects glossary link words that read like an id', () => {
    root = writeContentFixture();
    writeScenario({ ...scenarioEntry(), situation: 'It affects [[term-ones|term-one]] most.' });
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/scenarios\/a-scenario\.yaml: situation: glossary link \[\[term-ones\|term-one\]\] shows "term-ones", which reads like an id/,
      ),
    );
  });

  it("asks for sources behind a model's hybrids paragraph", () => {
    root = writeContentFixture();
    writeEntry(root, 'models', 'nordic.yaml', stringify({ ...modelEntry(3), hybrids: 'Places mix models.' }));
    expect(messages()).toContainEqual(
      expect.stringMatching(
        /^data\/models\/nordic\.yaml: hybrids: the hybrids paragraph makes claims, so it needs sources/,
      ),
    );
    writeEntry(
      root,
      'models',
      'nordic.yaml',
      stringify({ ...modelEntry(3), hybrids: { text: 'Places mix models.', sources: ['study-2020'] } }),
    );
    expect(messages()).toEqual([]);
  });
});
