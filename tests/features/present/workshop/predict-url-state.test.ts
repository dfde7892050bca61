import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREDICT_STATE,
  emptyCounts,
  mostChosen,
  parsePredictState,
  predictStateToSearch,
  withCount,
  type PredictState,
} from '../../../../src/features/present/workshop/predict-url-state';

describe('predict-then-reveal URL state', () => {
  it('leaves the defaults out of the link', () => {
    expect(predictStateToSearch(DEFAULT_PREDICT_STATE)).toBe('');
    expect(parsePredictState('')).toEqual(DEFAULT_PREDICT_STATE);
  });

  it('round-trips a prediction, a dimension and the reveal', () => {
    let state: PredictState = { ...DEFAULT_PREDICT_STATE, dimension: 'police', reveal: true };
    state = withCount(state, 'criminalisation', 'poor', 7);
    state = withCount(state, 'decriminalisation', 'good', 5);
    const search = predictStateToSearch(state);
    expect(search).toBe('?dimension=police&p=0.0.7.0.0.0.0.0.0.5&reveal=1');
    expect(parsePredictState(search)).toEqual(state);
  });

  it('reads bad values as zero or the default, never failing', () => {
    const state = parsePredictState('?dimension=happiness&p=3.x.-4.99999..2&reveal=yes');
    expect(state.dimension).toBe('safety');
    expect(state.reveal).toBe(false);
    expect(state.counts.criminalisation).toEqual({ good: 3, mixed: 0, poor: 0 });
    expect(state.counts.legalisation).toEqual({ good: 999, mixed: 0, poor: 2 });
    expect(state.counts.decriminalisation).toEqual({ good: 0, mixed: 0, poor: 0 });
  });

  it('never counts below zero', () => {
    expect(withCount(DEFAULT_PREDICT_STATE, 'nordic', 'mixed', -1).counts.nordic.mixed).toBe(0);
  });

  it('finds the rating most of the room chose, and ties', () => {
    expect(mostChosen({ good: 1, mixed: 4, poor: 2 })).toEqual(['mixed']);
    expect(mostChosen({ good: 3, mixed: 0, poor: 3 })).toEqual(['good', 'poor']);
    expect(mostChosen(emptyCounts().nordic)).toEqual([]);
  });
});
