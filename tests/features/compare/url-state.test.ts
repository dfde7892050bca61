import { describe, expect, it } from 'vitest';
import {
  compareStateToSearch,
  DEFAULT_COMPARE_STATE,
  parseCompareState,
  toggleModel,
  type CompareState,
} from '../../../src/features/compare/url-state';

describe('comparison URL state', () => {
  it('round-trips every kind of state through the URL', () => {
    const states: CompareState[] = [
      DEFAULT_COMPARE_STATE,
      { dimension: 'police', topic: undefined, models: ['criminalisation', 'legalisation', 'nordic', 'decriminalisation'] },
      { dimension: 'health', topic: 'migration', models: ['nordic', 'decriminalisation'] },
      { dimension: 'labour', topic: 'third-parties', models: ['legalisation'] },
    ];
    for (const state of states) expect(parseCompareState(compareStateToSearch(state))).toEqual(state);
  });

  it('leaves defaults out of the link', () => {
    expect(compareStateToSearch(DEFAULT_COMPARE_STATE)).toBe('');
    expect(compareStateToSearch({ ...DEFAULT_COMPARE_STATE, dimension: 'police' })).toBe('?dimension=police');
    expect(compareStateToSearch({ ...DEFAULT_COMPARE_STATE, models: ['decriminalisation', 'nordic'] })).toBe(
      '?models=nordic,decriminalisation',
    );
  });

  it('falls back to the default for each bad value without throwing', () => {
    expect(parseCompareState('?dimension=happiness&topic=%E0%A4&models=,,unknown')).toEqual(DEFAULT_COMPARE_STATE);
    expect(parseCompareState('?dimension=police&models=nordic,bogus')).toEqual({
      dimension: 'police',
      topic: undefined,
      models: ['nordic'],
    });
  });

  it('still opens links written with models in any order or repeated', () => {
    expect(parseCompareState('?models=decriminalisation,nordic,nordic').models).toEqual(['nordic', 'decriminalisation']);
  });

  it('never hides the last model shown', () => {
    const one: CompareState = { ...DEFAULT_COMPARE_STATE, models: ['nordic'] };
    expect(toggleModel(one, 'nordic').models).toEqual(['nordic']);
    expect(toggleModel(one, 'legalisation').models).toEqual(['legalisation', 'nordic']);
  });
});
