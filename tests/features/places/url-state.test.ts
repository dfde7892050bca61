import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLACES_STATE,
  parsePlacesState,
  placesStateToSearch,
  sortBy,
  type PlacesState,
} from '../../../src/features/places/url-state';

describe('places table URL state', () => {
  it('leaves the defaults out of the URL', () => {
    expect(placesStateToSearch(DEFAULT_PLACES_STATE)).toBe('');
    expect(parsePlacesState('')).toEqual(DEFAULT_PLACES_STATE);
  });

  it.each<PlacesState>([
    { model: 'nordic', sort: 'name', descending: false },
    { model: undefined, sort: 'year', descending: true },
    { model: 'decriminalisation', sort: 'model', descending: false },
    { model: 'criminalisation', sort: 'name', descending: true },
  ])('round-trips %o', (state) => {
    expect(parsePlacesState(placesStateToSearch(state))).toEqual(state);
  });

  it('writes short, readable links', () => {
    expect(placesStateToSearch({ model: 'nordic', sort: 'year', descending: true })).toBe(
      '?model=nordic&sort=year&order=desc',
    );
  });

  it('reads a bad or unknown value as its default, never throwing', () => {
    expect(parsePlacesState('?model=anarchy&sort=<script>&order=sideways')).toEqual(DEFAULT_PLACES_STATE);
    expect(parsePlacesState('?model=nordic&model=legalisation&unknown=1')).toEqual({
      ...DEFAULT_PLACES_STATE,
      model: 'nordic',
    });
    expect(parsePlacesState('%%%')).toEqual(DEFAULT_PLACES_STATE);
  });

  it('reverses the order when the sorted column is chosen again, and starts another column ascending', () => {
    const byYear = sortBy(DEFAULT_PLACES_STATE, 'year');
    expect(byYear).toEqual({ ...DEFAULT_PLACES_STATE, sort: 'year', descending: false });
    expect(sortBy(byYear, 'year')).toEqual({ ...DEFAULT_PLACES_STATE, sort: 'year', descending: true });
    expect(sortBy({ ...byYear, descending: true }, 'name')).toEqual({
      ...DEFAULT_PLACES_STATE,
      sort: 'name',
      descending: false,
    });
  });

  it('keeps the model filter while sorting', () => {
    expect(sortBy({ ...DEFAULT_PLACES_STATE, model: 'nordic' }, 'model').model).toBe('nordic');
  });
});
