import { describe, expect, it } from 'vitest';
import {
  compareStateToSearch,
  compareViewHref,
  DEFAULT_COMPARE_STATE,
  hasLegacyViewQuery,
  isCompareView,
  parseCompareState,
  parseCompareView,
  toggleModel,
  type CompareState,
} from '../../../src/features/compare/url-state';

describe('comparison URL state', () => {
  it('round-trips every kind of state through the URL', () => {
    const states: CompareState[] = [
      DEFAULT_COMPARE_STATE,
      {
        dimension: 'police',
        topic: undefined,
        models: ['criminalisation', 'legalisation', 'nordic', 'decriminalisation'],
      },
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
    expect(parseCompareState('?models=decriminalisation,nordic,nordic').models).toEqual([
      'nordic',
      'decriminalisation',
    ]);
  });

  it('never hides the last model shown', () => {
    const one: CompareState = { ...DEFAULT_COMPARE_STATE, models: ['nordic'] };
    expect(toggleModel(one, 'nordic').models).toEqual(['nordic']);
    expect(toggleModel(one, 'legalisation').models).toEqual(['legalisation', 'nordic']);
  });
});

describe('comparison views as paths', () => {
  const all = DEFAULT_COMPARE_STATE.models;

  it('names each dimension, and each dimension with a topic, by path; the models stay in the query', () => {
    expect(compareViewHref(DEFAULT_COMPARE_STATE)).toBe('/compare/');
    expect(compareViewHref({ ...DEFAULT_COMPARE_STATE, dimension: 'police' })).toBe('/compare/police/');
    expect(compareViewHref({ ...DEFAULT_COMPARE_STATE, topic: 'online' })).toBe('/compare/safety/online/');
    expect(compareViewHref({ dimension: 'health', topic: 'migration', models: ['decriminalisation', 'nordic'] })).toBe(
      '/compare/health/migration/?models=nordic,decriminalisation',
    );
  });

  it('round-trips every kind of view through its path and query', () => {
    const states: CompareState[] = [
      DEFAULT_COMPARE_STATE,
      { dimension: 'police', topic: undefined, models: [...all] },
      { dimension: 'safety', topic: 'violence', models: ['nordic'] },
      { dimension: 'labour', topic: 'third-parties', models: ['legalisation', 'decriminalisation'] },
    ];
    for (const state of states) {
      const url = new URL(compareViewHref(state), 'http://x');
      const [, , dimension, topic] = url.pathname.split('/');
      expect(parseCompareView({ dimension: dimension || undefined, topic: topic || undefined }, url.search)).toEqual(
        state,
      );
    }
  });

  it('reads the path before the query, and old links (?dimension=&topic=) from the query', () => {
    expect(parseCompareView({ dimension: 'police', topic: 'online' }, '?dimension=health&topic=family')).toEqual({
      dimension: 'police',
      topic: 'online',
      models: [...all],
    });
    expect(parseCompareView({}, '?dimension=police&topic=police&models=nordic')).toEqual({
      dimension: 'police',
      topic: 'police',
      models: ['nordic'],
    });
    expect(hasLegacyViewQuery('?dimension=police')).toBe(true);
    expect(hasLegacyViewQuery('?topic=police&models=nordic')).toBe(true);
    expect(hasLegacyViewQuery('?models=nordic')).toBe(false);
  });

  it('knows which paths name a view, so a mistyped one is a page that does not exist', () => {
    expect(isCompareView({})).toBe(true);
    expect(isCompareView({ dimension: 'migration' })).toBe(true);
    expect(isCompareView({ dimension: 'police', topic: 'third-parties' })).toBe(true);
    expect(isCompareView({ dimension: 'happiness' })).toBe(false);
    expect(isCompareView({ dimension: 'police', topic: 'weather' })).toBe(false);
  });
});
