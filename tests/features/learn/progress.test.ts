import { describe, expect, it } from 'vitest';
import {
  isFinished,
  learnProgressSpec,
  resumeStep,
  withDone,
  type LearnProgress,
} from '../../../src/features/learn/progress';
import { MAX_STORED_LENGTH, readRecord, serialiseRecord } from '../../../src/lib/stored-record';

const STEPS = ['one', 'two', 'three'];
const spec = learnProgressSpec(STEPS);
const read = (raw: string | null) => readRecord(raw, spec);
const stored = (value: object) => JSON.stringify({ v: 1, ...value });
const EMPTY: LearnProgress = { current: undefined, done: [] };

describe('the guided path progress kept on the device', () => {
  it('round-trips a valid record', () => {
    const progress: LearnProgress = { current: 'two', done: ['one'] };
    expect(read(serialiseRecord(1, progress))).toEqual({ status: 'ok', value: progress });
  });

  it('starts empty when nothing is stored', () => {
    expect(read(null)).toEqual({ status: 'empty', value: EMPTY });
  });

  it('resets truncated JSON', () => {
    expect(read(stored({ current: 'two', done: ['one'] }).slice(0, -6))).toEqual({ status: 'reset', value: EMPTY });
  });

  it('keeps valid progress written by a newer or an older version', () => {
    expect(read(JSON.stringify({ v: 2, current: 'two', done: ['one'] }))).toEqual({
      status: 'ok',
      value: { current: 'two', done: ['one'] },
      newer: true,
    });
    expect(read(JSON.stringify({ v: 0, current: 'two', done: ['one'] }))).toEqual({
      status: 'ok',
      value: { current: 'two', done: ['one'] },
    });
  });

  it('keeps the done steps when "current" has the wrong type', () => {
    expect(read(stored({ current: 2, done: ['one'] }))).toEqual({
      status: 'recovered',
      value: { current: undefined, done: ['one'] },
    });
  });

  it('keeps the current step when "done" is not a list', () => {
    expect(read(stored({ current: 'two', done: 'one' }))).toEqual({
      status: 'recovered',
      value: { current: 'two', done: [] },
    });
  });

  it('drops entries of the wrong type inside "done"', () => {
    expect(read(stored({ done: ['one', 2, null, { id: 'two' }] }))).toEqual({
      status: 'recovered',
      value: { current: undefined, done: ['one'] },
    });
  });

  it('resets when every field has the wrong type', () => {
    expect(read(stored({ current: ['two'], done: { one: true } }))).toEqual({ status: 'reset', value: EMPTY });
  });

  it('drops step ids that do not exist (a renamed or removed step), keeping the rest', () => {
    expect(read(stored({ current: 'gone', done: ['one', 'also-gone', 'three'] }))).toEqual({
      status: 'recovered',
      value: { current: undefined, done: ['one', 'three'] },
    });
  });

  it('resets when only unknown step ids are stored', () => {
    expect(read(stored({ current: 'gone', done: ['also-gone'] })).status).toBe('reset');
  });

  it('drops repeated step ids', () => {
    expect(read(stored({ done: ['one', 'one', 'two'] }))).toEqual({
      status: 'recovered',
      value: { current: undefined, done: ['one', 'two'] },
    });
  });

  it('drops fields it does not know, keeping the progress', () => {
    expect(read(stored({ current: 'two', done: [], tracking: 'id-123' }))).toEqual({
      status: 'recovered',
      value: { current: 'two', done: [] },
    });
  });

  it('keeps many repeats of a valid id, once each, instead of resetting the path', () => {
    const repeated = stored({ current: 'two', done: Array.from({ length: 2_000 }, () => 'one') });
    expect(repeated.length).toBeGreaterThan(8_000);
    expect(read(repeated)).toEqual({ status: 'recovered', value: { current: 'two', done: ['one'] } });
  });

  it('resets a value too long for this site to have written', () => {
    expect(
      read(stored({ current: 'two', done: Array.from({ length: MAX_STORED_LENGTH / 4 }, () => 'one') })).status,
    ).toBe('reset');
  });

  it('drops an oversized id as unknown', () => {
    expect(read(stored({ current: 'x'.repeat(2000), done: ['one'] }))).toEqual({
      status: 'recovered',
      value: { current: undefined, done: ['one'] },
    });
  });

  it('ignores a "__proto__" key in tampered JSON', () => {
    const result = read('{"v":1,"__proto__":{"done":["one"]},"current":"two"}');
    expect(result).toEqual({ status: 'recovered', value: { current: 'two', done: [] } });
    expect(({} as Record<string, unknown>).done).toBeUndefined();
  });
});

describe('moving through the path', () => {
  it('resumes at the step last opened, else the first step not done', () => {
    expect(resumeStep({ current: 'three', done: ['one'] }, STEPS)).toBe('three');
    expect(resumeStep({ current: undefined, done: ['one'] }, STEPS)).toBe('two');
    expect(resumeStep(EMPTY, STEPS)).toBe('one');
  });

  it('marks a step done and moves the place on; finishing every step finishes the path', () => {
    let progress = withDone(EMPTY, 'one', 'two');
    expect(progress).toEqual({ current: 'two', done: ['one'] });
    progress = withDone(withDone(progress, 'two', 'three'), 'three', undefined);
    expect(isFinished(progress, STEPS)).toBe(true);
  });
});
