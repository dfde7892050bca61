import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/schemas-learning';
import { firstOpen, quizProgressSpec, withAnswer } from '../../../src/features/quiz/progress';
import { MAX_STORED_LENGTH, readRecord } from '../../../src/lib/stored-record';
import { choiceQuestion, modelQuestion } from '../../fixtures/learning-fixture';

const questions = [
  { ...choiceQuestion(), id: 'q-choice' },
  { ...modelQuestion('nordic', 2), id: 'q-model' },
] as Question[];
const spec = quizProgressSpec(questions);
const read = (raw: string | null) => readRecord(raw, spec);
const stored = (value: object) => JSON.stringify({ v: 1, ...value });

describe('quiz answers kept on the device', () => {
  it('round-trips valid answers of both kinds', () => {
    expect(read(stored({ answers: { 'q-choice': 1, 'q-model': 'hybrid' } }))).toEqual({
      status: 'ok',
      value: { answers: { 'q-choice': 1, 'q-model': 'hybrid' } },
    });
  });

  it('resets truncated JSON', () => {
    expect(read('{"v":1,"answers":{"q-choice":1').status).toBe('reset');
  });

  it('keeps valid answers from a newer version, and leaves the record to that version', () => {
    expect(read(JSON.stringify({ v: 7, answers: { 'q-choice': 1 } }))).toEqual({
      status: 'ok',
      value: { answers: { 'q-choice': 1 } },
      newer: true,
    });
  });

  it('keeps a valid record preceded by thousands of spaces', () => {
    expect(read(`${' '.repeat(8_001)}${stored({ answers: { 'q-choice': 1 } })}`)).toEqual({
      status: 'ok',
      value: { answers: { 'q-choice': 1 } },
    });
  });

  it('resets when "answers" is not a record', () => {
    expect(read(stored({ answers: [1, 'nordic'] })).status).toBe('reset');
  });

  it('drops an answer to a question that does not exist', () => {
    expect(read(stored({ answers: { 'q-choice': 1, 'q-gone': 0 } }))).toEqual({
      status: 'recovered',
      value: { answers: { 'q-choice': 1 } },
    });
  });

  it('drops a multiple-choice answer of the wrong type or out of range', () => {
    for (const bad of ['1', 1.5, -1, 3, null, true]) {
      expect(read(stored({ answers: { 'q-choice': bad, 'q-model': 'nordic' } }))).toEqual({
        status: 'recovered',
        value: { answers: { 'q-model': 'nordic' } },
      });
    }
  });

  it('drops a "which model" answer that is not a model or hybrid', () => {
    expect(read(stored({ answers: { 'q-choice': 0, 'q-model': 'anarchy' } }))).toEqual({
      status: 'recovered',
      value: { answers: { 'q-choice': 0 } },
    });
    expect(read(stored({ answers: { 'q-choice': 0, 'q-model': 2 } })).status).toBe('recovered');
  });

  it('resets when no stored answer is usable', () => {
    expect(read(stored({ answers: { 'q-gone': 1, 'q-model': 9 } })).status).toBe('reset');
  });

  it('resets an oversized value', () => {
    expect(read(stored({ answers: { 'q-choice': 1 }, pad: 'x'.repeat(MAX_STORED_LENGTH) })).status).toBe('reset');
  });

  it('ignores a "__proto__" key in tampered JSON', () => {
    expect(read('{"v":1,"answers":{"__proto__":1,"q-choice":2}}')).toEqual({
      status: 'recovered',
      value: { answers: { 'q-choice': 2 } },
    });
  });

  it('finds the first unanswered question, in quiz order', () => {
    expect(firstOpen(questions, { answers: {} })?.id).toBe('q-choice');
    expect(firstOpen(questions, withAnswer({ answers: {} }, 'q-choice', 0))?.id).toBe('q-model');
    expect(firstOpen(questions, { answers: { 'q-choice': 0, 'q-model': 'nordic' } })).toBeUndefined();
  });
});
