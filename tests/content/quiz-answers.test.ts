import { describe, expect, it } from 'vitest';
import { correctAnswer, isCorrect, isValidAnswer, score } from '../../src/content/quiz-answers';
import type { Question } from '../../src/content/schemas-learning';
import { choiceQuestion, modelQuestion } from '../fixtures/learning-fixture';

const choice = { ...choiceQuestion(), id: 'q-choice' } as Question;
const model = { ...modelQuestion('nordic', 2), id: 'q-model' } as Question;
const hybrid = { ...modelQuestion('hybrid', 3), id: 'q-hybrid' } as Question;

describe('scoring knowledge-check answers', () => {
  it('knows the right answer of each kind of question', () => {
    expect(correctAnswer(choice)).toBe(1);
    expect(correctAnswer(model)).toBe('nordic');
    expect(correctAnswer(hybrid)).toBe('hybrid');
  });

  it('marks answers right or wrong', () => {
    expect(isCorrect(choice, 1)).toBe(true);
    expect(isCorrect(choice, 0)).toBe(false);
    expect(isCorrect(model, 'nordic')).toBe(true);
    expect(isCorrect(model, 'hybrid')).toBe(false);
    expect(isCorrect(hybrid, 'hybrid')).toBe(true);
  });

  it('accepts only answers that fit the question', () => {
    expect(isValidAnswer(choice, 2)).toBe(true);
    expect(isValidAnswer(choice, 3)).toBe(false);
    expect(isValidAnswer(choice, 'nordic')).toBe(false);
    expect(isValidAnswer(model, 'decriminalisation')).toBe(true);
    expect(isValidAnswer(model, 1)).toBe(false);
  });

  it('counts answered and right answers, ignoring open questions', () => {
    expect(score([choice, model, hybrid], {})).toEqual({ answered: 0, right: 0 });
    expect(score([choice, model, hybrid], { 'q-choice': 1, 'q-model': 'legalisation' })).toEqual({
      answered: 2,
      right: 1,
    });
    expect(score([choice, model, hybrid], { 'q-choice': 1, 'q-model': 'nordic', 'q-hybrid': 'hybrid' })).toEqual({
      answered: 3,
      right: 3,
    });
  });
});
