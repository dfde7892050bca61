import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContentFiles } from '../../src/content/node/emit';
import { formatIssue } from '../../src/content/node/issues';
import { loadContent } from '../../src/content/node/load-content';
import type { LearnOutline, LearnStepPage, QuizOutline, QuizQuestionPage } from '../../src/content/payloads';
import { sourceEntry, termEntry, writeContentFixture, writeEntry } from '../fixtures/content-fixture';
import { pathEntry, writeLearningFixture } from '../fixtures/learning-fixture';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function load() {
  const { content, issues } = loadContent(root);
  return { files: buildContentFiles(content), issues: issues.map(formatIssue) };
}

describe('the learning payloads', () => {
  it('give each step only what it shows: its sources, terms, cards and check', () => {
    root = writeContentFixture();
    writeLearningFixture(root);
    // A source and a term that only the second step uses.
    writeEntry(root, 'sources', 'other-2021.yaml', stringify({ ...sourceEntry(), title: 'Another study', year: 2021 }));
    writeEntry(root, 'glossary', 'term-two.yaml', stringify({ ...termEntry(), term: 'Term two' }));
    const path = pathEntry();
    path.steps[1]!.points = [{ text: 'Only here: [[term-two]].', sources: ['other-2021'] }];
    writeEntry(root, 'paths', 'learn.yaml', stringify(path));
    const { files, issues } = load();
    expect(issues).toEqual([]);

    const outline = files.get('learn.json') as LearnOutline;
    expect(outline.steps.map((s) => s.id)).toEqual(['first-step', 'second-step', 'third-step']);
    expect(Object.keys(outline.steps[0]!)).toEqual(['id', 'title', 'summary', 'minutes']);

    const first = files.get('learn/first-step.json') as LearnStepPage;
    expect(first.sources.map((s) => s.id)).toEqual(['study-2020']);
    expect(first.terms.map((t) => t.id)).toEqual(['term-one']);
    expect(first.models.map((m) => [m.id, m.status])).toEqual([
      ['nordic', { selling: 'crime', buying: 'legal', thirdParties: 'crime' }],
      ['decriminalisation', { selling: 'crime', buying: 'legal', thirdParties: 'crime' }],
    ]);
    expect(first.check?.id).toBe('q-choice');
    expect(first.scenarioTitles).toEqual({ 'a-scenario': 'A scenario' });

    const second = files.get('learn/second-step.json') as LearnStepPage;
    expect(second.sources.map((s) => s.id).sort()).toEqual(['other-2021', 'study-2020']);
    expect(second.terms.map((t) => t.id)).toContain('term-two');
    expect(second.scenarios[0]!.outcomes.nordic).toEqual({
      headline: 'What happens.',
      ratings: { safety: 'poor', health: 'mixed', police: 'good' },
      bases: { safety: 'law', health: 'law', police: 'law' },
      confidence: 'moderate',
      sources: ['study-2020'],
    });
    expect(second.myths.map((m) => m.id)).toEqual(['a-myth']);
  });

  it('list every question in quiz order with only what scoring and the results list read', () => {
    root = writeContentFixture();
    writeLearningFixture(root);
    const { files } = load();
    const quiz = files.get('quiz.json') as QuizOutline;
    expect(quiz.questions.map((q) => q.id)).toEqual(['q-choice', 'q-model', 'q-hybrid']);
    for (const entry of quiz.questions) {
      const { question } = files.get(`quiz/${entry.id}.json`) as QuizQuestionPage;
      // No option text, explanation or sources: those are in the question's own file.
      expect(Object.keys(entry).sort()).toEqual(
        ['brief', 'id', 'kind', question.kind === 'multiple-choice' ? 'options' : 'answer', 'relatedScenarios']
          .filter((key) => key !== 'relatedScenarios' || question.relatedScenarios)
          .sort(),
      );
      if (entry.kind === 'multiple-choice' && question.kind === 'multiple-choice') {
        expect(entry.options).toEqual(question.options.map((o) => ({ correct: o.correct })));
      }
      if (entry.kind === 'which-model' && question.kind === 'which-model') expect(entry.answer).toBe(question.answer);
      expect(entry.brief.length).toBeLessThanOrEqual(111);
    }
  });

  it('give each question its own file, with the sources, terms and model names it needs', () => {
    root = writeContentFixture();
    writeLearningFixture(root);
    const { files } = load();
    const page = files.get('quiz/q-choice.json') as QuizQuestionPage;
    expect(page.question.id).toBe('q-choice');
    expect(page.sources.map((s) => s.id)).toEqual(['study-2020']);
    expect(page.terms.map((t) => t.id)).toEqual(['term-one']);
    expect(page.modelNames).toEqual({
      criminalisation: 'Model 1',
      legalisation: 'Model 2',
      nordic: 'Model 3',
      decriminalisation: 'Model 4',
    });
  });

  it('writes no path files when there is no guided path', () => {
    root = writeContentFixture();
    const { files } = load();
    expect([...files.keys()].filter((p) => p.startsWith('learn'))).toEqual([]);
    expect((files.get('quiz.json') as QuizOutline).questions).toEqual([]);
    expect([...files.keys()].filter((p) => p.startsWith('quiz/'))).toEqual([]);
  });
});

describe('checking the guided path', () => {
  it('names each step reference that does not resolve', () => {
    root = writeContentFixture();
    writeLearningFixture(root);
    const path = pathEntry();
    Object.assign(path.steps[1]!, {
      scenarios: ['no-such-scenario'],
      myths: ['no-such-myth'],
      check: 'no-such-question',
    });
    writeEntry(root, 'paths', 'learn.yaml', stringify(path));
    expect(load().issues).toEqual([
      'data/paths/learn.yaml: steps[1].scenarios[0]: unknown scenario "no-such-scenario": there is no data/scenarios/no-such-scenario.yaml',
      'data/paths/learn.yaml: steps[1].myths[0]: unknown myth "no-such-myth": there is no data/myths/no-such-myth.yaml',
      'data/paths/learn.yaml: steps[1].check: unknown question "no-such-question": there is no data/questions/no-such-question.yaml',
    ]);
  });

  it('refuses two steps with one id, an uncited point, a path other than learn.yaml and a question named "results"', () => {
    root = writeContentFixture();
    writeLearningFixture(root);
    const path = pathEntry();
    path.steps[2]!.id = 'first-step';
    path.steps[0]!.points = [{ text: 'A claim.', sources: [] }];
    writeEntry(root, 'paths', 'learn.yaml', stringify(path));
    writeEntry(root, 'paths', 'other.yaml', stringify(pathEntry()));
    writeEntry(
      root,
      'questions',
      'results.yaml',
      stringify({
        kind: 'which-model',
        prompt: 'A law.',
        answer: 'nordic',
        explanation: 'Why.',
        order: 9,
        sources: ['study-2020'],
        lastReviewed: '2026-11-25',
      }),
    );
    const issues = load().issues;
    expect(issues).toContain(
      'data/paths/learn.yaml: steps[2].id: step id "first-step" is used twice; give each step its own id',
    );
    expect(issues).toContain(
      'data/paths/learn.yaml: steps[0].points[0].sources: cite at least one source (no source, no claim)',
    );
    expect(
      issues.some((i) => i.startsWith('data/paths/other.yaml: (file name): only data/paths/learn.yaml is shown')),
    ).toBe(true);
    expect(issues.some((i) => i.startsWith('data/questions/results.yaml: (file name):'))).toBe(true);
  });
});
